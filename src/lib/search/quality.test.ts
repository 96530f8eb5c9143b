import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchTopics, toSearchEntries } from './';
import { loadDataset } from '../server/data/load';
import cases from '../../../tests/search-queries.json';

/** A query the way an elected official types it, and what a knowledgeable person would answer. */
interface QueryCase {
	query: string;
	topics?: string[];
	operators: string[];
	why: string;
}

const MIN_HIT_RATE = 0.9;
const TOP = 3;

const dataset = loadDataset();
const index = buildSearchIndex(toSearchEntries(dataset));
const operatorsOf = new Map(
	dataset.topics.map((topic) => [topic.id, topic.operators.map((link) => link.operatorId as string)])
);

function passes(testCase: QueryCase, ids: string[]): boolean {
	const operators = new Set(ids.flatMap((id) => operatorsOf.get(id) ?? []));
	const operatorsFound = testCase.operators.every((operator) => operators.has(operator));
	const topicFound = !testCase.topics || testCase.topics.some((id) => ids.includes(id));
	return operatorsFound && topicFound;
}

describe('search quality on the real data', () => {
	it('the query set names real topics and operators', () => {
		const topicIds = new Set(dataset.topics.map((topic) => topic.id));
		const operatorIds = new Set(dataset.operators.map((operator) => operator.id as string));
		expect((cases as QueryCase[]).length).toBeGreaterThanOrEqual(40);
		for (const testCase of cases as QueryCase[]) {
			expect(testCase.why.length, testCase.query).toBeGreaterThan(10);
			for (const id of testCase.topics ?? []) expect(topicIds, `${testCase.query} → ${id}`).toContain(id);
			for (const id of testCase.operators) expect(operatorIds, `${testCase.query} → ${id}`).toContain(id);
		}
	});

	it(`finds the expected operators and topic in the top ${TOP} for at least ${MIN_HIT_RATE * 100} % of queries`, () => {
		const misses: string[] = [];
		for (const testCase of cases as QueryCase[]) {
			const ids = searchTopics(index, testCase.query, TOP).map((hit) => hit.id);
			if (!passes(testCase, ids)) misses.push(`« ${testCase.query} » → ${ids.join(', ') || 'rien'}`);
		}
		const rate = 1 - misses.length / cases.length;
		console.info(
			`Search hit rate@${TOP}: ${(rate * 100).toFixed(1)} % (${cases.length - misses.length}/${cases.length})`
		);
		if (misses.length > 0) console.info(`Misses:\n${misses.join('\n')}`);
		expect(rate).toBeGreaterThanOrEqual(MIN_HIT_RATE);
	});

	it('puts a topic first when its label is the query (topic pages link to /orientation?q=<label>)', () => {
		for (const topic of dataset.topics) {
			expect(searchTopics(index, topic.label, 1)[0]?.id, topic.label).toBe(topic.id);
		}
	});

	it('ranks exactly as the exhaustive scan does: narrowing by trigrams loses no candidate', { timeout: 60_000 }, () => {
		const queries = [
			...(cases as QueryCase[]).map((testCase) => testCase.query),
			...dataset.topics.map((topic) => topic.label)
		];
		for (const query of queries) {
			const narrowed = searchTopics(index, query, 10);
			const exhaustive = searchTopics(index, query, 10, { exhaustive: true });
			expect(narrowed, query).toEqual(exhaustive);
		}
	});
});
