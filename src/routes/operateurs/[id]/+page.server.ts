import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/load-data';

export function entries() {
	return getDataset().operators.map((operator) => ({ id: operator.id }));
}

export function load({ params }) {
	const dataset = getDataset();
	const operator = dataset.operators.find((candidate) => candidate.id === params.id);
	if (!operator) error(404, 'Opérateur introuvable');
	return { operator };
}
