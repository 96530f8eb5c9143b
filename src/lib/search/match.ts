// Search: exact and prefix look-ups, then fuse.js proposes near words, Damerau–Levenshtein judges typos. Browser-safe.
import damerauLevenshtein from 'damerau-levenshtein';
import Fuse from 'fuse.js/basic';
import { trigrams } from './normalise';
import type { SearchIndex } from './types';

/** Under this length a word is matched exactly or as a prefix, never fuzzily: « pont » is not « port ». */
export const FUZZY_MIN_LENGTH = 5;
/** From this length a word may carry two typos (« innondation »); from five letters, one (« frishe », « resau »). */
export const TWO_TYPOS_MIN_LENGTH = 8;
/** Up to this length a word is an acronym or a stub: exact words only (« eau » must not match « réseau »). */
export const EXACT_ONLY_MAX_LENGTH = 3;
/** A finished word reaches its inflections (« pollué » → « polluée ») as itself: up to this many more letters. */
export const INFLECTION_LETTERS = 1;
/** A finished word that only begins a longer one (« copro » in « copropriété ») counts for a little less… */
export const PARTIAL_WORD_FACTOR = 0.85;
/** …and only from this length: « fond » does not begin « fondée » in any useful sense. */
export const PARTIAL_WORD_MIN_LENGTH = 5;
/** A word being typed may be a misspelt beginning from this length (« chaufa » → « chauffage », not « lorem » → « logement »). */
export const MISSPELT_PREFIX_MIN_LENGTH = 6;
/** A short prefix still being typed (« fri ») reaches whole words at this quality. */
export const PREFIX_QUALITY = 0.7;
/** Typos seldom hit a word's first letters: a typo match sharing none of the first three keeps half its quality. */
export const SHARED_PREFIX_LENGTH = 3;
export const NO_SHARED_PREFIX_FACTOR = 0.5;
/** Weaker word matches are noise, dropped before scoring. */
export const MIN_WORD_QUALITY = 0.55;
/** Share of a query word's trigrams a vocabulary word must hold to be compared at all. */
export const MIN_SHARED_TRIGRAMS = 0.25;
/**
 * Bitap edits Fuse may spend per allowed typo. Bitap counts a swap of two letters as two edits: with one
 * edit per typo it lost 11 % of the words Damerau–Levenshtein accepts (« actoin », « borug »), with one
 * edit per typo plus one 1.5 % (two swaps: « anmiatoin »), with two per typo none (5 469 generated typos
 * of the real and synthetic vocabularies, 2026-12-02).
 */
export const FUSE_EDITS_PER_TYPO = 2;

/**
 * How well one query word matches vocabulary words, from 0 to 1. `fuzzy` says the word is not in the
 * vocabulary and was matched to words within its typo allowance: such matches rank below exact ones.
 */
export interface WordMatches {
	qualities: Map<number, number>;
	fuzzy: boolean;
}

/** Typos a word may carry: none under five letters, one up to seven, two beyond. */
export function allowedTypos(word: string): number {
	if (word.length < FUZZY_MIN_LENGTH) return 0;
	return word.length >= TWO_TYPOS_MIN_LENGTH ? 2 : 1;
}

function sharedPrefix(a: string, b: string): number {
	const length = Math.min(a.length, b.length);
	let shared = 0;
	while (shared < length && a[shared] === b[shared]) shared += 1;
	return shared;
}

/**
 * The quality of `term` as a misspelling of `word`, 0 beyond the word's allowance: the rule that accepts
 * or rejects what Fuse proposes. Typos count on whole words, a swap of two letters as one
 * (Damerau–Levenshtein): Fuse's bitap finds a word anywhere inside another, so on its own it matched
 * « lorem » inside « logement » and « president » to « prevention ». A word still being typed may be a
 * misspelt prefix.
 */
