import { operatorNames, operatorRank } from '$lib/operators';
import { countMatrix, groupByTheme } from '$lib/matrix/model';
import { byRole } from '$lib/matrix/vocabulary';
import { toSearchEntries } from '$lib/search';
import { frenchTypography } from '$lib/format/french';
import { getDataset } from '$lib/server/data/load';
import { reservedConditions } from '$lib/communes/conditions';

// The client gets what the search needs (labels, keywords, programmes, one-line offers), not the sources.
export function load() {
	const dataset = getDataset();
	return {
		counts: countMatrix(dataset.topics),
		// Typeset for display; the search folds no-break spaces like spaces, so matching is unchanged.
		entries: toSearchEntries(dataset).map((entry) => ({
			...entry,
			label: frenchTypography(entry.label),
			offers: Object.fromEntries(Object.entries(entry.offers).map(([id, offer]) => [id, frenchTypography(offer ?? '')]))
		})),
		// Each topic's first operator by role is a pilot, or the first to ask when no one pilots.
		leadRoles: Object.fromEntries(
			dataset.topics.map((topic) => [topic.id, byRole(topic.operators, operatorRank)[0]?.role ?? 'partenaire'])
		),
		operatorNames: operatorNames(dataset.operators),
		// With a commune chosen, results mark each offer open or not: the conditions of reserved offers only.
		programmes: dataset.programmes,
		conditions: reservedConditions(dataset.topics),
		themes: groupByTheme(dataset.themes, dataset.topics).map(({ theme, topics }) => ({
			id: theme.id,
			label: theme.label,
			topics: topics.map((topic) => ({ id: topic.id, label: frenchTypography(topic.label) }))
		}))
	};
}
