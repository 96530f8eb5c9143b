import { describe, expect, it } from 'vitest';
import {
	contentWords,
	datasetQueries,
	QUERY_KINDS,
	seededRandom,
	syntheticDataset,
	syntheticQueries,
	typo,
	unaccent
} from './corpus';
import { validateDataset } from '../../src/lib/server/data/validate';

describe('the bench’s synthetic French corpus', () => {
	it('is the same on every run, and a different seed gives a different corpus', () => {
		const ids = (seed?: number) => syntheticDataset(500, seed).topics.map((topic) => topic.id);
		expect(ids()).toEqual(ids());
		expect(ids(1)).not.toEqual(ids());
		expect(syntheticQueries(syntheticDataset(500), 40)).toEqual(syntheticQueries(syntheticDataset(500), 40));
	});

	it('is shaped like data/: it passes the project’s own validation, with distinct ids', () => {
		const dataset = syntheticDataset(2_000);
		const raw = (name: string, content: unknown) => ({ file: name, content });
		expect(() =>
			validateDataset({
				operators: raw('operators.json', dataset.operators),
				themes: raw('themes.json', dataset.themes),
				topics: raw('topics.json', dataset.topics),
				programmes: raw('programmes.json', dataset.programmes),
				sourceHosts: raw('source-hosts.json', dataset.sourceHosts),
				unsourced: raw('unsourced.json', dataset.unsourced)
			})
		).not.toThrow();
		expect(new Set(dataset.topics.map((topic) => topic.id)).size).toBe(2_000);
	});

	it('asks each query for an entry that exists, in every kind, without accents', () => {
		const dataset = syntheticDataset(1_000);
		const ids = new Set(dataset.topics.map((topic) => topic.id));
		const queries = syntheticQueries(dataset, 200);
		expect(queries).toHaveLength(200);
		expect(new Set(queries.map((query) => query.kind))).toEqual(new Set(QUERY_KINDS));
		for (const query of queries) {
			expect(query.expectedIds.every((id) => ids.has(id))).toBe(true);
			expect(query.text).toBe(unaccent(query.text));
		}
	});

	it('derives four queries per real topic, the typo one differing from the unaccented one', () => {
		const dataset = syntheticDataset(50);
		const queries = datasetQueries(dataset);
		expect(queries).toHaveLength(200);
		const unaccented = queries.filter((query) => query.kind === 'unaccented');
		const typos = queries.filter((query) => query.kind === 'typo');
		const changed = typos.filter((query, index) => query.text !== unaccented[index].text);
		expect(changed.length).toBeGreaterThan(typos.length * 0.9);
	});

	it('folds accents and ligatures, and drops French articles', () => {
		expect(unaccent('Rénovation énergétique des écoles, cœur de bourg')).toBe(
			'renovation energetique des ecoles, coeur de bourg'
		);
		expect(contentWords('Entretien des ponts et ouvrages d’art')).toEqual(['entretien', 'ponts', 'ouvrages', 'art']);
	});

	it('makes one slip per typo: the word keeps its length within one letter', () => {
		const random = seededRandom(3);
		for (let i = 0; i < 200; i += 1) {
			const slipped = typo(random, 'inondation');
			expect(Math.abs(slipped.length - 'inondation'.length)).toBeLessThanOrEqual(1);
			expect(slipped[0]).toBe('i');
		}
		expect(typo(random, 'eau')).toBe('eau');
	});
});
