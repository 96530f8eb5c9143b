// Spreadsheet round trip: CSV reading and writing as French spreadsheets expect it (csv-parse, csv-stringify). Node only.
import { CsvError, parse, type CastingContext, type InfoRecord } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** CSV as French spreadsheets expect it: `;` separators, CRLF, UTF-8 with a BOM so Excel picks UTF-8. */
export const CSV_BOM = '\uFEFF';

/** A row longer than this is refused: real rows are under 3 KB, and a longer one is an unclosed quote or not a matrix. */
export const MAX_ROW_BYTES = 64 * 1024;

/** The matrix has one row per topic–operator link, a few hundred: past this, reading stops (time and memory). */
export const MAX_ROWS = 10_000;

export interface CsvWriteOptions {
	separator?: string;
	bom?: boolean;
}

// A cell starting like a formula would run in Excel (CSV injection), so export prefixes it with `'`.
// Values that already look protected (`'=…`, `''+…`) get one more `'`, so import can always remove exactly one.
// csv-stringify's escape_formulas leaves `'=…` as it is, so import could not undo it exactly: this stays here.
const NEEDS_PROTECTION = /^'*[=+\-@\t\r]/;
const PROTECTED = /^'+[=+\-@\t\r]/;

export function protectCell(value: string): string {
	return NEEDS_PROTECTION.test(value) ? `'${value}` : value;
}

/** The exact inverse of `protectCell`. */
export function unprotectCell(cell: string): string {
	return PROTECTED.test(cell) ? cell.slice(1) : cell;
}

export function toCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
	return stringify(
		rows.map((row) => row.map(protectCell)),
		{
			delimiter: options.separator ?? ';',
			record_delimiter: '\r\n',
			// Without it, csv-stringify quotes only cells holding the whole CRLF, and a lone LF would split the row.
			quote_record_delimiter: true,
			bom: options.bom !== false
		}
	);
}

/** One cell as `toCsv` writes it, quoted when it must be. */
export function csvCell(value: string, separator = ';'): string {
	return toCsv([[value]], { separator, bom: false }).slice(0, -2);
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
	/** 0-based index of the cell where the problem is; none for a problem of the whole row. */
	cell?: number;
	message: string;
}

export interface ParsedCsv {
	records: CsvRecord[];
	problems: CsvSyntaxProblem[];
}

/**
 * `;` or `,`, whichever the first row uses more (outside quotes); `;` when neither appears.
 * Hand-written: csv-parse's delimiter_auto throws INVALID_OPENING_QUOTE on `a;"b,c"` (measured, csv-parse 7.0.3).
 */
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

const UTF8_BOM = Buffer.from(CSV_BOM);
const QUOTED_CELL = /^"(?:[^"]|"")*"$/;
const QUOTED_THEN_TEXT = /^"((?:[^"]|"")*)"([\s\S]*)$/;

/**
 * RFC 4180 with what spreadsheets really write: CRLF, LF or CR line ends, quoted cells spanning lines,
 * a stray quote inside an unquoted cell kept as text. Cells come back unprotected (see `protectCell`).
 * An unclosed quote swallows the rest of the file, so it stops the parse and is reported where it opened.
 */
export function parseCsv(input: string, separator = ';'): ParsedCsv {
	const bytes = Buffer.from(input, 'utf8');
	// csv-parse's cast hook, which the checks of quoted cells need, made parsing the real export 4 times slower
	// (measured): the first pass does without, and a second pass with it runs only when it could find something.
	const fast = readCsv(bytes, separator, false);
	return fast.suspect ? readCsv(bytes, separator, true) : fast;
}

function readCsv(bytes: Buffer, separator: string, checkQuotes: boolean): ParsedCsv & { suspect: boolean } {
	const records: CsvRecord[] = [];
	const problems: CsvSyntaxProblem[] = [];
	// A cell csv-parse returns starting with a quote may be `"ab"c` (see checkQuotedCell); a parse error needs the
	// cell where it happened: both call for the checking pass.
	let suspect = false;
	// csv-parse's info.lines counts a CRLF inside a quoted cell as two lines (measured): lines are counted in
	// each record's bytes, from where it starts to info.bytes, where it ends.
	let line = 1;
	// Byte offsets in `bytes`: where the current record and the current cell start.
	let recordStart = bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM) ? UTF8_BOM.length : 0;
	let cellStart = recordStart;
	const lineOf = (offset: number) => line + countLineBreaks(bytes.subarray(recordStart, offset).toString());

	// With relax_quotes, csv-parse reads `"ab"c` as the text `"ab"c` without a word: the cell's raw bytes tell.
	const checkQuotedCell = (value: string, context: CastingContext): string => {
		const start = context.index === 0 ? recordStart : cellStart;
		cellStart = context.bytes + Buffer.byteLength(separator);
		if (!context.quoting) return value;
		const raw = bytes.subarray(start, context.bytes).toString();
		const quoted = QUOTED_THEN_TEXT.exec(raw);
		if (QUOTED_CELL.test(raw) || !quoted) return value;
		problems.push({
			row: records.length + 1,
			line: lineOf(context.bytes),
			cell: context.index,
			message: `texte après le guillemet fermant (« ${quoted[2]} ») : un guillemet dans une cellule s'écrit ""`
		});
		return quoted[1].replaceAll('""', '"') + quoted[2];
	};
	const keepRecord = ({ record, info }: { record: string[]; info: InfoRecord }) => {
		suspect ||= record.some((cell) => cell.startsWith('"'));
		records.push({ row: records.length + 1, line, cells: record.map(unprotectCell) });
		line = lineOf(info.bytes);
		recordStart = info.bytes;
		return null;
	};

	try {
		parse(bytes, {
			delimiter: separator,
			record_delimiter: ['\r\n', '\n', '\r'],
			bom: true,
			relax_quotes: true,
			relax_column_count: true,
			max_record_size: MAX_ROW_BYTES,
			to: MAX_ROWS + 1,
			info: true,
			...(checkQuotes ? { cast: checkQuotedCell } : {}),
			on_record: keepRecord as never
		});
	} catch (error) {
		if (!(error instanceof CsvError)) throw error;
		suspect = true;
		const cell = typeof error.index === 'number' ? error.index : 0;
		problems.push({
			row: records.length + 1,
			line: lineOf(cell === 0 ? recordStart : cellStart),
			cell,
			message: syntaxMessage(error)
		});
	}
	if (records.length > MAX_ROWS) {
		const [first] = records.splice(MAX_ROWS);
		problems.push({
			row: first.row,
			line: first.line,
			message: `plus de ${MAX_ROWS.toLocaleString('fr-FR')} lignes : la matrice en compte quelques centaines (une par lien sujet–opérateur), ce fichier n’en est sans doute pas un export`
		});
	}
	return { records, problems, suspect: suspect && !checkQuotes };
}

function syntaxMessage(error: CsvError): string {
	if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
		return 'guillemet ouvert jamais refermé : le reste du fichier serait lu comme une seule cellule';
	}
	if (error.code === 'CSV_MAX_RECORD_SIZE') {
		return (
			`ligne de plus de ${MAX_ROW_BYTES / 1024} Ko : sans doute un guillemet ouvert jamais refermé, ` +
			'qui ferait lire le reste du fichier comme une seule cellule'
		);
	}
	return `CSV illisible à cet endroit (${error.code})`;
}

function countLineBreaks(text: string): number {
	return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Spreadsheet column letter for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
	let letter = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
	}
	return letter;
}
