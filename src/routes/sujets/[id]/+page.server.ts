import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/load-data';

export function entries() {
	return getDataset().topics.map((topic) => ({ id: topic.id }));
}

export function load({ params }) {
	const dataset = getDataset();
	const topic = dataset.topics.find((candidate) => candidate.id === params.id);
	if (!topic) error(404, 'Sujet introuvable');
	return { topic };
}
