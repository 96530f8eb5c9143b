import { getDataset } from '$lib/server/data/load';
import { toCsv } from '$lib/server/spreadsheet/csv';
import { toMatrixRow } from '$lib/matrix/model';
import { matrixTable } from '$lib/matrix/table';

export const prerender = true;

/**
 * The whole matrix in the shape /matrice shows (one row per topic, one column per operator): what
 * « Exporter cette sélection » gives without JavaScript, and with it when nothing is filtered.
 */
export function GET() {
	const { operators, themes, topics } = getDataset();
	const table = matrixTable(themes, operators, topics.map(toMatrixRow));
	return new Response(toCsv([table.header, ...table.rows.map((row) => row.map(String))]), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
