/** CSV as French spreadsheets expect it: `;` separators, CRLF, UTF-8 with a BOM so Excel picks UTF-8. */
export const CSV_BOM = '\uFEFF';

export interface CsvWriteOptions {
	separator?: string;
	bom?: boolean;
}

export function csvCell(value: string, separator = ';'): string {
	// A formula-looking cell would run in Excel: prefix it so it stays text (CSV injection).
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
	const separator = options.separator ?? ';';
	const body = rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n');
	return `${options.bom === false ? '' : CSV_BOM}${body}\r\n`;
}
