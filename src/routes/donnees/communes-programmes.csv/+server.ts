import { toCsv } from '$lib/server/spreadsheet/csv';
import { communeCsvRows } from '$lib/server/territoires/csv';
import { getTerritoires } from '$lib/server/territoires/load';

export const prerender = true;

export function GET() {
	return new Response(toCsv(communeCsvRows(getTerritoires())), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
