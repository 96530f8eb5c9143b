// Search: the lean entries the browser receives, one per topic. Browser-safe.
import { firstSentence } from '../format/text';
import type { Dataset } from '../types';
import type { SearchEntry } from './types';

/** What the search needs of each topic, and nothing more: no full offers, no sources. */
export function toSearchEntries(dataset: Dataset): SearchEntry[] {
	const themeLabels = new Map(dataset.themes.map((theme) => [theme.id, theme.label]));
	return dataset.topics.map((topic) => ({
		id: topic.id,
		label: topic.label,
		themeLabel: themeLabels.get(topic.themeId) ?? '',
		keywords: topic.keywords,
		programmes: [...new Set(topic.operators.flatMap((link) => link.programmes))],
		operators: topic.operators.map((link) => link.operatorId),
		offers: Object.fromEntries(topic.operators.map((link) => [link.operatorId, firstSentence(link.offer)]))
	}));
}
