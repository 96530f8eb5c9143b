import { getDataset } from '$lib/server/load-data';
import { getSenate } from '$lib/server/load-senate';
import { byNumber, countByStatus, sharedTopicViews } from '$lib/recommendations';
import { figureShare } from '$lib/report-figures';

export function load() {
	const { recommendations, figures } = getSenate();
	const { operators, topics } = getDataset();
	return {
		recommendations: byNumber(recommendations).map((recommendation) => ({
			...recommendation,
			shared: recommendation.operators ? sharedTopicViews(topics, recommendation.operators) : null
		})),
		statusCounts: countByStatus(recommendations),
		operatorNames: Object.fromEntries(operators.map((operator) => [operator.id, operator.shortName])),
		figures: figures.map((figure) => ({ ...figure, share: figureShare(figure, figures) }))
	};
}
