// Search: ranks topics for a query with named field weights. Browser-safe.
import { isOpenTo, type CommuneProfile } from '../matrix/eligibility';
import { terms } from './normalise';
import { matchWord, type WordMatches } from './match';
import { parseQuery, type QueryGroup } from './query';
import { isStopWord } from './stopwords';
import {
	FIELD_KINDS,
	type FieldKind,
	type SearchEntry,
	type SearchHit,
	type SearchIndex,
	type SearchMatch
} from './types';

/** Ranking weights: a word in the label counts most, then keywords, programmes, operator, and the theme last. */
export const FIELD_WEIGHTS: Record<FieldKind, number> = {
	label: 3,
	keywords: 2,
	programmes: 1.5,
	themeLabel: 0.5,
	operators: 1
};
/** A synonym or acronym expansion counts for a little less than the word typed. */
export const SYNONYM_FACTOR = 0.8;
/** Typing a topic's exact label (the topic pages link to /orientation?q=<label>) puts it first. */
export const EXACT_LABEL_BONUS = 0.5;
/** Results weaker than this share of the best one are noise from a long request. */
export const MIN_RELATIVE_SCORE = 0.2;
/**
 * With a commune chosen, a topic whose offers are all reserved to others (Action cœur de ville for a village)
 * counts for this share of its score: it stays listed, below the close matches the commune can ask for.
 */
export const RESERVED_FOR_OTHERS_FACTOR = 0.5;
/** Words matched at least this well are highlighted. */
export const HIGHLIGHT_MIN_QUALITY = 0.5;
export const DEFAULT_LIMIT = 10;
/**
 * Minimum relevance. A short query is all keywords: at least half its words must be known to the data
 * (« météo demain » is not about Petites villes de demain). A pasted request is prose, full of verbs the
 * data never uses: a smaller share will do. Words made of digits (« 2 000 habitants ») count only if known.
 */
export const SHORT_QUERY_MAX_TERMS = 3;
export const MIN_KNOWN_SHARE = 0.5;
export const MIN_KNOWN_SHARE_PROSE = 0.3;
const DIGITS = /^\d+$/;
/** Floor of a term's frequency, so one weak match does not make a term look extremely rare. */
const MIN_FREQUENCY = 0.5;

export interface SearchOptions {
	/** Compare query words with the whole vocabulary instead of trigram candidates (tests only). */
	exhaustive?: boolean;
	/** Rank topics with an offer this commune can get above topics whose offers are all reserved to others. */
	preferOpenTo?: CommuneProfile;
}

const FIELD_COUNT = FIELD_KINDS.length;
const WEIGHTS = FIELD_KINDS.map((kind) => FIELD_WEIGHTS[kind]);

/** A word's weighted score per entry, its matched words, and whether it came from a typo correction. */
interface WordScores {
	scores: Map<number, number>;
	matches: WordMatches;
}

/** A term's contribution to an entry: its value, and whether an exact word (or synonym) reached it. */
interface GroupScore {
	value: number;
	exact: boolean;
}

/** Best weighted quality of one word per entry, over its fields, from the postings. */
function scoreWord(index: SearchIndex, matches: WordMatches): WordScores {
	const scores = new Map<number, number>();
	for (const [termId, quality] of matches.qualities) {
		for (const posting of index.postings[termId]) {
			const entry = Math.floor(posting / FIELD_COUNT);
			const value = WEIGHTS[posting % FIELD_COUNT] * quality;
			if (value > (scores.get(entry) ?? 0)) scores.set(entry, value);
		}
	}
	return { scores, matches };
}

/**
 * A phrase's score on an entry: the best field holding all its words, weighted, at the mean quality of
 * the words. « maison de santé » is found in « maison de santé », not across « carnet de santé » and a
 * theme that says « santé ».
 */
function scorePhrase(index: SearchIndex, entry: number, words: readonly WordScores[]): number {
	let best = 0;
	for (const field of index.fields[entry]) {
		let sum = 0;
		for (const word of words) {
			let quality = 0;
			for (const token of field.tokens) quality = Math.max(quality, word.matches.qualities.get(token.termId) ?? 0);
			sum = quality > 0 ? sum + quality : Number.NEGATIVE_INFINITY;
		}
		best = Math.max(best, (FIELD_WEIGHTS[field.kind] * sum) / words.length);
	}
	return best;
}

/** A group's score per entry: its best alternative, a phrase counting only where all its words stand together. */
function scoreGroup(index: SearchIndex, group: QueryGroup, wordScores: (word: string, isLast: boolean) => WordScores) {
	const scores = new Map<number, GroupScore>();
	group.alternatives.forEach((words, alternative) => {
		const factor = alternative === 0 ? 1 : SYNONYM_FACTOR;
		const perWord = words.map((word, position) =>
			wordScores(word, group.isLast && alternative === 0 && position === words.length - 1)
		);
		const exact = perWord.every((word) => !word.matches.fuzzy);
		for (const [entry, first] of perWord[0].scores) {
			const together = perWord.length === 1 ? first : scorePhrase(index, entry, perWord);
			if (together === 0) continue;
			const value = factor * together;
			const current = scores.get(entry);
			if (!current || value > current.value) scores.set(entry, { value, exact: exact || !!current?.exact });
			else if (exact) current.exact = true;
		}
	});
	return scores;
}

