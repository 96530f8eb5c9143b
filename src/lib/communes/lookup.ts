// Communes: typo-tolerant lookup of a commune by name, over one shard of the index. Browser-safe, no dependency.
//
// Hand-written rather than fuse.js or MiniSearch for a measured reason (`npm run bench`, « Commune lookup »):
// names are short and the query is a prefix being typed, so a bounded edit distance to each name's start beats
// both on accuracy (« Neveres », « st etienne ») and on time, without building an index per shard.
import { fold } from '../search/normalise';
import type { CommuneIndexRow } from './types';

/** Shortest query that gets suggestions: one letter would match thousands of names. */
export const MIN_QUERY_LENGTH = 2;
export const SUGGESTION_LIMIT = 8;
/** Typos forgiven: none under 4 letters, one up to 7, two beyond. */
const maxTypos = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

// Scores, lower is better; ties go to the larger population, the commune a reader most likely means.
const EXACT = 0;
const PREFIX = 1;
const FULL_TYPO = 2;
const PREFIX_TYPO = 3;

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
const ARTICLES = new Set(['le', 'la', 'les', 'l']);

/** « St-Étienne » → « saint etienne »: folded words, hyphens and apostrophes as spaces, « St » spelt out. */
export function normaliseName(text: string): string {
	return fold(text)
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.map((word) => ABBREVIATIONS[word] ?? word)
		.join(' ');
}

/** The forms a name is found by: itself, and without its article (« La Rochelle » by « rochelle »). */
export function nameKeys(nom: string): string[] {
	const key = normaliseName(nom);
	const [first, ...rest] = key.split(' ');
	return ARTICLES.has(first) && rest.length > 0 ? [key, rest.join(' ')] : [key];
}

/** The shard a name or a query belongs to: its first two letters, spaces ignored. */
export const shardKey = (normalised: string) => normalised.replace(/ /g, '').slice(0, 2);

export interface PreparedCommune {
	row: CommuneIndexRow;
	keys: { text: string; shard: string }[];
}

/** Names normalised once, when a shard arrives: never per keystroke. */
export const prepareIndex = (rows: readonly CommuneIndexRow[]): PreparedCommune[] =>
	rows.map((row) => ({ row, keys: nameKeys(row[1]).map((text) => ({ text, shard: shardKey(text) })) }));

// Three rows of the distance matrix, reused across calls: no allocation per name on a keystroke.
let rowBefore = new Int32Array(32);
let rowPrevious = new Int32Array(32);
let rowCurrent = new Int32Array(32);

/**
 * Optimal-string-alignment distance from `query` to the whole of `name` and to its closest prefix, giving up
 * (Infinity) as soon as every alignment exceeds `limit`.
 */
export function typoDistances(query: string, name: string, limit: number): { full: number; prefix: number } {
	const rows = query.length + 1;
	if (rowCurrent.length < rows) {
		rowBefore = new Int32Array(rows * 2);
		rowPrevious = new Int32Array(rows * 2);
		rowCurrent = new Int32Array(rows * 2);
	}
	let before = rowBefore;
	let previous = rowPrevious;
	let current = rowCurrent;
	for (let i = 0; i < rows; i += 1) previous[i] = i;
	let prefix = previous[rows - 1];
	for (let j = 1; j <= name.length; j += 1) {
		current[0] = j;
		let best = j;
		for (let i = 1; i < rows; i += 1) {
			const cost = query.charCodeAt(i - 1) === name.charCodeAt(j - 1) ? 0 : 1;
			let value = Math.min(previous[i] + 1, current[i - 1] + 1, previous[i - 1] + cost);
			if (
				i > 1 &&
				j > 1 &&
				query.charCodeAt(i - 1) === name.charCodeAt(j - 2) &&
				query.charCodeAt(i - 2) === name.charCodeAt(j - 1)
			)
				value = Math.min(value, before[i - 2] + 1);
			current[i] = value;
			if (value < best) best = value;
		}
		prefix = Math.min(prefix, current[rows - 1]);
		if (best > limit) return { full: Infinity, prefix: prefix <= limit ? prefix : Infinity };
		const spare = before;
		before = previous;
		previous = current;
		current = spare;
	}
	return { full: previous[rows - 1], prefix };
}

function score(query: string, key: string, limit: number): number {
	if (key === query) return EXACT;
	if (key.startsWith(query)) return PREFIX;
	if (limit === 0) return Infinity;
	const { full, prefix } = typoDistances(query, key, limit);
	if (full <= limit) return FULL_TYPO + full / 10;
	if (prefix <= limit) return PREFIX_TYPO + prefix / 10;
	return Infinity;
}

/** The communes whose name best matches what was typed, best first (at most `limit`). */
export function lookupCommunes(
	index: readonly PreparedCommune[],
	text: string,
	limit = SUGGESTION_LIMIT
): CommuneIndexRow[] {
	const query = normaliseName(text);
	if (query.replace(/ /g, '').length < MIN_QUERY_LENGTH) return [];
	const typos = maxTypos(query.length);
	// The index is sharded by the first two letters: a name is only compared with queries of its own shard.
	const shard = shardKey(query);
	// The best `limit` so far, kept sorted by insertion: a short prefix matches thousands of names, sorting them all would not pay.
	const top: { row: CommuneIndexRow; score: number }[] = [];
	const before = (a: { row: CommuneIndexRow; score: number }, b: { row: CommuneIndexRow; score: number }) =>
		a.score < b.score || (a.score === b.score && a.row[3] > b.row[3]);
	for (const entry of index) {
		let best = Infinity;
		for (const key of entry.keys) if (key.shard === shard) best = Math.min(best, score(query, key.text, typos));
		if (best === Infinity) continue;
		const candidate = { row: entry.row, score: best };
		if (top.length === limit && !before(candidate, top[limit - 1])) continue;
		let position = top.length;
		while (position > 0 && before(candidate, top[position - 1])) position -= 1;
		top.splice(position, 0, candidate);
		if (top.length > limit) top.pop();
	}
	return top.map((item) => item.row);
}
