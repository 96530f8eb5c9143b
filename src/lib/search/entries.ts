import type { Dataset } from '../types';
import type { SearchEntry } from './types';

// A sentence ends at . ! ? or … followed by a space and a capital or a quote (« 40 000 €. Le… »).
const SENTENCE_END = /[.!?…](?=\s+[«"\p{Lu}])/u;

/** The first sentence of an offer: the one line a result shows per operator. */
export function firstSentence(text: string): string {
	const trimmed = text.trim();
	const end = trimmed.search(SENTENCE_END);
	return end === -1 ? trimmed : trimmed.slice(0, end + 1);
}

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
