// Search: candidate words, then fuse.js fuzzy matching on those words only. Browser-safe.
import Fuse from 'fuse.js/basic';
import { trigrams } from './normalise';
import type { SearchIndex } from './types';

/** Fuse's threshold for words of six letters or more: two typos in « innondation », one in « frishe ». */
export const FUZZY_THRESHOLD = 0.4;
/** Five-letter words allow one typo (« resau »); four-letter ones none (« pont » is not « poste »). */
export const SHORT_WORD_THRESHOLD = 0.2;
export const FUZZY_MIN_LENGTH = 5;
/** Up to this length a word is an acronym or a stub: exact words only (« eau » must not match « réseau »). */
export const EXACT_ONLY_MAX_LENGTH = 3;
/** A word found inside another (« port » in « transport ») counts for less than at its start. */
export const MID_WORD_FACTOR = 0.5;
/** A word that only begins a longer one (« copro » in « copropriété ») counts for a little less. */
export const PARTIAL_WORD_FACTOR = 0.85;
/** A short prefix still being typed (« fri ») reaches whole words at this quality. */
export const PREFIX_QUALITY = 0.7;
/** Typos seldom hit a word's first letters: a fuzzy match sharing none of the first three keeps half its quality. */
export const SHARED_PREFIX_LENGTH = 3;
export const NO_SHARED_PREFIX_FACTOR = 0.5;
/** Weaker word matches are noise (« recharge » ~ « réparer »), dropped before scoring. */
export const MIN_WORD_QUALITY = 0.55;
/** Share of a query word's trigrams a vocabulary word must hold to be compared at all. */
export const MIN_SHARED_TRIGRAMS = 0.25;

/** How well one query word matches each vocabulary word it matches at all, from 0 to 1. */
export type WordMatches = Map<number, number>;

function thresholdFor(word: string): number {
	if (word.length >= 6) return FUZZY_THRESHOLD;
	return word.length >= FUZZY_MIN_LENGTH ? SHORT_WORD_THRESHOLD : 0;
}

/** Turns Fuse's error score for `word` found in `term` into a quality, 0 when it is noise. */
export function wordQuality(word: string, term: string, fuseScore: number, matchStart: number): number {
	if (word === term) return 1;
	// Fuse's score counts errors only; « inondée » is closer to « inondation » than to « fondée ».
	const shared = Math.min(sharedPrefix(word, term), SHARED_PREFIX_LENGTH) / SHARED_PREFIX_LENGTH;
	let quality = (1 - fuseScore) * (NO_SHARED_PREFIX_FACTOR + (1 - NO_SHARED_PREFIX_FACTOR) * shared);
	if (matchStart > 1) quality *= MID_WORD_FACTOR;
	if (term.length > word.length + 2) quality *= PARTIAL_WORD_FACTOR;
	return quality >= MIN_WORD_QUALITY ? quality : 0;
}

/** Fuse ranks the candidate words only: one instance over them, one searcher for the query word. */
function fuzzyMatches(index: SearchIndex, word: string, candidates: number[], matches: WordMatches): void {
	const fuse = new Fuse(
		candidates.map((id) => index.vocabulary[id]),
		{
			threshold: thresholdFor(word),
			ignoreLocation: true,
			ignoreFieldNorm: true,
			includeScore: true,
			includeMatches: true,
			shouldSort: false
		}
	);
	for (const result of fuse.search(word)) {
		const id = candidates[result.refIndex];
		const start = result.matches?.[0]?.indices[0]?.[0] ?? 0;
		const quality = wordQuality(word, result.item, result.score ?? 1, start);
		if (quality > 0) matches.set(id, quality);
	}
}

function sharedPrefix(a: string, b: string): number {
	const length = Math.min(a.length, b.length);
	let shared = 0;
	while (shared < length && a[shared] === b[shared]) shared += 1;
	return shared;
}

function prefixRange(index: SearchIndex, prefix: string): number[] {
	const { sortedTermIds, vocabulary } = index;
	let low = 0;
	let high = sortedTermIds.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (vocabulary[sortedTermIds[middle]] < prefix) low = middle + 1;
		else high = middle;
	}
	const ids: number[] = [];
	for (let i = low; i < sortedTermIds.length && vocabulary[sortedTermIds[i]].startsWith(prefix); i += 1) {
		ids.push(sortedTermIds[i]);
	}
	return ids;
}

/** Vocabulary words sharing enough trigrams with `word`: the only ones Fuse is asked about. */
function candidateTerms(index: SearchIndex, word: string): number[] {
	const grams = trigrams(word);
	const shared = new Map<number, number>();
	for (const gram of grams) {
		for (const id of index.trigramTerms.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
	}
	const needed = Math.max(1, Math.floor(grams.length * MIN_SHARED_TRIGRAMS));
	return [...shared].filter(([, count]) => count >= needed).map(([id]) => id);
}

/**
 * Vocabulary words a query word matches, with their quality. `exhaustive` compares with every word
 * instead of the trigram candidates: the reference the narrowing is tested against.
 */
export function matchWord(index: SearchIndex, word: string, allowPrefix: boolean, exhaustive = false): WordMatches {
	let cache = caches.get(index);
	if (!cache || cache.size > MAX_CACHED_WORDS) {
		cache = new Map();
		caches.set(index, cache);
	}
	const key = `${allowPrefix ? '>' : '='}${exhaustive ? '*' : ''}${word}`;
	let matches = cache.get(key);
	if (!matches) {
		matches = computeMatches(index, word, allowPrefix, exhaustive);
		cache.set(key, matches);
	}
	return matches;
}

// Typing « reseau de chaleur » asks for « reseau » a dozen times: remember each word's matches per index.
const MAX_CACHED_WORDS = 2000;
const caches = new WeakMap<SearchIndex, Map<string, WordMatches>>();

function computeMatches(index: SearchIndex, word: string, allowPrefix: boolean, exhaustive: boolean): WordMatches {
	const matches: WordMatches = new Map();
	if (word.length <= EXACT_ONLY_MAX_LENGTH) {
		const exact = index.termIds.get(word);
		if (exact !== undefined) matches.set(exact, 1);
		if (allowPrefix) {
			for (const id of prefixRange(index, word)) if (id !== exact) matches.set(id, PREFIX_QUALITY);
		}
		return matches;
	}
	const candidates = exhaustive ? index.vocabulary.map((_, id) => id) : candidateTerms(index, word);
	if (candidates.length > 0) fuzzyMatches(index, word, candidates, matches);
	return matches;
}
