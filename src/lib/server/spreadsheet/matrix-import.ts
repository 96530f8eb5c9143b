// Spreadsheet import: bytes of a CSV to validated topics, or located problems. Node only.
import { columnLetter, detectSeparator, parseCsv } from './csv';
import { decodeCsv, type CsvEncoding } from './csv-encoding';
import { canonicalTopics } from '../data/canonical';
import { cellForPath } from './matrix-columns';
import { formatMatrixProblem, readMatrix, type DraftRows, type MatrixProblem, type MatrixReading } from './matrix-read';
import type { Dataset, Topic } from '../../types';
import { topicSchema } from '../data/schema';
import { DataError, validateDataset } from '../data/validate';
import { ProblemList } from '../problems';

export interface MatrixImport {
	/** Canonical topics, ready for data/topics.json; undefined when any problem was found. */
	topics?: Topic[];
	/** The first problems found (at most MAX_PROBLEMS), located « ligne 12, colonne J (offer) : … », in row order. */
	problems: string[];
	/** Problems found beyond those: counted, not listed. */
	moreProblems: number;
	warnings: string[];
	rowCount: number;
	encoding?: CsvEncoding;
	bom?: boolean;
	separator?: string;
}

const SOURCE_COLUMNS = new Set(['source_urls', 'source_titles', 'source_checked_on']);

/** Reads matrice.csv (as bytes, any encoding a spreadsheet writes) into topics, or says everything wrong with it. */
export function importMatrixCsv(bytes: Uint8Array, reference: Omit<Dataset, 'topics'>): MatrixImport {
	const decoded = decodeCsv(bytes);
	if ('error' in decoded) {
		const at = decoded.line === undefined ? 'ligne 1' : `ligne ${decoded.line}, caractère ${decoded.column}`;
		return { problems: [`${at} : ${decoded.error}`], moreProblems: 0, warnings: [], rowCount: 0 };
	}
	const separator = detectSeparator(decoded.text);
	const parsed = parseCsv(decoded.text, separator);
	const header = parsed.records[0]?.cells ?? [];
	const problems = new ProblemList<MatrixProblem>();
	for (const problem of parsed.problems) {
		problems.push({
			row: problem.row,
			...(problem.line !== problem.row ? { line: problem.line } : {}),
			...(problem.cell === undefined
				? {}
				: { column: { letter: columnLetter(problem.cell), name: header[problem.cell]?.trim() || '?' } }),
			message: problem.message
		});
	}
	const meta = { encoding: decoded.encoding, bom: decoded.bom, separator };
	const reading =
		parsed.records.length > 0 || problems.length === 0 ? readMatrix(parsed.records, reference) : undefined;
	for (const problem of reading?.problems.items ?? []) problems.push(problem);
	problems.more += reading?.problems.more ?? 0;

	const topics: Topic[] = [];
	for (const draft of reading?.drafts ?? []) {
		const result = topicSchema.safeParse(draft.topic);
		if (result.success) topics.push(result.data);
		else schemaProblems(draft, result.error.issues, reading as MatrixReading, problems);
	}
	const warnings = (reading?.warnings.items ?? []).map(formatMatrixProblem);
	if (reading && reading.warnings.more > 0) warnings.push(`… et ${reading.warnings.more} autres remarques`);
	const rowCount = reading?.rowCount ?? 0;
	if (problems.length > 0) {
		const shown = sortProblems(problems.items).map(formatMatrixProblem);
		return { problems: shown, moreProblems: problems.more, warnings, rowCount, ...meta };
	}

	const canonical = canonicalTopics(topics, reference.themes);
	try {
		validateDataset({
			operators: { file: 'data/operators.json', content: reference.operators },
			themes: { file: 'data/themes.json', content: reference.themes },
			topics: { file: 'CSV', content: canonical },
			programmes: { file: 'data/programmes.json', content: reference.programmes },
			sourceHosts: { file: 'data/source-hosts.json', content: reference.sourceHosts },
			unsourced: { file: 'data/unsourced.json', content: reference.unsourced }
		});
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		return {
			problems: error.problems.map((problem) => `${problem.entry}, ${problem.field} : ${problem.message}`),
			moreProblems: error.more,
			warnings,
			rowCount,
			...meta
		};
	}
	return { topics: canonical, problems: [], moreProblems: 0, warnings, rowCount, ...meta };
}

/** Adds the schema's issues to `problems`, each at its row and column. */
function schemaProblems(
	draft: DraftRows,
	issues: readonly { path: PropertyKey[]; message: string }[],
	reading: MatrixReading,
	problems: ProblemList<MatrixProblem>
): void {
	const flagged = new Set(problems.items.map((problem) => `${problem.row}:${problem.column?.name ?? ''}`));
	for (const issue of issues) {
		const cell = cellForPath(issue.path);
		const record = draft.rows[cell.link ?? 0];
		// Sources of unequal length were already reported once; their gaps would only repeat it.
		const sourcesFlagged = [...SOURCE_COLUMNS].some((column) => flagged.has(`${record.row}:${column}`));
		if (SOURCE_COLUMNS.has(cell.column) && sourcesFlagged) continue;
		const item =
			cell.item === undefined || listLength(draft.topic, issue.path) < 2 ? '' : itemLabel(cell.column, cell.item);
		problems.push(reading.locate(record, cell.column, `${item}${issue.message}`));
	}
}

/** Length of the list the path's last index points into: « source n° 1 » says nothing when there is one. */
function listLength(topic: unknown, path: readonly PropertyKey[]): number {
	let value = topic;
	let length = 0;
	for (const key of path) {
		if (Array.isArray(value) && typeof key === 'number') length = value.length;
		value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
	}
	return length;
}

function itemLabel(column: string, item: number): string {
	return SOURCE_COLUMNS.has(column) ? `source n° ${item + 1} : ` : `valeur n° ${item + 1} : `;
}

function sortProblems(problems: MatrixProblem[]): MatrixProblem[] {
	// Row-wide problems after the located ones, so the header's closing note stays last.
	const columnRank = (problem: MatrixProblem) =>
		problem.column
			? [...problem.column.letter].reduce((rank, char) => rank * 26 + char.charCodeAt(0) - 64, 0)
			: Infinity;
	return [...problems].sort(
		(a, b) => a.row - b.row || (columnRank(a) === columnRank(b) ? 0 : columnRank(a) < columnRank(b) ? -1 : 1)
	);
}
