// Search: « vouliez-vous dire » suggestions from the index vocabulary. Browser-safe.
import { terms, trigrams } from './normalise';
import { isStopWord } from './stopwords';
import type { SearchIndex } from './types';

/** A vocabulary word this close to a query word (Dice coefficient of trigrams) is worth suggesting. */
export const SUGGESTION_MIN_SIMILARITY = 0.3;

function similarity(a: string[], b: Set<string>): number {
	const shared = a.filter((gram) => b.has(gram)).length;
	return (2 * shared) / (a.length + b.size);
}

/**
 * When nothing matched: labels, keywords and programmes whose words look like the query's, as the
 * data writes them (« réseau de chaleur »), so each can be offered as a new search.
 */
export function suggestTerms(index: SearchIndex, query: string, count = 5): string[] {
	const words = terms(query.slice(0, 500))
		.filter((word) => !isStopWord(word) && word.length >= 3)
		.slice(0, 10);
	if (words.length === 0) return [];
	const queryGrams = words.map((word) => trigrams(word));
	const best = new Map<string, number>();
	index.fields.forEach((fields) => {
		for (const field of fields) {
			if (field.kind === 'operators' || field.kind === 'themeLabel') continue;
			for (const token of field.tokens) {
				const termGrams = new Set(trigrams(index.vocabulary[token.termId]));
				const score = Math.max(...queryGrams.map((grams) => similarity(grams, termGrams)));
				const key = field.value;
				if (score >= SUGGESTION_MIN_SIMILARITY && score > (best.get(key) ?? 0)) best.set(key, score);
			}
		}
	});
	const seen = new Set<string>();
	return [...best]
		.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)
		.map(([text]) => text)
		.filter((text) => {
			const key = terms(text).join(' ');
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.slice(0, count);
}
