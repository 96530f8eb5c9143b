// Spreadsheet import: CSV records to topic drafts, each problem at its row and column. Node only.
import { countLabel } from '../../format/french';
import { parseConditions, type Condition } from '../../matrix/eligibility';
import { columnLetter, type CsvRecord } from './csv';
import { INFORMATIVE_COLUMNS, MATRIX_COLUMNS, MULTI_VALUE_SEPARATOR, type MatrixColumn } from './matrix-columns';
import { isOperatorId, OPERATOR_IDS, operatorNames } from '../../operators';
import { ProblemList } from '../problems';
import { codePointLabel } from '../files/text';
import type { Operator, Theme } from '../../types';

/** A problem (or warning) located as a spreadsheet user sees it: row number, column letter and name. */
export interface MatrixProblem {
	row: number;
	/** Text line the row starts on, when it differs from the row (cells with line breaks above it). */
	line?: number;
	column?: { letter: string; name: string };
	message: string;
}

export interface LinkDraft {
	operatorId: string;
	offer: string;
	programmes: string[];
	kinds: string[];
	phases: string[];
	role: string;
	eligibleIf: Condition[];
	sources: { url: string; title: string; checkedOn: string }[];
}

/** A topic as the rows describe it, not yet checked against the zod schema. */
export interface TopicDraft {
	id: string;
	themeId: string;
	label: string;
	description: string;
	keywords: string[];
	operators: LinkDraft[];
}

export interface DraftRows {
	topic: TopicDraft;
	/** The row of each link, in the order of `topic.operators`; the first row also carries the topic's fields. */
	rows: CsvRecord[];
}

export interface MatrixReading {
	drafts: DraftRows[];
	/** Data rows read (blank rows skipped). */
	rowCount: number;
	problems: ProblemList<MatrixProblem>;
	warnings: ProblemList<MatrixProblem>;
	/** Locates a column of a row, for problems found later (by the schema). */
	locate(record: CsvRecord, column: MatrixColumn, message: string): MatrixProblem;
}

export interface MatrixReference {
	themes: readonly Pick<Theme, 'id' | 'label'>[];
	operators: readonly Pick<Operator, 'id' | 'shortName'>[];
}

type ColumnIndex = Record<MatrixColumn, number>;

const TOPIC_COLUMNS = [
	'theme_id',
	'topic_label',
	'topic_description',
	'topic_keywords'
] as const satisfies readonly MatrixColumn[];

export function formatMatrixProblem(problem: MatrixProblem): string {
	const line = problem.line === undefined ? '' : ` (ligne ${problem.line} du fichier texte)`;
	const column = problem.column ? `, colonne ${problem.column.letter} (${problem.column.name})` : '';
	return `ligne ${problem.row}${line}${column} : ${problem.message}`;
}

export function splitList(cell: string): string[] {
	return cell
		.split(MULTI_VALUE_SEPARATOR.trim())
		.map((item) => item.trim())
		.filter((item) => item.length > 0);
}

/** Spreadsheets turn a lone ISO date into their locale's format: French Excel saves 2026-11-28 as 28/11/2026. */
export function normaliseDate(value: string): string {
	const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
	return french ? `${french[3]}-${french[2].padStart(2, '0')}-${french[1].padStart(2, '0')}` : value;
}

