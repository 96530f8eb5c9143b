// « Exporter cette sélection » : the rows /matrice shows, as a CSV file French Excel opens as is, built in the
// browser. Browser-safe.
//
// Hand-written on purpose: csv-stringify 6.9's browser build (`csv-stringify/browser/esm/sync`) adds 9.9 kB of
// JavaScript, gzipped (esbuild --minify, Dec. 2026), mostly a Buffer polyfill, and its Node build does not run in
// a browser (it calls Buffer); the dozen lines below are all a one-way export needs.
import type { MatrixTable } from '$lib/matrix/table';

export const SELECTION_FILENAME = 'qui-fait-quoi-selection.csv';

const BOM = '\uFEFF';
const SEPARATOR = ';';
/**
 * A cell that would start like a formula (=, +, -, @, tab, CR, or their full-width forms) is run by spreadsheets
 * (CSV injection): it gets a leading `'`. Cells already starting with quotes get one more, as the round-trip
 * export does, so the two files agree.
 */
const FORMULA_START = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function csvCell(value: string | number): string {
	const text = String(value);
	const safe = FORMULA_START.test(text) ? `'${text}` : text;
	return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** UTF-8 with a BOM (so Excel reads UTF-8), `;` between cells, CRLF after each row. */
export function toSelectionCsv(table: MatrixTable): string {
	const lines = [table.header, ...table.rows].map((row) => row.map(csvCell).join(SEPARATOR));
	return `${BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}

/** Saves text as a file the way a download link would. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started from the click; the URL is only released once this task is over.
	setTimeout(() => URL.revokeObjectURL(url));
}
