import { operatorNames } from '$lib/operators';
import { getDataset } from '$lib/server/data/load';
import { getSenate } from '$lib/server/data/load-senate';
import { byNumber, countByStatus, sharedTopicViews } from '$lib/senate/recommendations';
import { figureShare } from '$lib/senate/figures';

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
