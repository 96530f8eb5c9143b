import { operatorNames } from '$lib/operators';
import { error } from '@sveltejs/kit';
import { hasOperator, topicOperatorIds } from '$lib/matrix/model';
import { perOperator, toOverlapTopic } from '$lib/overlaps/report';
import { getDataset } from '$lib/server/data/load';
import { frenchTypography } from '$lib/format/french';
import { typesetOperator } from '$lib/format/typeset';

// Text, tables and charts that need no script: the page ships no JavaScript (Lighthouse: hydrating it was most of
// its blocking time on a phone). The menu is a <details>, which works without.
export const csr = false;

export function entries() {
	return getDataset().operators.map((operator) => ({ id: operator.id }));
}

export function load({ params }) {
	const { operators, themes, topics } = getDataset();
	const operator = operators.find((candidate) => candidate.id === params.id);
	if (!operator) error(404, 'Opérateur introuvable');
	// The same figures as the overlap report, computed by the same function.
	const figures = perOperator(topics.map(toOverlapTopic)).find((row) => row.operator === operator.id);
	if (!figures) error(404, 'Opérateur introuvable');
	return {
		operator: typesetOperator(operator),
		themes: themes.map(({ id, label }) => ({ id, label })),
		topics: topics
			.filter((topic) => hasOperator(topic, operator.id))
			.map((topic) => ({
				id: topic.id,
				label: frenchTypography(topic.label),
				themeId: topic.themeId,
				operatorIds: topicOperatorIds(topic)
			})),
		exclusiveIds: figures.exclusive,
		overlaps: figures.partners,
		operatorNames: operatorNames(operators),
		operatorFullNames: Object.fromEntries(operators.map((candidate) => [candidate.id, candidate.name]))
	};
}
