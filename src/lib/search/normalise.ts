/** French text folding shared by the index and the query, so both sides compare alike. */

/** A word of a text: its folded, singular form and where it sits in the original text. */
export interface Token {
	term: string;
	start: number;
	end: number;
}

// Letters, combining marks (decomposed accents) and digits make words; anything else separates them,
// which splits « l'usine », « OPAH-RU » and « 30 km/h » and drops markup, emoji and control characters.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MARKS = /\p{M}/gu;
// ignoreDiacritics-style folding (NFD) leaves these ligatures whole: fold them here.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const LIGATURE = /[œæß]/g;

/** Lower case, accents and ligatures folded: « Cœur » → « coeur », « École » → « ecole ». */
export function fold(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(MARKS, '')
		.replace(LIGATURE, (letter) => LIGATURES[letter]);
}

/** Plural to singular, the cheap way: « friches » → « friche », « réseaux » → « reseau », « locaux » → « local ». */
export function singular(term: string): string {
	if (term.length < 4) return term;
	if (term.length > 5 && term.endsWith('aux') && !term.endsWith('eaux')) return `${term.slice(0, -3)}al`;
	if (term.endsWith('s') && !term.endsWith('ss')) return term.slice(0, -1);
	if (/[aeo]ux$/.test(term)) return term.slice(0, -1);
	return term;
}

/** The words of a text, folded and singular, with their spans in the original string. */
export function tokenise(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(WORD)) {
		const term = singular(fold(match[0]));
		if (term.length > 0) tokens.push({ term, start: match.index, end: match.index + match[0].length });
	}
	return tokens;
}

/** The folded words only: what synonym keys and stop-words are compared with. */
export function terms(text: string): string[] {
	return tokenise(text).map((token) => token.term);
}

/** Padded character trigrams (« friche » → « _fr », « fri », …, « he_ »): they survive most typos. */
export function trigrams(term: string): string[] {
	const padded = ` ${term} `;
	const grams = new Set<string>();
	for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
	return [...grams];
}
