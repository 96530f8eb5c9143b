import { getTerritoires } from '$lib/server/territoires/load';

// Département code → name, shown beside each suggested commune (about 1 441 names are shared).
export const prerender = true;

export function GET() {
	const names = Object.fromEntries(Object.entries(getTerritoires().departements).map(([code, dep]) => [code, dep.nom]));
	return new Response(JSON.stringify(names), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
