// Search: builds the index once from the lean entries. Browser-safe.
import { OPERATOR_IDS } from '../operators';
import { tokenise, trigrams } from './normalise';
import { isStopWord } from './stopwords';
import { FIELD_KINDS, type FieldKind, type IndexedField, type SearchEntry, type SearchIndex } from './types';

function fieldValues(entry: SearchEntry): [FieldKind, string[]][] {
	return [
		['label', [entry.label]],
		['keywords', entry.keywords],
		['programmes', entry.programmes],
		['themeLabel', [entry.themeLabel]],
		['operators', entry.operators.filter((id) => OPERATOR_IDS.includes(id))]
	];
}

/** Builds the word and trigram indexes once; each keystroke then only looks words up. */
export function buildSearchIndex(entries: SearchEntry[]): SearchIndex {
	const vocabulary: string[] = [];
	const termIds = new Map<string, number>();
	const postings: number[][] = [];
	const termId = (term: string) => {
		let id = termIds.get(term);
		if (id === undefined) {
			id = vocabulary.length;
			vocabulary.push(term);
			termIds.set(term, id);
			postings.push([]);
		}
		return id;
	};

	const fields = entries.map((entry, entryIndex) => {
		const indexed: IndexedField[] = [];
		for (const [kind, values] of fieldValues(entry)) {
			const kindIndex = FIELD_KINDS.indexOf(kind);
			values.forEach((value, valueIndex) => {
				const tokens = tokenise(value)
					.filter((token) => !isStopWord(token.term))
					.map((token) => ({ termId: termId(token.term), start: token.start, end: token.end }));
				for (const token of tokens) {
					const posting = entryIndex * FIELD_KINDS.length + kindIndex;
					const list = postings[token.termId];
					if (list[list.length - 1] !== posting) list.push(posting);
				}
				indexed.push({ kind, valueIndex, value, tokens });
			});
		}
		return indexed;
	});

	const trigramTerms = new Map<string, number[]>();
	vocabulary.forEach((term, id) => {
		for (const gram of trigrams(term)) {
			const list = trigramTerms.get(gram);
			if (list) list.push(id);
			else trigramTerms.set(gram, [id]);
		}
	});

	const sortedTermIds = vocabulary.map((_, id) => id).sort((a, b) => (vocabulary[a] < vocabulary[b] ? -1 : 1));
	const labelKeys = fields.map((entryFields) =>
		entryFields
			.filter((field) => field.kind === 'label')
			.flatMap((field) => field.tokens.map((token) => vocabulary[token.termId]))
			.join(' ')
	);

	return { entries, fields, vocabulary, termIds, sortedTermIds, trigramTerms, postings, labelKeys };
}
