import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { countMatrix } from '../../matrix/model';
import { OPERATOR_IDS } from '../../operators';
import { isHttpUrl } from './schema';

// The Senate report n°126 (7 Nov. 2024) counts 80 topics in ANCT's table, 65 of them with two to five operators.
const REPORT_TOPICS = 80;
const REPORT_MULTI_OPERATOR = 65;

describe('the dataset in data/', () => {
	const dataset = loadDataset();
	const counts = countMatrix(dataset.topics);

	it('has the six operators, in the report order', () => {
		expect(dataset.operators.map((operator) => operator.id)).toEqual([...OPERATOR_IDS]);
	});

	it('matches the report: 80 topics, 65 with two to five operators, the rest with one', () => {
		expect(counts.topics).toBe(REPORT_TOPICS);
		expect(counts.multiOperator).toBe(REPORT_MULTI_OPERATOR);
		expect(counts.singleOperator).toBe(REPORT_TOPICS - REPORT_MULTI_OPERATOR);
		expect(counts.distribution[0]).toBe(0);
		expect(counts.distribution[6]).toBe(0);
	});

	it('cites at least one http(s) source for every topic–operator link', () => {
		const unsourced = dataset.topics.flatMap((topic) =>
			topic.operators
				.filter((link) => link.sources.length === 0 || !link.sources.every((source) => isHttpUrl(source.url)))
				.map((link) => `${topic.id}/${link.operatorId}`)
		);
		expect(unsourced).toEqual([]);
	});

	it('groups every topic under a theme, and every theme has topics', () => {
		const used = new Set(dataset.topics.map((topic) => topic.themeId));
		expect(dataset.themes.filter((theme) => !used.has(theme.id))).toEqual([]);
	});
});
