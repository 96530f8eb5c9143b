// Search: the lean entries the browser receives, one per topic. Browser-safe.
import { firstSentence } from '../format/text';
import { byRole } from '../matrix/vocabulary';
import { operatorRank } from '../operators';
import type { Dataset } from '../types';
import type { SearchEntry } from './types';

/** What the search needs of each topic, and nothing more: no full offers, no sources. */
export function toSearchEntries(dataset: Dataset): SearchEntry[] {
	const themeLabels = new Map(dataset.themes.map((theme) => [theme.id, theme.label]));
	return dataset.topics.map((topic) => {
		// The pilot first: results list operators in the order a reader should contact them.
		const links = byRole(topic.operators, operatorRank);
		return {
			id: topic.id,
			label: topic.label,
			themeLabel: themeLabels.get(topic.themeId) ?? '',
			keywords: topic.keywords,
			programmes: [...new Set(topic.operators.flatMap((link) => link.programmes))],
			operators: links.map((link) => link.operatorId),
			offers: Object.fromEntries(links.map((link) => [link.operatorId, firstSentence(link.offer)]))
		};
	});
}
