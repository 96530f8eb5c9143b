/** The search engineer's hand-written queries (tests/search-queries.json, `queries`), each with the topics it should find. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/lib/types';
import type { BenchQuery } from './corpus';

export const SEARCH_QUERIES_FILE = join('tests', 'search-queries.json');

interface SearchQueryCase {
	query: string;
	topics: string[];
}

/** The cases whose topics all exist in `dataset` (none when it is the small test fixture). */
export function handWrittenQueries(dataset: Dataset, file = SEARCH_QUERIES_FILE): BenchQuery[] {
	if (!existsSync(file)) return [];
	const ids = new Set(dataset.topics.map((topic) => topic.id));
	const cases = (JSON.parse(readFileSync(file, 'utf8')) as { queries: SearchQueryCase[] }).queries;
	return cases
		.filter((item) => item.topics.length > 0 && item.topics.every((id) => ids.has(id)))
		.map((item) => ({ text: item.query, kind: 'hand-written', expectedIds: item.topics }));
}
