// The overlap report as CSV rows for /donnees/chevauchements.csv. Build time only.
import { operatorName, type OperatorNames } from '../../operators';
import type { OperatorSet, OverlapReport } from '../../overlaps/report';
import { MULTI_VALUE_SEPARATOR } from './matrix-columns';

/**
 * One row per operator pair (all of them, zeros included, so the heat map can be rebuilt) and one per
 * combination (each topic in exactly one), told apart by `kind`. Topic labels come last, in the order of the
 * ids, so that readers need no second file and scripts reading the first columns by position keep working.
 */
export const OVERLAP_COLUMNS = [
	'kind',
	'operator_ids',
	'operator_names',
	'operator_count',
	'topic_count',
	'topic_ids',
	'topic_labels'
] as const;

export const OVERLAP_KINDS = { pair: 'pair', combination: 'combination' } as const;

export function overlapRows(
	report: Pick<OverlapReport, 'pairs' | 'combinations'>,
	names: OperatorNames,
	topicLabels: ReadonlyMap<string, string>
): string[][] {
	const row = (kind: string, set: OperatorSet) => [
		kind,
		set.operators.join(MULTI_VALUE_SEPARATOR),
		set.operators.map((id) => operatorName(names, id)).join(MULTI_VALUE_SEPARATOR),
		String(set.operators.length),
		String(set.count),
		set.topics.join(MULTI_VALUE_SEPARATOR),
		set.topics.map((id) => topicLabels.get(id) ?? id).join(MULTI_VALUE_SEPARATOR)
	];
	return [
		[...OVERLAP_COLUMNS],
		...report.pairs.map((pair) => row(OVERLAP_KINDS.pair, pair)),
		...report.combinations.map((combination) => row(OVERLAP_KINDS.combination, combination))
	];
}
