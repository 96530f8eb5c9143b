// Search: the shapes shared by the index, the engine and the results. Browser-safe.
import type { Condition } from '../matrix/eligibility';
import type { OperatorId } from '../operators';

/** What the search knows of a topic: small enough to ship to the browser. */
export interface SearchEntry {
	id: string;
	label: string;
	themeLabel: string;
	keywords: string[];
	programmes: string[];
	operators: OperatorId[];
	/** Each operator's one-line offer: shown under the result, never searched (long texts rank badly). */
	offers: Partial<Record<OperatorId, string>>;
	/** Who each reserved offer is for; an operator absent here is open to every commune. */
	reserved: Partial<Record<OperatorId, Condition[]>>;
}

export const FIELD_KINDS = ['label', 'keywords', 'programmes', 'themeLabel', 'operators'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** A searched text of an entry, split into words that point into the vocabulary. */
export interface IndexedField {
	kind: FieldKind;
	/** Position in the entry's array (keywords, programmes, operators); 0 for label and theme. */
	valueIndex: number;
	value: string;
	tokens: { termId: number; start: number; end: number }[];
}

export interface SearchIndex {
	entries: SearchEntry[];
	fields: IndexedField[][];
	/** Distinct folded words of all entries; a word's id is its position. */
	vocabulary: string[];
	termIds: Map<string, number>;
	/** Term ids sorted by their word, for prefix look-ups by binary search. */
	sortedTermIds: number[];
	/** Trigram → term ids containing it: finds candidate words for a misspelt query word. */
	trigramTerms: Map<string, number[]>;
	/** Term id → postings, each `entryIndex * FIELD_KINDS.length + fieldKindIndex`. */
	postings: number[][];
	/** Each entry's label as folded meaningful words joined by spaces. */
	labelKeys: string[];
}

/** Where a hit matched, for highlighting: character ranges [start, end) in `value`. */
export interface SearchMatch {
	field: FieldKind;
	valueIndex: number;
	value: string;
	ranges: [number, number][];
}

export interface SearchHit {
	id: string;
	/** Higher is better; 1 ≈ every query term found exactly in the label. */
	score: number;
	/** Reached only through typo corrections: ranked after every topic an exact word reached. */
	fuzzy: boolean;
	matches: SearchMatch[];
}
