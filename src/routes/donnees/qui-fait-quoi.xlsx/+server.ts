import { getDataset } from '$lib/server/data/load';
import { datasetWorkbook, XLSX_CONTENT_TYPE } from '$lib/server/workbook/write';

export const prerender = true;

/** The auditors' workbook: the matrix, the links, the overlaps and the sources, in French, one sheet each. */
export async function GET() {
	const bytes = await datasetWorkbook(getDataset());
	return new Response(bytes, { headers: { 'content-type': XLSX_CONTENT_TYPE } });
}
