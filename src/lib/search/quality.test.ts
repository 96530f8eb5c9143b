import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchTopics, toSearchEntries } from './';
import { orientNeeds } from '../orientation/note';
import { loadDataset } from '../server/data/load';
import testSet from '../../../tests/search-queries.json';

/** A query the way an elected official types it, and what a knowledgeable person would answer. */
interface QueryCase {
	query: string;
	topics?: string[];
	operators: string[];
	why: string;
}

/** A query outside the site's scope, or noise: it must find no topic (suggestions are allowed). */
interface AbsurdCase {
	query: string;
	why: string;
}

/** A pasted request stating several needs, each with the topics that answer it (any one suffices). */
interface RequestCase {
	request: string;
	needs: { topics: string[] }[];
	why: string;
}

const queries: QueryCase[] = testSet.queries;
const absurd: AbsurdCase[] = testSet.absurd;
const requests: RequestCase[] = testSet.requests;

const TOP = 3;
const MIN_RECALL = 0.95;
const MIN_ABSURD_EMPTY = 0.9;
const MIN_NEEDS_COVERED = 0.9;

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

const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;
const rate = (passed: number, total: number) => ({
	rate: passed / total,
	text: `${percent(passed / total)} (${passed}/${total})`
});

function measureRecall() {
	const misses: string[] = [];
	let first = 0;
	for (const testCase of queries) {
		const ids = searchTopics(index, testCase.query, TOP).map((hit) => hit.id);
		if (!passes(testCase, ids)) misses.push(`« ${testCase.query} » → ${ids.join(', ') || 'rien'}`);
		if (testCase.topics?.includes(ids[0])) first += 1;
	}
	return { recall: rate(queries.length - misses.length, queries.length), first: rate(first, queries.length), misses };
}

function measureAbsurd() {
	const noisy = absurd
		.map((testCase) => ({ query: testCase.query, ids: searchTopics(index, testCase.query, TOP).map((hit) => hit.id) }))
		.filter(({ ids }) => ids.length > 0)
		.map(({ query, ids }) => `« ${query} » → ${ids.join(', ')}`);
	return { empty: rate(absurd.length - noisy.length, absurd.length), noisy };
}

function measureNeeds() {
	const missed: string[] = [];
	let total = 0;
	for (const testCase of requests) {
		const needs = orientNeeds(index, testCase.request, dataset.topics, dataset.operators);
		const shown = new Set(needs.flatMap((need) => need.topics.map((topic) => topic.id)));
		for (const need of testCase.needs) {
			total += 1;
			if (!need.topics.some((id) => shown.has(id)))
				missed.push(`${need.topics.join(' | ')} absent de la note pour « ${testCase.request.slice(0, 60)}… »`);
		}
	}
	return { covered: rate(total - missed.length, total), missed };
}

describe('search quality on the real data', () => {
	it('the test set names real topics and operators, and is large enough', () => {
		const topicIds = new Set(dataset.topics.map((topic) => topic.id));
		const operatorIds = new Set(dataset.operators.map((operator) => operator.id as string));
		expect(queries.length).toBeGreaterThanOrEqual(68);
		expect(absurd.length).toBeGreaterThanOrEqual(30);
		expect(requests.length).toBeGreaterThanOrEqual(20);
		for (const testCase of [...queries, ...absurd, ...requests]) expect(testCase.why.length).toBeGreaterThan(5);
		for (const testCase of queries) {
			for (const id of testCase.topics ?? []) expect(topicIds, `${testCase.query} → ${id}`).toContain(id);
			for (const id of testCase.operators) expect(operatorIds, `${testCase.query} → ${id}`).toContain(id);
		}
		for (const testCase of requests) {
			expect(testCase.needs.length, testCase.request).toBeGreaterThanOrEqual(2);
			expect(testCase.needs.length, testCase.request).toBeLessThanOrEqual(4);
			for (const id of testCase.needs.flatMap((need) => need.topics)) expect(topicIds, testCase.request).toContain(id);
		}
	});

	it(`prints recall@${TOP}, absurd queries left empty and needs covered, and holds each to its floor`, () => {
		const { recall, first, misses } = measureRecall();
		const { empty, noisy } = measureAbsurd();
		const { covered, missed } = measureNeeds();
		console.info(
			[
				`Expected topic in the top ${TOP}: ${recall.text} (floor ${percent(MIN_RECALL)}); first place: ${first.text}`,
				`Absurd queries with no result: ${empty.text} (floor ${percent(MIN_ABSURD_EMPTY)})`,
				`Needs of pasted requests covered by the note: ${covered.text} (floor ${percent(MIN_NEEDS_COVERED)})`,
				...[...misses, ...noisy, ...missed].map((line) => `  ${line}`)
			].join('\n')
		);
		expect(recall.rate).toBeGreaterThanOrEqual(MIN_RECALL);
		expect(empty.rate).toBeGreaterThanOrEqual(MIN_ABSURD_EMPTY);
		expect(covered.rate).toBeGreaterThanOrEqual(MIN_NEEDS_COVERED);
	});

	it('puts a topic first when its label is the query (topic pages link to /orientation?q=<label>)', () => {
		for (const topic of dataset.topics) {
			expect(searchTopics(index, topic.label, 1)[0]?.id, topic.label).toBe(topic.id);
		}
	});

	it('ranks exactly as the exhaustive scan does: narrowing by trigrams loses no candidate', { timeout: 60_000 }, () => {
		const texts = [
			...queries.map((testCase) => testCase.query),
			...absurd.map((testCase) => testCase.query),
			...dataset.topics.map((topic) => topic.label)
		];
		for (const query of texts) {
			const narrowed = searchTopics(index, query, 10);
			const exhaustive = searchTopics(index, query, 10, { exhaustive: true });
			expect(narrowed, query).toEqual(exhaustive);
		}
	});
});
