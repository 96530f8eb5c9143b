// Spreadsheet round trip: CSV reading and writing as French spreadsheets expect it. Node only.
/** CSV as French spreadsheets expect it: `;` separators, CRLF, UTF-8 with a BOM so Excel picks UTF-8. */
export const CSV_BOM = '\uFEFF';

export interface CsvWriteOptions {
	separator?: string;
	bom?: boolean;
}

// A cell starting like a formula would run in Excel (CSV injection), so export prefixes it with `'`.
// Values that already look protected (`'=…`, `''+…`) get one more `'`, so import can always remove exactly one.
const NEEDS_PROTECTION = /^'*[=+\-@\t\r]/;
const PROTECTED = /^'+[=+\-@\t\r]/;

export function csvCell(value: string, separator = ';'): string {
	const safe = NEEDS_PROTECTION.test(value) ? `'${value}` : value;
	return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The exact inverse of the protection applied by `csvCell`. */
export function unprotectCell(cell: string): string {
	return PROTECTED.test(cell) ? cell.slice(1) : cell;
}

export function toCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
	const separator = options.separator ?? ';';
	const body = rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n');
	return `${options.bom === false ? '' : CSV_BOM}${body}\r\n`;
}

export type CsvEncoding = 'utf-8' | 'windows-1252';

export type DecodedCsv = { text: string; encoding: CsvEncoding; bom: boolean } | { error: string };

// Bytes 0x80–0x9F of Windows-1252 (the rest is Latin-1). Node 20's TextDecoder('windows-1252') decodes
// these as C1 control characters, which would turn every ’ « œ € … written by French Excel into garbage.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) {
		text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
	}
	return text;
}

/** Characters a « CSV (séparateur : point-virgule) » save in French Excel cannot keep (it writes « ? »). */
export function charactersOutsideWindows1252(text: string): string[] {
	const outside = new Set<string>();
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (code > 0xff && !WINDOWS_1252_HIGH.includes(char)) outside.add(char);
	}
	return [...outside];
}

/** Valid UTF-8 (with or without BOM) is read as UTF-8; anything else as Windows-1252, what French Excel writes. */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return {
			error:
				'fichier en UTF-16 (« Texte Unicode ») : enregistrez-le en « CSV UTF-8 » ou « CSV (séparateur : point-virgule) »'
		};
	}
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
		const bom = text.startsWith(CSV_BOM);
		return { text: bom ? text.slice(1) : text, encoding: 'utf-8', bom };
	} catch {
		return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
	}
}

/** One spreadsheet row: `row` is the row number a spreadsheet shows, `line` the text line it starts on. */
export interface CsvRecord {
	row: number;
	line: number;
	cells: string[];
}

export interface CsvSyntaxProblem {
	row: number;
	line: number;
	/** 0-based index of the cell where the problem is. */
	cell: number;
	message: string;
}

export interface ParsedCsv {
	records: CsvRecord[];
	problems: CsvSyntaxProblem[];
}

/** `;` or `,`, whichever the first row uses more (outside quotes); `;` when neither appears. */
export function detectSeparator(text: string): ';' | ',' {
	let semicolons = 0;
	let commas = 0;
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) break;
		else if (!quoted && char === ';') semicolons += 1;
		else if (!quoted && char === ',') commas += 1;
	}
	return commas > semicolons ? ',' : ';';
}

/**
 * RFC 4180 with what spreadsheets really write: CRLF, LF or CR line ends, quoted cells spanning lines,
 * a stray quote inside an unquoted cell kept as text. Cells come back unprotected (see `csvCell`).
 * An unclosed quote swallows the rest of the file, so it stops the parse and is reported where it opened.
 */
export function parseCsv(input: string, separator = ';'): ParsedCsv {
	const text = input.startsWith(CSV_BOM) ? input.slice(1) : input;
	const records: CsvRecord[] = [];
	const problems: CsvSyntaxProblem[] = [];
	let row = 1;
	let line = 1;
	let cells: string[] = [];
	let recordLine = 1;
	let i = 0;
	const endRecord = () => {
		records.push({ row, line: recordLine, cells: cells.map(unprotectCell) });
		cells = [];
		row += 1;
	};
	const isLineEnd = (char: string | undefined) => char === '\n' || char === '\r';
	const skipLineEnd = () => {
		i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
		line += 1;
		recordLine = line;
	};

	while (i < text.length) {
		let cell = '';
		if (text[i] === '"') {
			const openLine = line;
			i += 1;
			for (;;) {
				const close = text.indexOf('"', i);
				if (close === -1) {
					problems.push({
						row,
						line: openLine,
						cell: cells.length,
						message: 'guillemet ouvert jamais refermé : le reste du fichier serait lu comme une seule cellule'
					});
					return { records, problems };
				}
				const chunk = text.slice(i, close);
				line += countLineBreaks(chunk);
				cell += chunk;
				if (text[close + 1] === '"') {
					cell += '"';
					i = close + 2;
				} else {
					i = close + 1;
					break;
				}
			}
			const end = nextBoundary(text, i, separator);
			if (end > i) {
				problems.push({
					row,
					line,
					cell: cells.length,
					message: `texte après le guillemet fermant (« ${text.slice(i, end)} ») : un guillemet dans une cellule s'écrit ""`
				});
				cell += text.slice(i, end);
				i = end;
			}
		} else {
			const end = nextBoundary(text, i, separator);
			cell = text.slice(i, end);
			i = end;
		}
		cells.push(cell);
		if (text.startsWith(separator, i)) {
			i += separator.length;
			if (i === text.length) cells.push('');
		} else if (isLineEnd(text[i])) {
			endRecord();
			skipLineEnd();
		}
	}
	if (cells.length > 0) endRecord();
	return { records, problems };
}

function nextBoundary(text: string, from: number, separator: string): number {
	for (let i = from; i < text.length; i += 1) {
		const char = text[i];
		if (char === '\n' || char === '\r' || text.startsWith(separator, i)) return i;
	}
	return text.length;
}

function countLineBreaks(chunk: string): number {
	return chunk.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Spreadsheet column letter for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
	let letter = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
	}
	return letter;
}
