import { describe, expect, it } from 'vitest';
import { SEARCH_INDEX_PATH } from '../search/home-index';
import { ORIENTATION_DATA_PATH } from '../orientation/data';
import { cacheKey, openPageKeys, pageOfData, shellRequests, strategyFor } from './strategy';

const ORIGIN = 'https://example.test';
const IMMUTABLE = new Set(['/_app/immutable/entry/start.abc.js', '/favicon.svg']);
const get = (path: string, mode: RequestMode = 'cors') => ({ url: new URL(path, ORIGIN), method: 'GET', mode });

describe('strategyFor', () => {
	it('serves hashed and static files from the cache first', () => {
		expect(strategyFor(get('/_app/immutable/entry/start.abc.js'), ORIGIN, IMMUTABLE)).toBe('cache-first');
		expect(strategyFor(get('/favicon.svg', 'no-cors'), ORIGIN, IMMUTABLE)).toBe('cache-first');
	});

	it('asks the network first for pages, their data, the search and note data and the commune index', () => {
		expect(strategyFor(get('/?q=friche', 'navigate'), ORIGIN, IMMUTABLE)).toBe('network-first');
		expect(strategyFor(get('/sujets/friches/__data.json?x-sveltekit-invalidated=01'), ORIGIN, IMMUTABLE)).toBe(
			'network-first'
		);
		expect(strategyFor(get('/donnees/communes/recherche/ne.json'), ORIGIN, IMMUTABLE)).toBe('network-first');
		expect(strategyFor(get(SEARCH_INDEX_PATH), ORIGIN, IMMUTABLE)).toBe('network-first');
		expect(strategyFor(get(ORIENTATION_DATA_PATH), ORIGIN, IMMUTABLE)).toBe('network-first');
	});

	it('leaves downloads, other origins and writes to the network', () => {
		expect(strategyFor(get('/donnees/qui-fait-quoi.xlsx'), ORIGIN, IMMUTABLE)).toBe('network-only');
		expect(strategyFor(get('https://www.anct.gouv.fr/'), ORIGIN, IMMUTABLE)).toBe('network-only');
		expect(strategyFor({ ...get('/', 'navigate'), method: 'POST' }, ORIGIN, IMMUTABLE)).toBe('network-only');
	});
});

describe('cache keys', () => {
	it('drop the query: one stored home page answers every search', () => {
		expect(cacheKey(new URL('/?q=friche', ORIGIN))).toBe(cacheKey(new URL('/', ORIGIN)));
		expect(cacheKey(new URL('/matrice/__data.json?x-sveltekit-invalidated=1', ORIGIN))).toBe('/matrice/__data.json');
	});

	it('lead from a data file to its page, the home page included', () => {
		expect(pageOfData('/sujets/friches/__data.json')).toBe('/sujets/friches');
		expect(pageOfData('/__data.json')).toBe('/');
	});
});

describe('shellRequests', () => {
	it('stores the app files, the shell pages the build prerendered and the search index', () => {
		const requests = shellRequests(
			['/_app/immutable/entry/start.abc.js'],
			['/favicon.svg'],
			['/', '/__data.json', SEARCH_INDEX_PATH, '/matrice', '/matrice/__data.json', '/sujets/friches']
		);
		expect(requests).toEqual([
			'/_app/immutable/entry/start.abc.js',
			'/favicon.svg',
			'/',
			SEARCH_INDEX_PATH,
			'/matrice'
		]);
	});

	it('skips a shell page the build did not prerender rather than fail the whole install', () => {
		expect(shellRequests([], [], ['/'])).toEqual(['/']);
	});
});

describe('openPageKeys', () => {
	it('keeps the pages open on this site when the worker took over, once each and without their query', () => {
		const keys = openPageKeys(
			[`${ORIGIN}/chevauchements`, `${ORIGIN}/?q=friche`, `${ORIGIN}/`, 'https://example.org/chevauchements'],
			ORIGIN
		);
		expect(keys).toEqual(['/chevauchements', '/']);
	});
});
