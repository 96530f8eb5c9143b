import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, validateDataset, type RawDataset } from './validate';

const FIXTURE = join(import.meta.dirname, '../../../../tests/fixtures/data-valid');

function fixture(): RawDataset {
	const read = (name: string) => ({
		file: `data/${name}`,
		content: JSON.parse(readFileSync(join(FIXTURE, name), 'utf8')) as unknown
	});
	return {
		operators: read('operators.json'),
		themes: read('themes.json'),
		topics: read('topics.json'),
		programmes: read('programmes.json'),
		sourceHosts: read('source-hosts.json'),
		unsourced: read('unsourced.json')
	};
}

/** Runs validation on a mutated fixture and returns the one-line messages it produced. */
function problemsAfter(mutate: (raw: RawDataset & { topics: { content: any[] } }) => void): string[] {
	const raw = fixture() as RawDataset & { topics: { content: any[] } };
	mutate(raw);
	try {
		validateDataset(raw);
	} catch (error) {
		expect(error).toBeInstanceOf(DataError);
		return (error as DataError).message.split('\n').slice(1);
	}
	throw new Error('the broken data was accepted');
}

describe('validateDataset', () => {
	it('accepts a well-formed dataset', () => {
		const dataset = validateDataset(fixture());
		expect(dataset.topics.map((topic) => topic.id)).toEqual(['petites-villes', 'friches', 'reseau-chaleur']);
	});

	it('refuses an unknown operator, naming file, topic and field', () => {
		const [line] = problemsAfter((raw) => (raw.topics.content[1].operators[0].operatorId = 'dreal'));
		expect(line).toContain('data/topics.json');
		expect(line).toContain('sujet « friches »');
		expect(line).toContain('operators[0].operatorId');
		expect(line).toContain('opérateur inconnu « dreal »');
	});

	it('refuses a duplicate topic id', () => {
		const lines = problemsAfter((raw) => (raw.topics.content[2].id = 'friches'));
		expect(lines).toContainEqual(expect.stringMatching(/data\/topics\.json, sujet « friches », champ « id » : identifiant en double/));
	});

	it('refuses a missing label', () => {
		const [line] = problemsAfter((raw) => delete raw.topics.content[0].label);
		expect(line).toMatch(/data\/topics\.json, sujet « petites-villes », champ « label » : champ manquant/);
	});

	it('refuses a malformed source URL', () => {
		const [line] = problemsAfter((raw) => (raw.topics.content[0].operators[2].sources[0].url = 'www.anct.gouv'));
		expect(line).toContain('sujet « petites-villes »');
		expect(line).toContain('operators[2].sources[0].url');
		expect(line).toContain('URL invalide');
	});

	it('refuses a topic with no operator', () => {
		const [line] = problemsAfter((raw) => (raw.topics.content[2].operators = []));
		expect(line).toMatch(/sujet « reseau-chaleur », champ « operators » : au moins un opérateur compétent/);
	});

	it('refuses the same operator twice on one topic', () => {
		const [line] = problemsAfter((raw) => raw.topics.content[1].operators.push(raw.topics.content[1].operators[0]));
		expect(line).toMatch(/sujet « friches », champ « operators\[2\]\.operatorId » : opérateur « ademe » présent deux fois/);
	});

	it('refuses a topic in an unknown theme', () => {
		const [line] = problemsAfter((raw) => (raw.topics.content[0].themeId = 'sante'));
		expect(line).toMatch(/champ « themeId » : thème inconnu « sante »/);
	});

	it('refuses an impossible date and reports every problem at once', () => {
		const lines = problemsAfter((raw) => {
			raw.topics.content[0].operators[0].sources[0].checkedOn = '2026-02-30';
			raw.topics.content[1].label = '';
		});
		expect(lines).toHaveLength(2);
		expect(lines[0]).toContain('date invalide');
		expect(lines[1]).toMatch(/sujet « friches », champ « label » : ne doit pas être vide/);
	});
});
