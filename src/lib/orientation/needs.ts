// The orientation note's needs: a pasted request cut into sentences and clauses. Browser-safe.
import { parseQuery } from '../search/query';

/** Beyond this, the rest of a very long paste is one last need: a note lists what a desk can act on. */
export const MAX_NEEDS = 8;
/**
 * « et » joins two needs only when each side says something on its own: « rénover la mairie et créer une
 * piste cyclable » is two needs, « former les élus et les agents » or « friche et logements » one.
 */
export const MIN_CLAUSE_TERMS = 2;

// A sentence ends at . ! ? ; or a line break; a clause at « et » or « ainsi que » between words.
const SENTENCE_END = /(?<=[.!?;])\s+|\s*[\r\n]+\s*/u;
const CLAUSE_JOINER = /([\s,]+(?:et|ainsi\s+que)\s+)/iu;
// List markers and the punctuation left at the edges of a piece: « 1. », « - », « • », « : ».
const EDGES = /^[\s\-–—•*·:,;.!?()\d]*(?=\p{L})|[\s,;:]+$/gu;
const LETTER = /\p{L}/u;

/** The meaningful words of a piece that hold a letter: list numbers (« 1. ») are not needs. */
const termCount = (piece: string) =>
	parseQuery(piece).filter((group) => LETTER.test(group.alternatives[0].join(''))).length;

function clauses(sentence: string): string[] {
	// The joiners are captured at odd positions, so a part merged back keeps the joiner as written.
	const parts = sentence.split(CLAUSE_JOINER);
	const merged = [parts[0]];
	for (let i = 1; i < parts.length; i += 2) {
		const last = merged.length - 1;
		const [joiner, part] = [parts[i], parts[i + 1]];
		if (termCount(merged[last]) < MIN_CLAUSE_TERMS || termCount(part) < MIN_CLAUSE_TERMS) merged[last] += joiner + part;
		else merged.push(part);
	}
	return merged;
}

/**
 * A request as the needs it states, in order: each sentence, line or clause that holds a meaningful word.
 * Greetings and list numbers hold none and are dropped.
 */
export function splitNeeds(request: string): string[] {
	const pieces = request
		.split(SENTENCE_END)
		.flatMap(clauses)
		.map((piece) => piece.replace(EDGES, '').trim())
		.filter((piece) => termCount(piece) > 0);
	if (pieces.length <= MAX_NEEDS) return pieces;
	return [...pieces.slice(0, MAX_NEEDS - 1), pieces.slice(MAX_NEEDS - 1).join(' ')];
}
