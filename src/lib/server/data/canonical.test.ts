import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	LINK_KEYS,
	OPERATOR_KEYS,
	SOURCE_KEYS,
	THEME_KEYS,
	TOPIC_KEYS,
	canonicalOperatorList,
	canonicalThemes,
	canonicalTopics,
	formatDataFile
} from './canonical';
import { linkSchema, operatorSchema, sourceSchema, themeSchema, topicSchema } from './schema';
import { loadDataset } from './load';
import type { Link, Topic } from '../../types';

const FIXTURE = join(import.meta.dirname, '../../../../tests/fixtures/data-valid');

describe('canonical data files', () => {
	it('orders keys as the zod schemas declare them', () => {
		expect(TOPIC_KEYS).toEqual(Object.keys(topicSchema.shape));
		expect(LINK_KEYS).toEqual(Object.keys(linkSchema.shape));
		expect(SOURCE_KEYS).toEqual(Object.keys(sourceSchema.shape));
		expect(THEME_KEYS).toEqual(Object.keys(themeSchema.shape));
		expect(OPERATOR_KEYS).toEqual(Object.keys(operatorSchema.shape));
	});

	it('leaves the valid fixture byte-identical', () => {
		const dataset = loadDataset(FIXTURE);
		const read = (name: string) => readFileSync(join(FIXTURE, name), 'utf8');
		expect(formatDataFile(canonicalTopics(dataset.topics, dataset.themes))).toBe(read('topics.json'));
		expect(formatDataFile(canonicalThemes(dataset.themes))).toBe(read('themes.json'));
		expect(formatDataFile(canonicalOperatorList(dataset.operators))).toBe(read('operators.json'));
	});

	it('groups topics by theme in the themes’ order, keeping file order within a theme, links in operator order', () => {
		const { themes, topics } = loadDataset(FIXTURE);
		const link = (operatorId: Link['operatorId']): Link => ({ ...topics[0].operators[0], operatorId, kinds: ['outil', 'financement'], phases: ['realisation', 'amont'] });
		const shuffled: Topic[] = [
			{ ...topics[2], id: 'chaleur-2' },
			{ ...topics[1], id: 'b', operators: [link('anct'), link('anru'), link('cerema')] },
			{ ...topics[2] },
			{ ...topics[0], id: 'a' }
		];
		const canonical = canonicalTopics(shuffled, themes);
		expect(canonical.map((topic) => topic.id)).toEqual(['b', 'a', 'chaleur-2', 'reseau-chaleur']);
		expect(canonical[0].operators.map((item) => item.operatorId)).toEqual(['anru', 'cerema', 'anct']);
		expect(canonical[0].operators[0].kinds).toEqual(['financement', 'outil']);
		expect(canonical[0].operators[0].phases).toEqual(['amont', 'realisation']);
	});

	it('writes keys in schema order whatever order they came in, tab-indented with a final newline', () => {
		const [theme] = loadDataset(FIXTURE).themes;
		const reversed = { description: theme.description, label: theme.label, id: theme.id };
		expect(formatDataFile(canonicalThemes([reversed]))).toBe(
			`[\n\t{\n\t\t"id": "${theme.id}",\n\t\t"label": "${theme.label}",\n\t\t"description": "${theme.description}"\n\t}\n]\n`
		);
	});
});
