// The Senate follow-up's recommendations as the site shows them: verdict labels, counts, shared topics. Browser-safe.
import { countLabel } from '../format/french';
import { matrixHref } from '../matrix/filters';
import { operatorPairs, sortOperators, type OperatorId } from '../operators';
import { toOverlapTopic, topicsSharedBy } from '../overlaps/report';
import type { Recommendation } from '../server/data/senate-schema';
import type { Topic } from '../types';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from './statuses';

// Type-only: ships no zod to the browser.
export type { Recommendation, RecommendationLink } from '../server/data/senate-schema';

export { RECOMMENDATION_STATUSES, type RecommendationStatus } from './statuses';

interface StatusText {
	/** The badge: a visible text label, so the status never rests on colour alone. */
	label: string;
	/** « 7 suivies », « 1 non retenue »: the summary line's words. */
	one: string;
	many: string;
	/** DSFR system badge: an icon and a colour on top of the text. */
	badge: 'success' | 'info' | 'warning' | 'error';
}

export const STATUS_TEXT: Record<RecommendationStatus, StatusText> = {
	suivie: { label: 'Suivie', one: 'suivie', many: 'suivies', badge: 'success' },
	'en-cours': { label: 'En cours', one: 'en cours', many: 'en cours', badge: 'info' },
	insatisfaisante: {
		label: 'Insatisfaisante ou contrastée',
		one: 'insatisfaisante ou contrastée',
		many: 'insatisfaisantes ou contrastées',
		badge: 'warning'
	},
	'non-retenue': { label: 'Non retenue', one: 'non retenue', many: 'non retenues', badge: 'error' }
};

export interface StatusCount {
	status: RecommendationStatus;
	count: number;
}

/** How many recommendations got each verdict, every status listed even at zero. */
export function countByStatus(recommendations: readonly Pick<Recommendation, 'status'>[]): StatusCount[] {
	return RECOMMENDATION_STATUSES.map((status) => ({
		status,
		count: recommendations.filter((recommendation) => recommendation.status === status).length
	}));
}

/** « 7 suivies, 2 en cours, 3 insatisfaisantes ou contrastées, 2 non retenues »; zero counts left out. */
export function statusSummary(counts: readonly StatusCount[]): string {
	return counts
		.filter(({ count }) => count > 0)
		.map(({ status, count }) => countLabel(count, STATUS_TEXT[status].one, STATUS_TEXT[status].many))
		.join(', ');
}

/** Recommendations in the report's numbering order, whatever the file's order. */
export function byNumber<T extends Pick<Recommendation, 'number'>>(recommendations: readonly T[]): T[] {
	return [...recommendations].sort((a, b) => a.number - b.number);
}

/** The anchor of the operators' shared-topics table on /chevauchements, in the order the recommendation names them. */
export function sharedTopicsAnchor(operatorIds: readonly OperatorId[]): string {
	return operatorIds.join('-');
}

export interface SharedTopics {
	operatorIds: OperatorId[];
	count: number;
	/** The matrix filtered on these operators: the topics behind the count. */
	href: string;
}

/** For the operators a recommendation names: the topics all of them share, then each pair's. */
export function sharedTopicViews(
	topics: readonly Topic[],
	operatorIds: readonly OperatorId[]
): { all: SharedTopics; pairs: SharedTopics[] } {
	const lean = topics.map(toOverlapTopic);
	const view = (ids: OperatorId[]): SharedTopics => ({
		operatorIds: ids,
		count: topicsSharedBy(lean, ids).length,
		href: matrixHref({ operators: ids })
	});
	return { all: view(sortOperators(operatorIds)), pairs: operatorPairs(operatorIds).map(view) };
}
