import { describe, expect, it } from 'vitest';
import {
	combinations,
	distribution,
	findPair,
	overlapReport,
	pairs,
	perOperator,
	perTheme,
	topicsSharedBy,
	type OverlapTopic
} from './report';
import { overlapRows } from '../server/spreadsheet/overlap-rows';
import { combinationHref, matrixHref, sharedTopicsHref } from '../matrix/filters';
import { OPERATOR_IDS, sortOperators } from '../operators';

// Six topics small enough to count by hand; operators deliberately out of canonical order in places.
const TOPICS: OverlapTopic[] = [
	{ id: 'a', themeId: 'x', operators: ['anah', 'anru'] },
	{ id: 'b', themeId: 'x', operators: ['ademe', 'anru', 'anah'] },
	{ id: 'c', themeId: 'y', operators: ['cerema'] },
	{ id: 'd', themeId: 'y', operators: ['anru', 'anah'] },
	{ id: 'e', themeId: 'z', operators: ['anct', 'cerema', 'ademe'] },
	{ id: 'f', themeId: 'y', operators: ['ademe'] }
];
const THEMES = [{ id: 'x' }, { id: 'y' }, { id: 'z' }, { id: 'sans-sujet' }];

describe('overlap analytics on a hand-counted fixture', () => {
	it('counts topics per number of operators, up to the largest found', () => {
		expect(distribution(TOPICS)).toEqual([
			{ operatorCount: 1, count: 2, topics: ['c', 'f'] },
			{ operatorCount: 2, count: 2, topics: ['a', 'd'] },
			{ operatorCount: 3, count: 2, topics: ['b', 'e'] }
		]);
		const report = overlapReport(THEMES, TOPICS);
		expect([report.topics, report.multiOperator, report.singleOperator]).toEqual([6, 4, 2]);
	});

	it('lists all fifteen pairs in canonical order, with the topics both operators share', () => {
		const result = pairs(TOPICS);
		expect(result).toHaveLength(15);
		expect(result[0]).toEqual({ operators: ['anru', 'anah'], count: 3, topics: ['a', 'b', 'd'] });
		expect(result.filter((pair) => pair.count > 0).map((pair) => [pair.operators.join('-'), pair.count])).toEqual([
			['anru-anah', 3],
			['anru-ademe', 1],
			['anah-ademe', 1],
			['ademe-cerema', 1],
			['ademe-anct', 1],
			['cerema-anct', 1]
		]);
		expect(findPair({ pairs: result }, 'anct', 'ademe')?.topics).toEqual(['e']);
	});

	it('finds the topics a whole group of operators shares', () => {
		expect(topicsSharedBy(TOPICS, ['anah', 'anru'])).toEqual(['a', 'b', 'd']);
		expect(topicsSharedBy(TOPICS, ['ademe', 'cerema', 'anct'])).toEqual(['e']);
		expect(topicsSharedBy(TOPICS, ['anru', 'cerema'])).toEqual([]);
	});

	it('groups topics by exact operator set, by count, then size, then canonical order', () => {
		expect(combinations(TOPICS)).toEqual([
			{ operators: ['anru', 'anah'], count: 2, topics: ['a', 'd'] },
			{ operators: ['ademe'], count: 1, topics: ['f'] },
			{ operators: ['cerema'], count: 1, topics: ['c'] },
			{ operators: ['anru', 'anah', 'ademe'], count: 1, topics: ['b'] },
			{ operators: ['ademe', 'cerema', 'anct'], count: 1, topics: ['e'] }
		]);
	});

	it('tells, per operator, what is shared, with whom, and what is exclusive', () => {
		const [anru, , ademe, cerema, bdt] = perOperator(TOPICS);
		expect(anru).toMatchObject({ operator: 'anru', topics: 3, shared: 3, exclusive: [] });
		expect(anru.partners.map((partner) => partner.count)).toEqual([3, 1, 0, 0, 0]);
		expect(ademe).toMatchObject({ topics: 3, shared: 2, exclusive: ['f'] });
		expect(ademe.partners).toEqual([
			{ operator: 'anru', count: 1 },
			{ operator: 'anah', count: 1 },
			{ operator: 'cerema', count: 1 },
			{ operator: 'bdt', count: 0 },
			{ operator: 'anct', count: 1 }
		]);
		expect(cerema).toMatchObject({ topics: 2, shared: 1, exclusive: ['c'] });
		expect(bdt).toMatchObject({ topics: 0, shared: 0, exclusive: [] });
	});

	it('gives each theme with topics its overlap rate', () => {
		expect(perTheme(THEMES, TOPICS)).toEqual([
			{ themeId: 'x', topics: 2, multiOperator: 2, rate: 1, multiOperatorTopics: ['a', 'b'] },
			{ themeId: 'y', topics: 3, multiOperator: 1, rate: 1 / 3, multiOperatorTopics: ['d'] },
			{ themeId: 'z', topics: 1, multiOperator: 1, rate: 1, multiOperatorTopics: ['e'] }
		]);
	});

	it('reports an empty dataset without dividing by zero', () => {
		const report = overlapReport(THEMES, []);
		expect(report).toMatchObject({ topics: 0, multiOperator: 0, singleOperator: 0, combinations: [], perTheme: [] });
		expect(report.pairs.every((pair) => pair.count === 0)).toBe(true);
	});
});

