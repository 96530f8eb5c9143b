// The home page's search index: where it is served and how the page fetches it. Browser-safe.
import { fetchDataFile } from '../offline/data-file';
import type { Role } from '../matrix/vocabulary';
import type { SearchEntry } from './types';

/** Prerendered by src/routes/donnees/recherche.json; the service worker stores it on the first visit. */
export const SEARCH_INDEX_PATH = '/donnees/recherche.json';

/** The entries and each topic's lead role, fetched with the engine on the first query. */
export interface HomeSearchIndex {
	entries: SearchEntry[];
	leadRoles: Record<string, Role>;
}

export const fetchSearchIndex = () => fetchDataFile<HomeSearchIndex>(SEARCH_INDEX_PATH);
