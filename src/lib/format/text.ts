// Text helpers shared by the matrix, the search results and the exports. Pure and browser-safe.

// Abbreviations whose dot does not end a sentence in the offers' French (« ex. », « cf. », « M. »).
const ABBREVIATIONS = new Set([
	'ex',
	'cf',
	'etc',
	'm',
	'mme',
	'art',
	'n°',
	'no',
	'p',
	'env',
	'hab',
	'av',
	'bd',
	'st',
	'ste'
]);

/** The first sentence of a text: the one line the matrix and the search results show for an offer. */
export function firstSentence(text: string): string {
	const trimmed = text.trim();
	const boundary = /[.!?…]+(?=\s+[«("\p{Lu}\d]|\s*$)/gu;
	for (const match of trimmed.matchAll(boundary)) {
		const before = trimmed.slice(0, match.index);
		const lastWord = (before.split(/\s+/).pop() ?? '').replace(/^[^\p{L}\d]+/u, '').toLowerCase();
		if (match[0] === '.' && ABBREVIATIONS.has(lastWord)) continue;
		return trimmed.slice(0, match.index + match[0].length);
	}
	return trimmed;
}
