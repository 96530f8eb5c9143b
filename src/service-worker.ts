// The service worker: keeps the app, the search and the matrix, and each page read, for use without a network.
// Runs in the worker, never in the pages; static/register-service-worker.js registers it from every page.
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, prerendered, version } from '$service-worker';
import { cacheKey, isPageData, openPageKeys, pageOfData, shellRequests, strategyFor } from '$lib/offline/strategy';

const worker = self as unknown as ServiceWorkerGlobalScope;

// One cache per deployment: a new build installs its own, and the old one goes when the new worker takes over.
const CACHE = `qui-fait-quoi-${version}`;
const IMMUTABLE = new Set([...build, ...files]);

const OFFLINE_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hors ligne – Qui fait quoi ?</title></head>
<body><main><h1>Hors ligne</h1>
<p>Cette page n’a pas encore été consultée sur cet appareil : elle s’affichera une fois le réseau revenu.</p>
<p>La recherche, la matrice et les pages déjà lues restent disponibles : <a href="/">revenir à la recherche</a>.</p>
</main></body></html>`;

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(shellRequests(build, files, prerendered))));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// The page that installed the worker is served by it from now on, without waiting for a reload.
			await worker.clients.claim();
			// That page was loaded before the worker existed: store it now, so the first page read opens offline too.
			const open = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
			for (const key of openPageKeys(
				open.map((client) => client.url),
				worker.location.origin
			))
				await storeIfMissing(key);
		})()
	);
});

/** A stored copy fit for any request: a redirected response cannot answer a navigation. */
async function storable(response: Response): Promise<Response> {
	if (!response.redirected) return response;
	return new Response(await response.blob(), { status: response.status, headers: response.headers });
}

async function store(key: string, response: Response) {
	const cache = await caches.open(CACHE);
	await cache.put(key, await storable(response));
}

async function cacheFirst(request: Request): Promise<Response> {
	const cached = await caches.match(cacheKey(new URL(request.url)), { cacheName: CACHE });
	return cached ?? fetch(request);
}

async function networkFirst(event: FetchEvent): Promise<Response> {
	const { request } = event;
	const key = cacheKey(new URL(request.url));
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') {
			event.waitUntil(store(key, response.clone()));
			// A page reached by a link gets only its data: store the page too, so that it also opens on its own.
			// (A page opened on its own needs no data file: offline, SvelteKit falls back to loading the page.)
			if (isPageData(key)) event.waitUntil(storeIfMissing(pageOfData(key)));
		}
		return response;
	} catch (error) {
		const cached = await caches.match(key, { cacheName: CACHE });
		if (cached) return cached;
		if (request.mode === 'navigate')
			return new Response(OFFLINE_PAGE, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
		// SvelteKit answers a failed data request by loading the page itself, which gets the page above.
		throw error;
	}
}

async function storeIfMissing(key: string) {
	const cache = await caches.open(CACHE);
	if (await cache.match(key)) return;
	const response = await fetch(key).catch(() => undefined);
	if (response?.ok) await cache.put(key, await storable(response));
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const strategy = strategyFor(
		{ url: new URL(request.url), method: request.method, mode: request.mode },
		worker.location.origin,
		IMMUTABLE
	);
	if (strategy === 'cache-first') event.respondWith(cacheFirst(request));
	else if (strategy === 'network-first') event.respondWith(networkFirst(event));
});
