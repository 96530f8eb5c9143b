// The auditors' workbook as an .xlsx file (exceljs), byte for byte the same from one build to the next.
// Build time only: exceljs must never reach the browser.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { provenance } from '../../matrix/provenance';
import { overlapReport, toOverlapTopic } from '../../overlaps/report';
import type { Dataset } from '../../types';
import { aboutSheet, WORKBOOK_TITLE } from './about';
import { linksSheet, matrixSheet, overlapsSheet, sourcesSheet, type SheetSpec } from './sheets';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** DSFR « bleu France 950 », the header rows' background (ARGB). */
const HEADER_FILL = 'FFE3E3FD';

/** The five sheets, in the order the workbook shows them. */
export function workbookSheets(dataset: Dataset): SheetSpec[] {
	const report = overlapReport(dataset.themes, dataset.topics.map(toOverlapTopic));
	return [
		matrixSheet(dataset),
		linksSheet(dataset),
		overlapsSheet(dataset, report),
		sourcesSheet(dataset),
		aboutSheet(dataset, provenance(dataset.topics, dataset.sourceHosts).lastChecked)
	];
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec) {
	const sheet = workbook.addWorksheet(spec.name, {
		views: [{ state: 'frozen', xSplit: spec.frozenColumns, ySplit: 1 }]
	});
	sheet.columns = spec.columns.map((column) => ({
		header: column.header,
		width: column.width,
		style: {
			alignment: { vertical: 'top', wrapText: column.wrap ?? false },
			...(column.numFmt ? { numFmt: column.numFmt } : {})
		}
	}));
	sheet.addRows(spec.rows);
	const header = sheet.getRow(1);
	header.font = { bold: true };
	header.alignment = { vertical: 'top', wrapText: true };
	header.eachCell((cell) => {
		cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
	});
	for (const [index, column] of spec.columns.entries()) {
		if (!column.wrap) continue;
		sheet.getColumn(index + 1).eachCell((cell) => {
			if (typeof cell.value === 'object' && cell.value !== null && 'hyperlink' in cell.value) return;
			cell.alignment = { vertical: 'top', wrapText: true };
		});
	}
	if (spec.filter) {
		sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: spec.rows.length + 1, column: spec.columns.length } };
	}
}

/**
 * The .xlsx bytes. `date` (the data's « à jour au ») stands for every timestamp: the document's properties and
 * the zip entries, which exceljs stamps with the current time (re-zipped here), so two builds give the same bytes.
 */
export async function workbookBytes(sheets: readonly SheetSpec[], date: string): Promise<ArrayBuffer> {
	const stamp = new Date(`${date}T00:00:00Z`);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Qui fait quoi ?';
	workbook.lastModifiedBy = 'Qui fait quoi ?';
	workbook.title = WORKBOOK_TITLE;
	workbook.created = stamp;
	workbook.modified = stamp;
	for (const spec of sheets) addSheet(workbook, spec);
	const written = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
	const stamped = new JSZip();
	for (const entry of Object.values(written.files)) {
		if (entry.dir) continue;
		stamped.file(entry.name, await entry.async('uint8array'), { date: stamp, createFolders: false });
	}
	return stamped.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' });
}

export async function datasetWorkbook(dataset: Dataset): Promise<ArrayBuffer> {
	return workbookBytes(workbookSheets(dataset), provenance(dataset.topics, dataset.sourceHosts).lastChecked);
}
