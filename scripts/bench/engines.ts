/** The searches the bench compares, each behind the same two calls: build an index, then rank ids. */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import {
	buildSearchIndex,
	DEFAULT_LIMIT,
	searchTopics,
	type SearchEntry,
	type SearchIndex
} from '../../src/lib/search';
import { unaccent } from './corpus';

export interface BuiltEngine {
	/** Ids of the results, best first. */
	search(query: string): string[];
	/** The project's index, when the engine is the project's search. */
	index?: SearchIndex;
}

export interface Engine {
	name: string;
	/** Printed under the table: what this engine is, exactly. */
	description: string;
	build(entries: SearchEntry[]): BuiltEngine;
}

/** The project's search (src/lib/search): exact and prefix look-ups, a trigram index narrows the typo matching. */
export const projectSearch: Engine = {
	name: 'project search',
	description:
		'src/lib/search: buildSearchIndex + searchTopics (exact and prefix words; typos: fuse.js on trigram candidates, Damerau–Levenshtein judges)',
	build(entries) {
		const index = buildSearchIndex(entries);
		return { index, search: (query) => searchTopics(index, query, DEFAULT_LIMIT).map((hit) => hit.id) };
	}
};

/**
 * The same ranking with the narrowing switched off: each misspelt query word is compared with the whole
 * vocabulary. What the project's search would cost without its index; the reference its results must equal.
 */
export function referenceSearch(index: SearchIndex): BuiltEngine {
	return { search: (query) => searchTopics(index, query, DEFAULT_LIMIT, { exhaustive: true }).map((hit) => hit.id) };
}

export const exhaustiveReference: Engine = {
	name: 'same, no narrowing',
	description: 'searchTopics(…, { exhaustive: true }): the same options, typos compared with every vocabulary word',
	build: (entries) => referenceSearch(buildSearchIndex(entries))
};

const SEARCHED_KEYS = ['label', 'keywords', 'programmes', 'themeLabel'];

export const fuseDefaults: Engine = {
	name: 'fuse.js defaults',
	description: `new Fuse(entries, { keys: [${SEARCHED_KEYS.join(', ')}] }), every other option left at its default`,
	build(entries) {
		const fuse = new Fuse(entries, { keys: SEARCHED_KEYS });
		return { search: (query) => fuse.search(query, { limit: DEFAULT_LIMIT }).map((result) => result.item.id) };
	}
};

/** MiniSearch as SEARCH.md measured it: prefix + fuzzy 0.2, label and keywords boosted, accents folded. */
export const miniSearch: Engine = {
	name: 'MiniSearch',
	description: 'MiniSearch 7: prefix, fuzzy 0.2, boosts label 3 / keywords 2, accents and ligatures folded',
	build(entries) {
		const index = new MiniSearch<SearchEntry>({
			fields: SEARCHED_KEYS,
			storeFields: [],
			extractField: (entry, field) => {
				const value = entry[field as keyof SearchEntry];
				return Array.isArray(value) ? value.join(' ') : String(value);
			},
			processTerm: (term) => unaccent(term),
			searchOptions: { prefix: true, fuzzy: 0.2, boost: { label: 3, keywords: 2 } }
		});
		index.addAll(entries);
		return {
			search: (query) =>
				index
					.search(query)
					.slice(0, DEFAULT_LIMIT)
					.map((result) => String(result.id))
		};
	}
};