/**
 * Ranks topics for a typed word or a pasted request. Each meaningful term is scored on its own
 * (exact and prefix matches, or Fuse's fuzzy matcher for a word the data does not know), weighted by
 * its rarity, and the terms are summed: a topic matching « usine » and « logements » beats one matching
 * « logements » only. A topic reached only through typo corrections never ranks above one reached by an
 * exact word. Never throws.
 */
export function searchTopics(
	index: SearchIndex,
	query: string,
	limit = DEFAULT_LIMIT,
	options: SearchOptions = {}
): SearchHit[] {
	try {
		return rank(index, query, limit, options);
	} catch {
		return [];
	}
}

/** Whether some offer of the topic is open to the commune. */
function openTo(entry: SearchEntry, commune: CommuneProfile): boolean {
	return entry.operators.some((operatorId) => isOpenTo(entry.reserved[operatorId] ?? [], commune));
}

function rank(index: SearchIndex, query: string, limit: number, options: SearchOptions): SearchHit[] {
	const groups = parseQuery(query);
	if (groups.length === 0 || index.entries.length === 0) return [];

	const wordMatches = new Map<string, WordMatches>();
	const wordScoreCache = new Map<string, WordScores>();
	const wordScores = (word: string, isLast: boolean) => {
		const key = `${isLast ? '>' : '='}${word}`;
		let scores = wordScoreCache.get(key);
		if (!scores) {
			const matches = matchWord(index, word, isLast, options.exhaustive);
			wordMatches.set(key, matches);
			scores = scoreWord(index, matches);
			wordScoreCache.set(key, scores);
		}
		return scores;
	};

	const total = new Map<number, number>();
	const exact = new Set<number>();
	let maxPossible = 0;
	let known = 0;
	let counted = 0;
	for (const group of groups) {
		const scores = scoreGroup(index, group, wordScores);
		if (scores.size > 0 || !DIGITS.test(group.alternatives[0].join(''))) counted += 1;
		if (scores.size === 0) continue;
		known += 1;
		// Rarer terms say more about the topic: « usine » matters more than « commune ». Weak fuzzy
		// matches count as a fraction of a topic, so they do not make a precise word look common.
		let frequency = 0;
		for (const { value } of scores.values()) frequency += value / FIELD_WEIGHTS.label;
		const rarity = Math.log(1 + index.entries.length / Math.max(frequency, MIN_FREQUENCY));
		maxPossible += rarity * FIELD_WEIGHTS.label;
		for (const [entry, score] of scores) {
			total.set(entry, (total.get(entry) ?? 0) + rarity * score.value);
			if (score.exact) exact.add(entry);
		}
	}
	if (total.size === 0) return [];
	// Typo corrections alone must account for every word: « jeu vidéo » is not « vide ».
	const minShare = exact.size === 0 ? 1 : counted <= SHORT_QUERY_MAX_TERMS ? MIN_KNOWN_SHARE : MIN_KNOWN_SHARE_PROSE;
	if (known / counted < minShare) return [];

	const labelKey = terms(query.slice(0, 500))
		.filter((word) => !isStopWord(word))
		.join(' ');
	const commune = options.preferOpenTo;
	const labelLength = (entry: number) => index.labelKeys[entry].split(' ').length;
	const scored = [...total].map(([entry, value]) => ({
		entry,
		score: value / maxPossible + (index.labelKeys[entry] === labelKey ? EXACT_LABEL_BONUS : 0),
		exact: exact.has(entry)
	}));
	const floor = Math.max(...scored.map((hit) => hit.score)) * MIN_RELATIVE_SCORE;
	const ranked = scored
		.filter((hit) => hit.score >= floor)
		.map((hit) =>
			commune && !openTo(index.entries[hit.entry], commune)
				? { ...hit, score: hit.score * RESERVED_FOR_OTHERS_FACTOR }
				: hit
		)
		// Equal scores: the shorter label first, as the query says more of it (« France services » before
		// « Pacte territorial France Rénov' (service public…) » for « france service »).
		.sort(
			(a, b) =>
				Number(b.exact) - Number(a.exact) ||
				b.score - a.score ||
				labelLength(a.entry) - labelLength(b.entry) ||
				a.entry - b.entry
		);

	const highlighted = new Map<number, number>();
	for (const matches of wordMatches.values()) {
		for (const [termId, quality] of matches.qualities) {
			if (quality >= HIGHLIGHT_MIN_QUALITY) highlighted.set(termId, Math.max(quality, highlighted.get(termId) ?? 0));
		}
	}
	return ranked.slice(0, Math.max(0, limit)).map((hit) => ({
		id: index.entries[hit.entry].id,
		score: hit.score,
		fuzzy: !hit.exact,
		matches: matchesOf(index, hit.entry, highlighted)
	}));
}

function matchesOf(index: SearchIndex, entry: number, highlighted: Map<number, number>): SearchMatch[] {
	const matches: SearchMatch[] = [];
	for (const field of index.fields[entry]) {
		const ranges = field.tokens
			.filter((token) => highlighted.has(token.termId))
			.map((token): [number, number] => [token.start, token.end]);
		if (ranges.length > 0)
			matches.push({ field: field.kind, valueIndex: field.valueIndex, value: field.value, ranges });
	}
	return matches;
}
