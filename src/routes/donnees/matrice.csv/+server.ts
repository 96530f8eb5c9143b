import { getDataset } from '$lib/server/data/load';
import { toCsv } from '$lib/server/spreadsheet/csv';
import { matrixRows } from '$lib/server/spreadsheet/matrix-columns';

export const prerender = true;

export function GET() {
	return new Response(toCsv(matrixRows(getDataset())), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
