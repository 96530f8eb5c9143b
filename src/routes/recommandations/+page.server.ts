import { operatorNames } from '$lib/operators';
import { getDataset } from '$lib/server/data/load';
import { getSenate } from '$lib/server/data/load-senate';
import { byNumber, countByStatus, sharedTopicViews } from '$lib/senate/recommendations';
import { figureShare } from '$lib/senate/figures';

// Text, tables and charts that need no script: the page ships no JavaScript (Lighthouse: hydrating it was most of
// its blocking time on a phone). The menu is a <details>, which works without.
export const csr = false;

export function load() {
	const { recommendations, figures } = getSenate();
	const { operators, topics } = getDataset();
	return {
		recommendations: byNumber(recommendations).map((recommendation) => ({
			...recommendation,
			shared: recommendation.operators ? sharedTopicViews(topics, recommendation.operators) : null
		})),
		statusCounts: countByStatus(recommendations),
		operatorNames: operatorNames(operators),
		figures: figures.map((figure) => ({ ...figure, share: figureShare(figure, figures) }))
	};
}
