import { getDataset } from '$lib/server/load-data';
import { toCsv } from '$lib/csv';
import { matrixRows } from '$lib/matrix-csv';

export const prerender = true;

export function GET() {
	return new Response(toCsv(matrixRows(getDataset())), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
