// The search's public API: pure, with no Svelte and no zod, so it runs in Node tests and in the browser.
export { buildSearchIndex } from './build';
export { searchTopics, FIELD_WEIGHTS, SYNONYM_FACTOR, EXACT_LABEL_BONUS, DEFAULT_LIMIT } from './search';
export type { SearchOptions } from './search';
export { toSearchEntries } from './entries';
export { highlightSegments, type Segment } from './highlight';
export { suggestTerms } from './suggest';
export { parseQuery, MAX_QUERY_CHARS, MAX_QUERY_TERMS } from './query';
export { fold, tokenise } from './normalise';
export type { SearchEntry, SearchHit, SearchIndex, SearchMatch, FieldKind } from './types';
