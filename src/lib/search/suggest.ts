// Search: « vouliez-vous dire » suggestions from the topics' keywords and programmes. Browser-safe.
import { terms, trigrams } from './normalise';
import { isStopWord } from './stopwords';
import type { SearchIndex } from './types';

/**
 * How much a keyword must look like the query to be suggested: the Dice coefficient of trigrams, averaged
 * both ways (each query word's closest keyword word, each keyword word's closest query word). « chaufage
 * urbian » → « chauffage urbain » scores about 0.6; « eglise » → « falaise » 0.3 and « xkcd » → « OPAH-CD » 0.2.
 */
export const SUGGESTION_MIN_SIMILARITY = 0.5;
/** Query words shorter than this are not compared: « ru » looks like nothing in particular. */
const MIN_WORD_LENGTH = 3;
const MAX_WORDS = 10;

/** A word's trigrams, as a list to walk and a set to look up. */
interface Grams {
	list: string[];
	set: Set<string>;
}

interface Candidate {
	text: string;
	words: Grams[];
}

function gramsOf(word: string): Grams {
	const list = trigrams(word);
	return { list, set: new Set(list) };
}

function similarity(a: Grams, b: Grams): number {
	let shared = 0;
	for (const gram of a.list) if (b.set.has(gram)) shared += 1;
	return (2 * shared) / (a.list.length + b.set.size);
}

const meaningful = (text: string) => terms(text).filter((word) => !isStopWord(word));

// The keywords and programmes of all topics, each once, with their words' trigrams: built once per index.
const candidatesOf = new WeakMap<SearchIndex, Candidate[]>();

function candidates(index: SearchIndex): Candidate[] {
	let list = candidatesOf.get(index);
	if (!list) {
		const seen = new Set<string>();
		list = [];
		for (const field of index.fields.flat()) {
			if (field.kind !== 'keywords' && field.kind !== 'programmes') continue;
			const words = meaningful(field.value);
			const key = words.join(' ');
			if (words.length === 0 || seen.has(key)) continue;
			seen.add(key);
			list.push({ text: field.value, words: words.map(gramsOf) });
		}
		candidatesOf.set(index, list);
	}
	return list;
}

/**
 * When nothing matched: keywords and programmes of the topics that look like the query, as the data
 * writes them (« réseau de chaleur »), so each can be offered as a new search. None when nothing is close.
 */
export function suggestTerms(index: SearchIndex, query: string, count = 5): string[] {
	const words = meaningful(query.slice(0, 500))
		.filter((word) => word.length >= MIN_WORD_LENGTH)
		.slice(0, MAX_WORDS);
	if (words.length === 0) return [];
	const typed = words.map(gramsOf);
	const scored: { text: string; score: number }[] = [];
	for (const candidate of candidates(index)) {
		const forward = typed.map((word) => Math.max(...candidate.words.map((other) => similarity(word, other))));
		const backward = candidate.words.map((word) => Math.max(...typed.map((other) => similarity(word, other))));
		const score = (mean(forward) + mean(backward)) / 2;
		if (score >= SUGGESTION_MIN_SIMILARITY) scored.push({ text: candidate.text, score });
	}
	return scored
		.sort((a, b) => b.score - a.score || a.text.length - b.text.length)
		.slice(0, count)
		.map(({ text }) => text);
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
