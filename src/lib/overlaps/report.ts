// The overlap analytics for auditors: distribution, pairs, combinations, per operator and theme. Browser-safe.
import { compareOperatorSets, OPERATOR_IDS, operatorPairs, sortOperators, type OperatorId } from '../operators';
import type { Theme, Topic } from '../types';

/** What the overlap analytics need of a topic: its id, its theme and the set of its operators. */
export interface OverlapTopic {
	id: string;
	themeId: string;
	operators: readonly OperatorId[];
}

export interface DistributionRow {
	operatorCount: number;
	count: number;
	topics: string[];
}

export interface OperatorSet {
	operators: OperatorId[];
	count: number;
	topics: string[];
}

export interface OperatorOverlap {
	operator: OperatorId;
	topics: number;
	/** Topics where at least one other operator is also competent. */
	shared: number;
	exclusive: string[];
	/** Topics shared with each other operator, in canonical order (zeros kept, so every row has six cells). */
	partners: { operator: OperatorId; count: number }[];
}

export interface ThemeOverlap {
	themeId: string;
	topics: number;
	multiOperator: number;
	/** multiOperator / topics, between 0 and 1. */
	rate: number;
	multiOperatorTopics: string[];
}

export interface OverlapReport {
	topics: number;
	multiOperator: number;
	singleOperator: number;
	distribution: DistributionRow[];
	pairs: OperatorSet[];
	combinations: OperatorSet[];
	perOperator: OperatorOverlap[];
	perTheme: ThemeOverlap[];
}

export function toOverlapTopic(topic: Topic): OverlapTopic {
	return { id: topic.id, themeId: topic.themeId, operators: topic.operators.map((link) => link.operatorId) };
}

/** Topic ids sorted by code point, so that no list depends on the order of the data file. */
function sortedIds(ids: Iterable<string>): string[] {
	return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Topics per number of operators, from 1 to the largest number found (the report's « 1 à 5 »). */
export function distribution(topics: readonly OverlapTopic[]): DistributionRow[] {
	const sizes = topics.map((topic) => new Set(topic.operators).size);
	const largest = Math.max(1, ...sizes);
	return Array.from({ length: largest }, (_, index) => {
		const ids = sortedIds(topics.filter((_, at) => sizes[at] === index + 1).map((topic) => topic.id));
		return { operatorCount: index + 1, count: ids.length, topics: ids };
	});
}

/** Every pair of operators in canonical order, including pairs that share nothing. */
export function pairs(topics: readonly OverlapTopic[]): OperatorSet[] {
	return operatorPairs().map((pair) => {
		const ids = topicsSharedBy(topics, pair);
		return { operators: pair, count: ids.length, topics: ids };
	});
}

/**
 * Every distinct operator set found on a topic, each topic counted once: by count (descending), then by size
 * (smallest set first, so that a frequent pair reads before a rarer trio), then in canonical order.
 */
export function combinations(topics: readonly OverlapTopic[]): OperatorSet[] {
	const groups = new Map<string, { operators: OperatorId[]; ids: string[] }>();
	for (const topic of topics) {
		const operators = sortOperators(topic.operators);
		const key = operators.join('+');
		const group = groups.get(key) ?? { operators, ids: [] };
		group.ids.push(topic.id);
		groups.set(key, group);
	}
	return [...groups.values()]
		.map(({ operators, ids }) => ({ operators, count: ids.length, topics: sortedIds(ids) }))
		.sort(
			(a, b) =>
				b.count - a.count || a.operators.length - b.operators.length || compareOperatorSets(a.operators, b.operators)
		);
}

export function perOperator(topics: readonly OverlapTopic[]): OperatorOverlap[] {
	return OPERATOR_IDS.map((operator) => {
		const own = topics.filter((topic) => topic.operators.includes(operator));
		const exclusive = own.filter((topic) => new Set(topic.operators).size === 1);
		return {
			operator,
			topics: own.length,
			shared: own.length - exclusive.length,
			exclusive: sortedIds(exclusive.map((topic) => topic.id)),
			partners: OPERATOR_IDS.filter((other) => other !== operator).map((other) => ({
				operator: other,
				count: own.filter((topic) => topic.operators.includes(other)).length
			}))
		};
	});
}

/** Overlap rate per theme, in the themes' order; themes without topics are left out (no rate to give). */
export function perTheme(themes: readonly Pick<Theme, 'id'>[], topics: readonly OverlapTopic[]): ThemeOverlap[] {
	return themes
		.map((theme) => {
			const own = topics.filter((topic) => topic.themeId === theme.id);
			const multi = sortedIds(own.filter((topic) => new Set(topic.operators).size >= 2).map((topic) => topic.id));
			return {
				themeId: theme.id,
				topics: own.length,
				multiOperator: multi.length,
				rate: own.length === 0 ? 0 : multi.length / own.length,
				multiOperatorTopics: multi
			};
		})
		.filter((row) => row.topics > 0);
}

export function overlapReport(themes: readonly Pick<Theme, 'id'>[], topics: readonly OverlapTopic[]): OverlapReport {
	const rows = distribution(topics);
	return {
		topics: topics.length,
		multiOperator: rows.slice(1).reduce((sum, row) => sum + row.count, 0),
		singleOperator: rows[0].count,
		distribution: rows,
		pairs: pairs(topics),
		combinations: combinations(topics),
		perOperator: perOperator(topics),
		perTheme: perTheme(themes, topics)
	};
}

/** Topics on which every one of `operators` is competent (the trio the Senate asks about, for instance). */
export function topicsSharedBy(topics: readonly OverlapTopic[], operators: readonly OperatorId[]): string[] {
	return sortedIds(
		topics.filter((topic) => operators.every((id) => topic.operators.includes(id))).map((topic) => topic.id)
	);
}

/** The pair entry for two operators, whatever order they are given in. */
export function findPair(report: Pick<OverlapReport, 'pairs'>, a: OperatorId, b: OperatorId): OperatorSet | undefined {
	const [first, second] = sortOperators([a, b]);
	return report.pairs.find((pair) => pair.operators[0] === first && pair.operators[1] === second);
}
