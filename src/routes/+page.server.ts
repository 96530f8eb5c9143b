import { operatorNames } from '$lib/operators';
import { countMatrix, groupByTheme } from '$lib/matrix/model';
import { frenchTypography } from '$lib/format/french';
import { getDataset } from '$lib/server/data/load';
import { reservedConditions } from '$lib/communes/conditions';

// The page carries what its first screen shows; the search index comes with the engine, on the first query
// (/donnees/recherche.json).
export function load() {
	const dataset = getDataset();
	return {
		counts: countMatrix(dataset.topics),
		operatorNames: operatorNames(dataset.operators),
		// With a commune chosen, results mark each offer open or not (the conditions of reserved offers only); the
		// « petite commune » filter names the programme a reserved offer is for.
		programmes: dataset.programmes,
		conditions: reservedConditions(dataset.topics),
		themes: groupByTheme(dataset.themes, dataset.topics).map(({ theme, topics }) => ({
			id: theme.id,
			label: theme.label,
			topics: topics.map((topic) => ({ id: topic.id, label: frenchTypography(topic.label) }))
		}))
	};
}
