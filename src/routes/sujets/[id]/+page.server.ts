import { eligibilityText } from '$lib/matrix/eligibility';
import { frenchTypography } from '$lib/format/french';
import { typesetOperator } from '$lib/format/typeset';
import { sourceKind } from '$lib/matrix/sources';
import { byRole } from '$lib/matrix/vocabulary';
import { operatorNames, operatorRank } from '$lib/operators';
import { error } from '@sveltejs/kit';
import { findTopic, relatedTopics, topicOperatorIds } from '$lib/matrix/model';
import { getDataset } from '$lib/server/data/load';
import { getTerritoires } from '$lib/server/territoires/load';
import type { Topic } from '$lib/types';

export function entries() {
	return getDataset().topics.map((topic) => ({ id: topic.id }));
}

const summary = (topic: Topic) => ({
	id: topic.id,
	label: frenchTypography(topic.label),
	operatorIds: topicOperatorIds(topic)
});

export function load({ params }) {
	const dataset = getDataset();
	const topic = findTopic(dataset, params.id);
	if (!topic) error(404, 'Sujet introuvable');
	const theme = dataset.themes.find((candidate) => candidate.id === topic.themeId);
	if (!theme) error(500, `Thème « ${topic.themeId} » introuvable`);
	const related = relatedTopics(dataset.topics, topic);
	// The pilot first, then by the breadth of the offer: the order a reader should knock on doors.
	const links = byRole(topic.operators, operatorRank).map((link) => ({
		...link,
		offer: frenchTypography(link.offer),
		programmes: link.programmes.map(frenchTypography),
		eligibility: frenchTypography(eligibilityText(link.eligibleIf, dataset.programmes)),
		sources: link.sources.map((source) => ({ ...source, kind: sourceKind(source.url, dataset.sourceHosts) }))
	}));
	return {
		topic: { ...topic, label: frenchTypography(topic.label), description: frenchTypography(topic.description) },
		// The request a note starts from is the label as written in the data, so the address stays plain.
		orientationHref: `/orientation?q=${encodeURIComponent(topic.label)}`,
		links,
		theme: { id: theme.id, label: theme.label },
		operators: links.map((link) =>
			typesetOperator(dataset.operators.find((operator) => operator.id === link.operatorId)!)
		),
		sourceKindLabels: Object.fromEntries(dataset.sourceHosts.kinds.map((kind) => [kind.id, kind.label])),
		operatorNames: operatorNames(dataset.operators),
		programmes: dataset.programmes,
		// « Contacter » without a commune: each operator's national contact page; with one, its local door.
		contacts: Object.fromEntries(getTerritoires().doors.operators.map((door) => [door.operatorId, door.national])),
		related: { sameTheme: related.sameTheme.map(summary), sameOperators: related.sameOperators.map(summary) }
	};
}
