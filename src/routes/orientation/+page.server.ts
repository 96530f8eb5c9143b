import { toSearchEntries } from '$lib/search';
import { getDataset } from '$lib/server/data/load';

// The note prints offers, programmes, sources and entry points: unlike the home page it needs full links.
export function load() {
	const dataset = getDataset();
	return {
		entries: toSearchEntries(dataset),
		operators: dataset.operators,
		topics: dataset.topics.map(({ id, label, operators }) => ({ id, label, operators }))
	};
}
