import { error } from '@sveltejs/kit';
import { getTerritoires } from '$lib/server/territoires/load';
import { departementCodes, departementData } from '$lib/server/territoires/views';

// One file per département: what /commune and the eligibility marks fetch once a commune is chosen.
export const prerender = true;

export const entries = () => departementCodes(getTerritoires()).map((code) => ({ code }));

export function GET({ params }) {
	const data = departementData(getTerritoires(), params.code);
	if (!data) error(404, 'Département introuvable');
	return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
