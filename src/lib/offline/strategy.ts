// Offline: which cache strategy answers which request, and what the first visit stores. Pure; runs in the
// service worker (src/service-worker.ts), never in the pages, and in Node tests.
import { SEARCH_INDEX_PATH } from '../search/home-index';
import { ORIENTATION_DATA_PATH } from '../orientation/data';

/** Stored on the first visit, whichever page it was: the search page and its index, and the matrix. */
export const SHELL_PAGES = ['/', SEARCH_INDEX_PATH, '/matrice'] as const;

const DATA_SUFFIX = '/__data.json';
/** Small JSON files a page fetches while the reader works (the commune picker's shards): kept once fetched. */
const RUNTIME_DATA_PREFIX = '/donnees/communes/';
/** Data the search and the note fetch on their first request: kept once fetched (the index from the first visit). */
const RUNTIME_DATA_FILES = new Set([SEARCH_INDEX_PATH, ORIENTATION_DATA_PATH]);

export type Strategy =
	/** Hashed or static files that never change under one name in a deployment: the cache, else the network. */
	| 'cache-first'
	/** A page, or the data SvelteKit fetches to show it: the network, else the copy stored at the last visit. */
	| 'network-first'
	/** Not stored: another origin, a download (CSV, workbook), anything but GET. */
	| 'network-only';

export interface RequestShape {
	url: URL;
	method: string;
	mode: RequestMode;
}

export function strategyFor(request: RequestShape, origin: string, immutable: ReadonlySet<string>): Strategy {
	const { url } = request;
	if (request.method !== 'GET' || url.origin !== origin) return 'network-only';
	if (immutable.has(url.pathname)) return 'cache-first';
	if (
		request.mode === 'navigate' ||
		isPageData(url.pathname) ||
		RUNTIME_DATA_FILES.has(url.pathname) ||
		url.pathname.startsWith(RUNTIME_DATA_PREFIX)
	)
		return 'network-first';
	return 'network-only';
}

/**
 * Pages and their data are stored by path alone: a prerendered page is the same file whatever its query (the
 * search reads `?q=` in the browser), and SvelteKit adds its own parameters to data requests.
 */
export const cacheKey = (url: URL) => url.pathname;

export const isPageData = (pathname: string) => pathname.endsWith(DATA_SUFFIX);

/** `/sujets/friches/__data.json` → `/sujets/friches`; `/__data.json` → `/`. */
export const pageOfData = (pathname: string) => pathname.slice(0, -DATA_SUFFIX.length) || '/';

/**
 * What the worker stores when it installs: the app's files (`build`, `files` of `$service-worker`) and the shell
 * pages the build prerendered. Not their data files: offline, SvelteKit falls back from a failed data request to
 * loading the page itself, which the cache has.
 */
export function shellRequests(build: string[], files: string[], prerendered: string[]): string[] {
	const built = new Set(prerendered);
	return [...build, ...files, ...SHELL_PAGES.filter((page) => built.has(page))];
}

/**
 * The pages open when the worker takes over, as cache keys: they were loaded before it could store them. Another
 * origin's windows are not the site's to keep.
 */
export function openPageKeys(urls: readonly string[], origin: string): string[] {
	const keys = urls.map((url) => new URL(url)).filter((url) => url.origin === origin);
	return [...new Set(keys.map(cacheKey))];
}
