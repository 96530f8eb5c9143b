import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as overlapsJson } from '../../../routes/donnees/chevauchements.json/+server';
import { listLabel } from '../../format/french';
import { HELP_KIND_LABELS, PHASE_LABELS, ROLE_LABELS } from '../../matrix/vocabulary';
import { operatorName, operatorNames } from '../../operators';
import type { OperatorSet } from '../../overlaps/report';
import { loadDataset } from '../data/load';
import { OVERLAP_KIND_LABELS, SHEET_NAMES } from './sheets';
import { datasetWorkbook } from './write';

// The real data, written to .xlsx and read back with the same library, as an auditor's spreadsheet would.
const dataset = loadDataset();
let bytes: ArrayBuffer;
const workbook = new ExcelJS.Workbook();

beforeAll(async () => {
	bytes = await datasetWorkbook(dataset);
	await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
}, 120_000);

const sheet = (name: string) => {
	const found = workbook.getWorksheet(name);
	if (!found) throw new Error(`no sheet « ${name} »`);
	return found;
};
const text = (value: ExcelJS.CellValue) => (value === null || value === undefined ? '' : String(value));
/** Every data row of a sheet as text cells, header left out. */
const rows = (name: string) =>
	sheet(name)
		.getSheetValues()
		.slice(2)
		.map((row) => (Array.isArray(row) ? row.slice(1).map(text) : []));
const header = (name: string) => (sheet(name).getRow(1).values as ExcelJS.CellValue[]).slice(1).map(text);
const column = (name: string, title: string) => {
	const index = header(name).indexOf(title);
	expect(index, `column « ${title} » in « ${name} »`).toBeGreaterThanOrEqual(0);
	return rows(name).map((row) => row[index] ?? '');
};

describe('the auditors’ workbook', () => {
	it('has one sheet per view, in order', () => {
		expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(Object.values(SHEET_NAMES));
	});

	it('has one row per topic in « Qui fait quoi », with a column per operator and the count', () => {
		const names = operatorNames(dataset.operators);
		expect(header(SHEET_NAMES.matrix)).toEqual([
			'Thème',
			'Sujet',
			...dataset.operators.map((operator) => operatorName(names, operator.id)),
			"Nombre d'opérateurs"
		]);
		const matrix = rows(SHEET_NAMES.matrix);
		expect(matrix).toHaveLength(dataset.topics.length);
		for (const topic of dataset.topics) {
			const row = matrix.find((cells) => cells[1] === topic.label);
			expect(row, topic.id).toBeDefined();
			const filled = dataset.operators.filter((_, index) => (row?.[2 + index] ?? '') !== '');
			expect(filled.map((operator) => operator.id).sort()).toEqual(
				topic.operators.map((link) => link.operatorId).sort()
			);
			expect(Number(row?.at(-1))).toBe(topic.operators.length);
		}
	});

	it('has one row per link in « Liens », with labels where the CSV has codes', () => {
		const links = dataset.topics.flatMap((topic) => topic.operators);
		expect(rows(SHEET_NAMES.links)).toHaveLength(links.length);
		expect(new Set(column(SHEET_NAMES.links, 'Rôle'))).toEqual(new Set(links.map((link) => ROLE_LABELS[link.role])));
		const words = (title: string) => column(SHEET_NAMES.links, title).flatMap((cell) => cell.split('\n'));
		expect(words("Types d'aide").every((label) => Object.values(HELP_KIND_LABELS).includes(label as never))).toBe(true);
		expect(words('Phases').every((label) => Object.values(PHASE_LABELS).includes(label as never))).toBe(true);
		expect(column(SHEET_NAMES.links, 'Réservé à').every((cell) => /^(Ouvert à toutes|Réservé aux? )/.test(cell))).toBe(
			true
		);
		expect(words('Sources relevées le').every((date) => /^\d{1,2} \p{L}+ \d{4}$/u.test(date))).toBe(true);
		// Sources, their addresses, kinds and dates are one per line, in step.
		const lineCounts = (title: string) => column(SHEET_NAMES.links, title).map((cell) => cell.split('\n').length);
		expect(lineCounts('Adresses des sources')).toEqual(lineCounts('Sources'));
		expect(lineCounts('Types de sources')).toEqual(lineCounts('Sources'));
	});

	it('gives the same pairs and combinations as /donnees/chevauchements.json, with topic names', async () => {
		const published = (await overlapsJson().json()) as { pairs: OperatorSet[]; combinations: OperatorSet[] };
		const names = operatorNames(dataset.operators);
		const labels = new Map(dataset.topics.map((topic) => [topic.id, topic.label]));
		const expected = [
			...published.pairs.map((set) => [OVERLAP_KIND_LABELS.pair, set] as const),
			...published.combinations.map((set) => [OVERLAP_KIND_LABELS.combination, set] as const)
		].map(([kind, set]) => [
			kind,
			listLabel(set.operators.map((id) => operatorName(names, id))),
			String(set.operators.length),
			String(set.count),
			set.topics.map((id) => labels.get(id)).join('\n')
		]);
		expect(rows(SHEET_NAMES.overlaps)).toEqual(expected);
	});

	it('lists every cited address once in « Sources », with its kind and date', () => {
		const urls = new Set(
			dataset.topics.flatMap((topic) => topic.operators.flatMap((link) => link.sources)).map((s) => s.url)
		);
		const cells = sheet(SHEET_NAMES.sources).getColumn(2).values.slice(2) as ExcelJS.CellHyperlinkValue[];
		expect(cells.map((cell) => cell.hyperlink).sort()).toEqual([...urls].sort());
		const kinds = new Set(dataset.sourceHosts.kinds.map((kind) => kind.label));
		expect(column(SHEET_NAMES.sources, 'Type de source').every((kind) => kinds.has(kind))).toBe(true);
		expect(sheet(SHEET_NAMES.sources).getCell('E2').value).toBeInstanceOf(Date);
	});

	it('freezes the header row and puts filters on every table', () => {
		for (const worksheet of workbook.worksheets) {
			expect(worksheet.views[0], worksheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
			if (worksheet.name !== SHEET_NAMES.about) expect(worksheet.autoFilter, worksheet.name).toBeTruthy();
			expect(worksheet.getColumn(1).width, worksheet.name).toBeGreaterThan(10);
		}
	});

	it('says what the data is, its date and licence', () => {
		const about = rows(SHEET_NAMES.about).map((row) => row.join(' : '));
		expect(about.join('\n')).toMatch(/reconstitution sourcée/);
		expect(about.join('\n')).toMatch(/Licence Ouverte 2\.0/);
		expect(about.join('\n')).toMatch(/Données à jour au : \d{1,2} \p{L}+ \d{4}/u);
	});

	it('is the same bytes from one build to the next', async () => {
		expect(Buffer.from(await datasetWorkbook(dataset)).equals(Buffer.from(bytes))).toBe(true);
	}, 120_000);
});
