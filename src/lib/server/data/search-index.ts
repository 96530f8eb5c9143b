// The home page's search index, built at prerender time and served as /donnees/recherche.json. Server only.
import { operatorRank } from '$lib/operators';
import { byRole } from '$lib/matrix/vocabulary';
import { toSearchEntries } from '$lib/search';
import type { HomeSearchIndex } from '$lib/search/home-index';
import { frenchTypography } from '$lib/format/french';
import { getDataset } from './load';

/** What the search needs (labels, keywords, programmes, one-line offers), not the sources. */
export function homeSearchIndex(): HomeSearchIndex {
	const dataset = getDataset();
	return {
		// Typeset for display; the search folds no-break spaces like spaces, so matching is unchanged.
		entries: toSearchEntries(dataset).map((entry) => ({
			...entry,
			label: frenchTypography(entry.label),
			offers: Object.fromEntries(Object.entries(entry.offers).map(([id, offer]) => [id, frenchTypography(offer ?? '')]))
		})),
		// Each topic's first operator by role is a pilot, or the first to ask when no one pilots.
		leadRoles: Object.fromEntries(
			dataset.topics.map((topic) => [topic.id, byRole(topic.operators, operatorRank)[0]?.role ?? 'partenaire'])
		)
	};
}