describe('links and canonical order', () => {
	it('spells operator sets in the order of OPERATOR_IDS, without repeats', () => {
		expect(sortOperators(['anct', 'anru', 'cerema', 'anru'])).toEqual(['anru', 'cerema', 'anct']);
	});

	it('builds the matrix explorer URLs of the shared contract', () => {
		expect(sharedTopicsHref(['anah', 'anru'])).toBe('/matrice?operateur=anru&operateur=anah');
		expect(combinationHref(['cerema', 'ademe', 'anct'])).toBe(
			'/matrice?operateur=ademe&operateur=cerema&operateur=anct&exactement=1'
		);
		expect(combinationHref(['bdt'])).toBe('/matrice?operateur=bdt&exactement=1');
		expect(matrixHref({ theme: 'centres-villes' })).toBe('/matrice?theme=centres-villes');
	});
});

describe('the overlap CSV layout', () => {
	it('has one row per pair (zeros included) then one per combination, operators and topics (ids and labels) joined by « | »', () => {
		const names = Object.fromEntries(OPERATOR_IDS.map((id) => [id, id.toUpperCase()]));
		const labels = new Map(TOPICS.map((topic) => [topic.id, `Sujet ${topic.id.toUpperCase()}`]));
		const rows = overlapRows(overlapReport(THEMES, TOPICS), names, labels);
		expect(rows[0]).toEqual([
			'kind',
			'operator_ids',
			'operator_names',
			'operator_count',
			'topic_count',
			'topic_ids',
			'topic_labels'
		]);
		expect(rows.filter((row) => row[0] === 'pair')).toHaveLength(15);
		expect(rows[1]).toEqual([
			'pair',
			'anru | anah',
			'ANRU | ANAH',
			'2',
			'3',
			'a | b | d',
			'Sujet A | Sujet B | Sujet D'
		]);
		expect(rows.filter((row) => row[0] === 'combination')).toEqual([
			['combination', 'anru | anah', 'ANRU | ANAH', '2', '2', 'a | d', 'Sujet A | Sujet D'],
			['combination', 'ademe', 'ADEME', '1', '1', 'f', 'Sujet F'],
			['combination', 'cerema', 'CEREMA', '1', '1', 'c', 'Sujet C'],
			['combination', 'anru | anah | ademe', 'ANRU | ANAH | ADEME', '3', '1', 'b', 'Sujet B'],
			['combination', 'ademe | cerema | anct', 'ADEME | CEREMA | ANCT', '3', '1', 'e', 'Sujet E']
		]);
	});
});