export function typoQuality(word: string, term: string, isTyping: boolean): number {
	const allowed = allowedTypos(word);
	if (allowed === 0 || Math.abs(term.length - word.length) > allowed + (isTyping ? term.length : 0)) return 0;
	let typos = damerauLevenshtein(word, term).steps;
	let factor = 1;
	if (typos > allowed && isTyping && word.length >= MISSPELT_PREFIX_MIN_LENGTH && term.length > word.length) {
		// A misspelt beginning is a weaker clue than a misspelt word: one typo only (« chaufa » → « chauffage »).
		typos = damerauLevenshtein(word, term.slice(0, word.length)).steps;
		if (typos > 1) return 0;
		factor = PARTIAL_WORD_FACTOR;
	}
	if (typos === 0 || typos > allowed) return 0;
	// « inondée » is closer to « inondation » than to « fondée »: typos rarely hit the first letters.
	const shared = Math.min(sharedPrefix(word, term), SHARED_PREFIX_LENGTH) / SHARED_PREFIX_LENGTH;
	const quality =
		(1 - typos / word.length) * (NO_SHARED_PREFIX_FACTOR + (1 - NO_SHARED_PREFIX_FACTOR) * shared) * factor;
	return quality >= MIN_WORD_QUALITY ? quality : 0;
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
 * The candidate words Fuse finds `word` in, within twice the word's typo allowance (see FUSE_EDITS_PER_TYPO):
 * one instance over the candidates only, as Fuse scans every word it holds.
 */
function fuseProposals(index: SearchIndex, word: string, candidates: number[]): number[] {
	if (candidates.length === 0) return [];
	const fuse = new Fuse(
		candidates.map((id) => index.vocabulary[id]),
		{
			// Bitap scores errors / length: this lets exactly FUSE_EDITS_PER_TYPO × allowed edits through.
			threshold: (FUSE_EDITS_PER_TYPO * allowedTypos(word) + 0.5) / word.length,
			ignoreLocation: true,
			ignoreFieldNorm: true,
			shouldSort: false
		}
	);
	return fuse.search(word).map((result) => candidates[result.refIndex]);
}

/** The quality of a vocabulary word that begins with `word`, 0 when it does not count. */
function prefixQuality(word: string, term: string, isTyping: boolean): number {
	const extra = term.length - word.length;
	if (word.length <= EXACT_ONLY_MAX_LENGTH) return isTyping ? PREFIX_QUALITY : 0;
	if (extra <= INFLECTION_LETTERS) return 1;
	return isTyping || word.length >= PARTIAL_WORD_MIN_LENGTH ? PARTIAL_WORD_FACTOR : 0;
}

/**
 * Vocabulary words a query word matches, with their quality. `isTyping` is set for the last word of a query
 * that does not end with a space or a punctuation mark. `exhaustive` compares with every word instead of
 * the trigram candidates: the reference the narrowing is tested against.
 */
export function matchWord(index: SearchIndex, word: string, isTyping: boolean, exhaustive = false): WordMatches {
	let cache = caches.get(index);
	if (!cache || cache.size > MAX_CACHED_WORDS) {
		cache = new Map();
		caches.set(index, cache);
	}
	const key = `${isTyping ? '>' : '='}${exhaustive ? '*' : ''}${word}`;
	let matches = cache.get(key);
	if (!matches) {
		matches = computeMatches(index, word, isTyping, exhaustive);
		cache.set(key, matches);
	}
	return matches;
}

// Typing « reseau de chaleur » asks for « reseau » a dozen times: remember each word's matches per index.
const MAX_CACHED_WORDS = 2000;
const caches = new WeakMap<SearchIndex, Map<string, WordMatches>>();

function computeMatches(index: SearchIndex, word: string, isTyping: boolean, exhaustive: boolean): WordMatches {
	const qualities = new Map<number, number>();
	const exact = index.termIds.get(word);
	if (exact !== undefined) qualities.set(exact, 1);
	for (const id of prefixRange(index, word)) {
		const quality = id === exact ? 0 : prefixQuality(word, index.vocabulary[id], isTyping);
		if (quality > 0) qualities.set(id, quality);
	}
	// A word the data knows is taken as typed: its near neighbours are other words (« ecole » is not « ecologie »).
	if (qualities.size > 0 || allowedTypos(word) === 0) return { qualities, fuzzy: false };
	const candidates = exhaustive ? index.vocabulary.map((_, id) => id) : candidateTerms(index, word);
	for (const id of fuseProposals(index, word, candidates)) {
		const quality = typoQuality(word, index.vocabulary[id], isTyping);
		if (quality > 0) qualities.set(id, quality);
	}
	return { qualities, fuzzy: true };
}
