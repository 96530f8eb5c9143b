import { error } from '@sveltejs/kit';
import { getTerritoires } from '$lib/server/territoires/load';
import { indexShards } from '$lib/server/territoires/index-shards';

// The commune index, one file per first two letters: the field fetches only the shard the reader types into.
export const prerender = true;

let shards: ReturnType<typeof indexShards> | undefined;
const allShards = () => (shards ??= indexShards(getTerritoires().communes));

export const entries = () => [...allShards().keys()].map((cle) => ({ cle }));

export function GET({ params }) {
	const rows = allShards().get(params.cle);
	if (!rows) error(404, 'Aucune commune pour ces lettres');
	return new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
