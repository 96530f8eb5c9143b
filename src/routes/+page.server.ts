import { operatorNames } from '$lib/operators';
import { countMatrix, groupByTheme } from '$lib/matrix/model';
import { toSearchEntries } from '$lib/search';
import { getDataset } from '$lib/server/data/load';

// The client gets what the search needs (labels, keywords, programmes, one-line offers), not the sources.
export function load() {
	const dataset = getDataset();
	return {
		counts: countMatrix(dataset.topics),
		entries: toSearchEntries(dataset),
		operatorNames: operatorNames(dataset.operators),
		// Named when the « petite commune » filter marks an offer reserved to a programme.
		programmes: dataset.programmes,
		themes: groupByTheme(dataset.themes, dataset.topics).map(({ theme, topics }) => ({
			id: theme.id,
			label: theme.label,
			topics: topics.map((topic) => ({ id: topic.id, label: topic.label }))
		}))
	};
}
