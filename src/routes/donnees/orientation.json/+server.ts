import { orientationData } from '$lib/server/data/orientation-data';

// Fetched by /orientation once there is a request to orient: the page itself ships without it (about 200 KB of
// inline data that every visit parsed before the form could be used). The service worker keeps it once fetched.
export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(orientationData()), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
