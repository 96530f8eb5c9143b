// Search: reads a typed query into terms, within length limits. Browser-safe.
import { terms } from './normalise';
import { isStopWord } from './stopwords';
import { synonymAt } from './synonyms';

/** Beyond these, a query is cut: a pasted 20 000-character text must not freeze the page. */
export const MAX_QUERY_CHARS = 500;
export const MAX_QUERY_TERMS = 40;
/** Longer words are typing accidents or pasted noise; the matcher gains nothing past this length. */
export const MAX_TERM_LENGTH = 32;

/**
 * One meaningful term of the query: the words as typed (alternative 0) and their synonyms or acronym
 * expansions. A topic's score for the group is the best of its alternatives.
 */
export interface QueryGroup {
	alternatives: string[][];
	/** The word the user may still be typing: short prefixes count for it only. */
	isLast: boolean;
}

/**
 * Splits a typed or pasted request into term groups: stop-words dropped, synonyms attached, capped. Synonym
 * keys are read on the meaningful words, so « le rideau est baissé » meets the key « rideau baissé ».
 */
export function parseQuery(raw: string): QueryGroup[] {
	const text = typeof raw === 'string' ? raw.slice(0, MAX_QUERY_CHARS) : '';
	const words = terms(text)
		.filter((word) => !isStopWord(word))
		.map((word) => word.slice(0, MAX_TERM_LENGTH));
	const groups: QueryGroup[] = [];
	const seen = new Set<string>();
	let position = 0;
	while (position < words.length && groups.length < MAX_QUERY_TERMS) {
		const synonym = synonymAt(words, position);
		const typed = synonym ? synonym.key : [words[position]];
		position += typed.length;
		const key = typed.join(' ');
		if (seen.has(key)) continue;
		seen.add(key);
		groups.push({ alternatives: [typed, ...(synonym?.expansions ?? [])], isLast: false });
	}
	const endsInWord = /[\p{L}\p{N}]$/u.test(text);
	if (groups.length > 0 && endsInWord && position === words.length) groups[groups.length - 1].isLast = true;
	return groups;
}
