import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetQueries, syntheticDataset, syntheticQueries, type BenchQuery } from './corpus';
import { SEARCH_QUERIES_FILE } from './hand-written';
import { buildSearchIndex, searchTopics, toSearchEntries } from '../../src/lib/search';
import { loadDataset } from '../../src/lib/server/data/load';
import type { Dataset } from '../../src/lib/types';

// The index only narrows which vocabulary words a misspelt word is compared with; the exhaustive mode compares
// it with every word. Narrowing is a speed-up only if the top results stay the same.
const top3 = (ids: { id: string }[]) => ids.slice(0, 3).map((hit) => hit.id);

function differences(dataset: Dataset, queries: string[]) {
	const index = buildSearchIndex(toSearchEntries(dataset));
	return queries
		.map((query) => ({
			query,
			narrowed: top3(searchTopics(index, query)),
			everyWord: top3(searchTopics(index, query, undefined, { exhaustive: true }))
		}))
		.filter(({ narrowed, everyWord }) => narrowed.join() !== everyWord.join());
}

const texts = (queries: BenchQuery[]) => queries.map((query) => query.text);
// A correctness check, not a timed one: the exhaustive reference is slow by design, and the machine is shared.
const GENEROUS_MS = 120_000;

describe('the narrowed search ranks like a comparison with every word', () => {
	it(
		'gives the same top 3 on the real topics, for degraded labels and the hand-written queries',
		() => {
			const dataset = loadDataset();
			const { queries: handWritten } = JSON.parse(readFileSync(SEARCH_QUERIES_FILE, 'utf8')) as {
				queries: { query: string }[];
			};
			const queries = [...texts(datasetQueries(dataset)), ...handWritten.map((item) => item.query)];
			expect(queries.length).toBeGreaterThanOrEqual(dataset.topics.length * 4);
			expect(differences(dataset, queries)).toEqual([]);
		},
		GENEROUS_MS
	);

	it(
		'gives the same top 3 on a synthetic corpus of 1 000 entries',
		() => {
			const dataset = syntheticDataset(1_000);
			expect(differences(dataset, texts(syntheticQueries(dataset, 120)))).toEqual([]);
		},
		GENEROUS_MS
	);
});
