import { homeSearchIndex } from '$lib/server/data/search-index';

// Fetched by the home page with the search engine, on the first query: the page itself ships without it (68 KB of
// inline data that every visit would parse before the first keystroke). The service worker stores it for offline.
export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(homeSearchIndex()), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
