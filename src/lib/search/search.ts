// Search: ranks topics for a query with named field weights. Browser-safe.
import { terms } from './normalise';
import { matchWord, type WordMatches } from './match';
import { parseQuery, type QueryGroup } from './query';
import { isStopWord } from './stopwords';
import { FIELD_KINDS, type FieldKind, type SearchHit, type SearchIndex, type SearchMatch } from './types';

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
/** Words matched at least this well are highlighted. */
export const HIGHLIGHT_MIN_QUALITY = 0.5;
export const DEFAULT_LIMIT = 10;
/** Floor of a term's frequency, so one weak match does not make a term look extremely rare. */
const MIN_FREQUENCY = 0.5;

export interface SearchOptions {
	/** Compare query words with the whole vocabulary instead of trigram candidates (tests only). */
	exhaustive?: boolean;
}

const FIELD_COUNT = FIELD_KINDS.length;
const WEIGHTS = FIELD_KINDS.map((kind) => FIELD_WEIGHTS[kind]);

/** Best weighted quality of one word per entry, over its fields, from the postings. */
function scoreWord(index: SearchIndex, matches: WordMatches): Map<number, number> {
	const scores = new Map<number, number>();
	for (const [termId, quality] of matches) {
		for (const posting of index.postings[termId]) {
			const entry = Math.floor(posting / FIELD_COUNT);
			const value = WEIGHTS[posting % FIELD_COUNT] * quality;
			if (value > (scores.get(entry) ?? 0)) scores.set(entry, value);
		}
	}
	return scores;
}

/** A group's score per entry: its best alternative, a phrase scoring the mean of its words. */
function scoreGroup(group: QueryGroup, wordScores: (word: string, isLast: boolean) => Map<number, number>) {
	const scores = new Map<number, number>();
	group.alternatives.forEach((words, alternative) => {
		const factor = alternative === 0 ? 1 : SYNONYM_FACTOR;
		const sums = new Map<number, number>();
		words.forEach((word, position) => {
			const isLast = group.isLast && alternative === 0 && position === words.length - 1;
			for (const [entry, value] of wordScores(word, isLast)) sums.set(entry, (sums.get(entry) ?? 0) + value);
		});
		for (const [entry, sum] of sums) {
			const value = (factor * sum) / words.length;
			if (value > (scores.get(entry) ?? 0)) scores.set(entry, value);
		}
	});
	return scores;
}

/**
 * Ranks topics for a typed word or a pasted request. Each meaningful term is scored on its own
 * (Fuse's fuzzy matcher on the candidate words), weighted by its rarity, and the terms are summed: a
 * topic matching « usine » and « logements » beats one matching « logements » only. Never throws.
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

function rank(index: SearchIndex, query: string, limit: number, options: SearchOptions): SearchHit[] {
	const groups = parseQuery(query);
	if (groups.length === 0 || index.entries.length === 0) return [];

	const wordMatches = new Map<string, WordMatches>();
	const wordScoreCache = new Map<string, Map<number, number>>();
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
	let maxPossible = 0;
	for (const group of groups) {
		const scores = scoreGroup(group, wordScores);
		if (scores.size === 0) continue;
		// Rarer terms say more about the topic: « usine » matters more than « commune ». Weak fuzzy
		// matches count as a fraction of a topic, so they do not make a precise word look common.
		let frequency = 0;
		for (const value of scores.values()) frequency += value / FIELD_WEIGHTS.label;
		const rarity = Math.log(1 + index.entries.length / Math.max(frequency, MIN_FREQUENCY));
		maxPossible += rarity * FIELD_WEIGHTS.label;
		for (const [entry, value] of scores) total.set(entry, (total.get(entry) ?? 0) + rarity * value);
	}
	if (total.size === 0) return [];

	const labelKey = terms(query.slice(0, 500))
		.filter((word) => !isStopWord(word))
		.join(' ');
	const ranked = [...total]
		.map(([entry, value]) => ({
			entry,
			score: value / maxPossible + (index.labelKeys[entry] === labelKey ? EXACT_LABEL_BONUS : 0)
		}))
		.sort((a, b) => b.score - a.score || a.entry - b.entry);
	const floor = ranked[0].score * MIN_RELATIVE_SCORE;

	const highlighted = new Map<number, number>();
	for (const matches of wordMatches.values()) {
		for (const [termId, quality] of matches) {
			if (quality >= HIGHLIGHT_MIN_QUALITY) highlighted.set(termId, Math.max(quality, highlighted.get(termId) ?? 0));
		}
	}
	return ranked
		.filter((hit) => hit.score >= floor)
		.slice(0, Math.max(0, limit))
		.map((hit) => ({
			id: index.entries[hit.entry].id,
			score: hit.score,
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
