import { operatorNames } from '$lib/operators';
import { countMatrix, groupByTheme } from '$lib/matrix/model';
import { toSearchEntries } from '$lib/search';
import { getDataset } from '$lib/server/data/load';
import { reservedConditions } from '$lib/communes/conditions';

// The client gets what the search needs (labels, keywords, programmes, one-line offers), not the sources.
export function load() {
	const dataset = getDataset();
	return {
		counts: countMatrix(dataset.topics),
		entries: toSearchEntries(dataset),
		operatorNames: operatorNames(dataset.operators),
		// With a commune chosen, results mark each offer open or not: the conditions of reserved offers only.
		programmes: dataset.programmes,
		conditions: reservedConditions(dataset.topics),
		themes: groupByTheme(dataset.themes, dataset.topics).map(({ theme, topics }) => ({
			id: theme.id,
			label: theme.label,
			topics: topics.map((topic) => ({ id: topic.id, label: topic.label }))
		}))
	};
}
