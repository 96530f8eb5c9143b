// Communes: who may ask for each reserved offer, by topic and operator: the little the search pages need. Browser-safe.
import type { Condition } from '../matrix/eligibility';

/** Only reserved offers: an offer open to all has no entry, and its absence means « oui ». */
export function reservedConditions(
	topics: readonly { id: string; operators: readonly { operatorId: string; eligibleIf: Condition[] }[] }[]
): Record<string, Record<string, Condition[]>> {
	return Object.fromEntries(
		topics.flatMap((topic) => {
			const reserved = topic.operators.filter((link) => link.eligibleIf.length > 0);
			return reserved.length === 0
				? []
				: [[topic.id, Object.fromEntries(reserved.map((link) => [link.operatorId, link.eligibleIf]))]];
		})
	);
}
