import { operatorNames } from '$lib/operators';
import { error } from '@sveltejs/kit';
import { findTopic, relatedTopics, topicOperatorIds } from '$lib/matrix/model';
import { getDataset } from '$lib/server/data/load';
import type { Topic } from '$lib/types';

export function entries() {
	return getDataset().topics.map((topic) => ({ id: topic.id }));
}

const summary = (topic: Topic) => ({ id: topic.id, label: topic.label, operatorIds: topicOperatorIds(topic) });

export function load({ params }) {
	const dataset = getDataset();
	const topic = findTopic(dataset, params.id);
	if (!topic) error(404, 'Sujet introuvable');
	const theme = dataset.themes.find((candidate) => candidate.id === topic.themeId);
	if (!theme) error(500, `Thème « ${topic.themeId} » introuvable`);
	const related = relatedTopics(dataset.topics, topic);
	return {
		topic,
		theme: { id: theme.id, label: theme.label },
		// In the topic's own operator order, so the sections follow the data.
		operators: topic.operators.map((link) => dataset.operators.find((operator) => operator.id === link.operatorId)!),
		operatorNames: operatorNames(dataset.operators),
		related: { sameTheme: related.sameTheme.map(summary), sameOperators: related.sameOperators.map(summary) }
	};
}