/** « Étude », « ETUDE » → « etude »: enum values are accentless lowercase words. */
function normaliseCode(value: string): string {
	return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A cell's text in a message, short, on one line, with invisible or reversing characters shown by their code. */
function quote(value: string): string {
	const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
	const visible = short
		.replaceAll(/\s+/g, ' ')
		.replaceAll(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, (char) => `‹${codePointLabel(char.codePointAt(0) ?? 0)}›`);
	return `« ${visible} »`;
}

/**
 * Turns the records of matrice.csv into topic drafts, checking everything that needs the CSV's shape to be
 * located: header, cell counts, topic fields repeated identically, links unique, known themes and operators,
 * sources given as parallel lists of equal length. Field formats are left to the zod schema (server side).
 */
export function readMatrix(records: readonly CsvRecord[], reference: MatrixReference): MatrixReading {
	const problems = new ProblemList<MatrixProblem>();
	const warnings = new ProblemList<MatrixProblem>();
	const nonBlank = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
	const headerRecord = nonBlank[0];
	const at = (
		record: CsvRecord,
		index: number | undefined,
		name: string | undefined,
		message: string
	): MatrixProblem => ({
		row: record.row,
		...(record.line !== record.row ? { line: record.line } : {}),
		...(index !== undefined && name !== undefined ? { column: { letter: columnLetter(index), name } } : {}),
		message
	});
	const reading = (drafts: DraftRows[], columns?: ColumnIndex): MatrixReading => ({
		drafts,
		rowCount: Math.max(nonBlank.length - 1, 0),
		problems,
		warnings,
		locate: (record, column, message) => at(record, columns?.[column], column, message)
	});

	if (!headerRecord) {
		problems.push({
			row: 1,
			message: `fichier vide : la ligne 1 doit contenir les noms de colonnes (${MATRIX_COLUMNS[0].name};${MATRIX_COLUMNS[1].name};…)`
		});
		return reading([]);
	}
	const columns = readHeader(headerRecord, problems, at);
	if (!columns) return reading([]);
	const dataRecords = nonBlank.slice(1);
	if (dataRecords.length === 0) {
		problems.push(at(headerRecord, undefined, undefined, 'aucune ligne de données sous les noms de colonnes'));
		return reading([], columns);
	}

	const themes = new Map(reference.themes.map((theme) => [theme.id, theme.label]));
	const names = operatorNames(reference.operators);
	const drafts = new Map<string, DraftRows>();
	const firstRows = new Map<string, CsvRecord>();
	const linkRows = new Map<string, number>();
	const warned = new Set<string>();
	const width = headerRecord.cells.length;

	for (const record of dataRecords) {
		const extra = record.cells.slice(width).some((cell) => cell.trim() !== '');
		if (record.cells.length < width || extra) {
			const count = record.cells.length;
			problems.push(
				at(
					record,
					undefined,
					undefined,
					`${countLabel(count, 'cellule')} au lieu de ${width} : une cellule contient sans doute un « ; » ou un guillemet mal fermé, ou des cellules ont été ajoutées ou supprimées`
				)
			);
			continue;
		}
		const cell = (column: MatrixColumn) => (columns[column] === -1 ? '' : record.cells[columns[column]].trim());
		const problem = (column: MatrixColumn, message: string) =>
			problems.push(at(record, columns[column], column, message));
		const warn = (key: string, column: MatrixColumn, message: string) => {
			if (warned.has(key)) return;
			warned.add(key);
			warnings.push(at(record, columns[column], column, message));
		};

		const topicId = cell('topic_id');
		if (topicId === '') {
			problem('topic_id', 'identifiant du sujet manquant : chaque ligne doit dire à quel sujet elle appartient');
			continue;
		}
		const themeId = cell('theme_id');
		const themeLabel = cell('theme_label');
		const known = themes.get(themeId);
		if (known === undefined && !warned.has(`theme:${themeId}`)) {
			warned.add(`theme:${themeId}`);
			problem(
				'theme_id',
				`thème inconnu ${quote(themeId)} : les thèmes se créent dans data/themes.json, pas dans le CSV (thèmes existants : ${[...themes.keys()].join(', ')})`
			);
		} else if (known !== undefined && columns.theme_label !== -1 && themeLabel !== known) {
			warn(
				`theme-label:${themeId}:${themeLabel}`,
				'theme_label',
				`${quote(themeLabel)} ignoré : le libellé du thème ${quote(themeId)} se modifie dans data/themes.json (${quote(known)})`
			);
		}

		const operatorId = normaliseCode(cell('operator_id'));
		const operatorName = names[operatorId];
		const operatorKnown = isOperatorId(operatorId) && operatorName !== undefined;
		const nameTyped = cell('operator_name');
		if (!operatorKnown) {
			problem('operator_id', `opérateur inconnu ${quote(cell('operator_id'))} (attendu : ${OPERATOR_IDS.join(', ')})`);
		} else if (columns.operator_name !== -1 && nameTyped !== operatorName) {
			const message = `${quote(nameTyped)} ignoré : le nom de ${operatorId} se modifie dans data/operators.json (${quote(operatorName)})`;
			warn(`operator-name:${operatorId}:${nameTyped}`, 'operator_name', message);
		}

		const link = readLink(cell, problem);
		const linkKey = `${topicId}\u0000${operatorId}`;
		const previousLink = linkRows.get(linkKey);
		if (operatorKnown && previousLink !== undefined) {
			problem(
				'operator_id',
				`lien en double : le sujet ${quote(topicId)} a déjà une ligne pour ${operatorId} (ligne ${previousLink})`
			);
			continue;
		}
		linkRows.set(linkKey, record.row);

		const fields = {
			themeId,
			label: cell('topic_label'),
			description: cell('topic_description'),
			keywords: splitList(cell('topic_keywords'))
		};
		const existing = drafts.get(topicId);
		if (!existing) {
			drafts.set(topicId, {
				topic: { id: topicId, ...fields, operators: operatorKnown ? [link] : [] },
				rows: operatorKnown ? [record] : []
			});
			firstRows.set(topicId, record);
			continue;
		}
		checkSameTopic(firstRows.get(topicId) ?? record, record, columns, problem);
		if (operatorKnown) {
			existing.topic.operators.push(link);
			existing.rows.push(record);
		}
	}

	for (const { topic, rows } of drafts.values()) {
		const countColumn = columns.topic_operator_count;
		const stated = countColumn === -1 || !rows[0] ? undefined : rows[0].cells[countColumn].trim();
		if (stated !== undefined && stated !== String(rows.length)) {
			warnings.push(
				at(
					rows[0],
					countColumn,
					'topic_operator_count',
					`${quote(stated)} ignoré : le sujet ${quote(topic.id)} a ${countLabel(rows.length, 'ligne')} d'opérateur, le nombre est recalculé`
				)
			);
		}
	}
	return reading(
		[...drafts.values()].filter((draft) => draft.rows.length > 0),
		columns
	);
}

/** A topic's own fields repeat on each of its rows: a difference means one copy was edited and not the others. */
function checkSameTopic(
	first: CsvRecord,
	record: CsvRecord,
	columns: ColumnIndex,
	problem: (column: MatrixColumn, message: string) => void
): void {
	for (const column of TOPIC_COLUMNS) {
		const read = (row: CsvRecord) => {
			const value = row.cells[columns[column]].trim();
			return column === 'topic_keywords' ? splitList(value).join(MULTI_VALUE_SEPARATOR) : value;
		};
		const [value, firstValue] = [read(record), read(first)];
		if (value !== firstValue) {
			const topicId = record.cells[columns.topic_id].trim();
			problem(
				column,
				`diffère de la ligne ${first.row} pour le même sujet ${quote(topicId)} (${quote(value)} au lieu de ${quote(firstValue)}) : ` +
					"un sujet s'écrit à l'identique sur chacune de ses lignes"
			);
		}
	}
}

type Locate = (
	record: CsvRecord,
	index: number | undefined,
	name: string | undefined,
	message: string
) => MatrixProblem;

/** Maps column names to positions (-1 for an absent informative column); undefined if a required one is missing. */
function readHeader(record: CsvRecord, problems: ProblemList<MatrixProblem>, at: Locate): ColumnIndex | undefined {
	const expected = MATRIX_COLUMNS.map((column) => column.name) as MatrixColumn[];
	const columns = Object.fromEntries(expected.map((name) => [name, -1])) as ColumnIndex;
	const before = problems.length;
	record.cells.forEach((raw, index) => {
		const name = raw.trim();
		if (name === '') return;
		if (!(expected as string[]).includes(name)) {
			problems.push(
				at(
					record,
					index,
					name,
					`colonne inconnue ${quote(name)} : les noms de colonnes de la ligne 1 ne doivent pas être modifiés (attendus : ${expected.join(', ')})`
				)
			);
		} else if (columns[name as MatrixColumn] !== -1) {
			problems.push(
				at(
					record,
					index,
					name,
					`colonne en double : ${name} est déjà en colonne ${columnLetter(columns[name as MatrixColumn])}`
				)
			);
		} else {
			columns[name as MatrixColumn] = index;
		}
	});
	for (const name of expected) {
		if (columns[name] === -1 && !INFORMATIVE_COLUMNS.includes(name)) {
			problems.push(
				at(record, undefined, undefined, `colonne manquante ${quote(name)} dans la ligne des noms de colonnes`)
			);
		}
	}
	if (problems.length > before) {
		problems.push(
			at(
				record,
				undefined,
				undefined,
				'les lignes suivantes seront vérifiées une fois la ligne des noms de colonnes corrigée'
			)
		);
		return undefined;
	}
	return columns;
}

function readLink(
	cell: (column: MatrixColumn) => string,
	problem: (column: MatrixColumn, message: string) => void
): LinkDraft {
	const readCodes = (column: MatrixColumn) => {
		const codes = splitList(cell(column)).map(normaliseCode);
		const duplicates = codes.filter((code, index) => codes.indexOf(code) !== index);
		if (duplicates.length > 0) problem(column, `${quote(duplicates[0])} figure deux fois`);
		return [...new Set(codes)];
	};
	const urls = splitList(cell('source_urls'));
	const titles = splitList(cell('source_titles'));
	const dates = splitList(cell('source_checked_on')).map(normaliseDate);
	if (urls.length !== titles.length || urls.length !== dates.length) {
		const column = titles.length !== urls.length ? 'source_titles' : 'source_checked_on';
		problem(
			column,
			`${countLabel(urls.length, 'adresse')}, ${countLabel(titles.length, 'titre')} et ${countLabel(dates.length, 'date')} : chaque source a une adresse, un titre et une date, dans le même ordre, séparés par « | »`
		);
	}
	return {
		operatorId: normaliseCode(cell('operator_id')),
		offer: cell('offer'),
		programmes: splitList(cell('programmes')),
		kinds: readCodes('kinds'),
		phases: readCodes('phases'),
		role: normaliseCode(cell('role')),
		eligibleIf: parseConditions(splitList(cell('eligible_if')).map(normaliseCode)),
		sources: urls.map((url, index) => ({ url, title: titles[index] ?? '', checkedOn: dates[index] ?? '' }))
	};
}
