import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../spreadsheet/csv';
import { canonicalTopics, formatDataFile } from '../data/canonical';
import { exportCommand } from './data-export';
import { importCommand } from './data-import';
import { loadDataset } from '../data/load';
import type { Topic } from '../../types';
import { ROOT, copyData, encodeWindows1252, hashDir, runInProcess, runScript } from './test-helpers';

const REAL_DATA = join(ROOT, 'data');
const hasRealData = existsSync(join(REAL_DATA, 'topics.json'));

/** The fixture with values that break naive CSV code: separators, quotes, line breaks, formulas, French typography. */
function trickyData(): string {
	const dir = copyData();
	const { themes, topics } = loadDataset(dir);
	const [first, second] = topics;
	const tricky: Topic[] = [
		{
			...first,
			label: 'Cœur de ville : « revitalisation » – l’été à 5 €',
			description: 'Texte ; avec "guillemets", virgule, et\nretour à la ligne.',
			keywords: ['=SOMME(A1)', "'=déjà protégé", 'PVD', '-moins', '+33', '@mention'],
			operators: first.operators.map((link, index) => ({
				...link,
				offer: index === 0 ? '-10 % sur les études ; puis "accompagnement"\n— deuxième paragraphe…' : link.offer,
				programmes: index === 0 ? [] : ['Programme A', 'Programme B'],
				kinds: ['financement', 'etude', 'outil'],
				phases: ['amont', 'realisation'],
				sources: [
					...link.sources,
					{ url: 'https://exemple.gouv.fr/page?a=1&b=2;c', title: 'Titre, avec virgule', checkedOn: '2025-01-31' }
				]
			}))
		},
		{ ...second, keywords: [] }
	];
	writeFileSync(join(dir, 'topics.json'), formatDataFile(canonicalTopics([...tricky, ...topics.slice(2)], themes)));
	return dir;
}

/** Exports `dir`, feeds the bytes through `transform`, imports them into a fresh copy and returns both hashes. */
function roundTrip(dir: string, transform: (csv: Buffer) => Uint8Array | string = (csv) => csv) {
	const exported = join(copyData(), 'export.csv');
	expect(runInProcess(exportCommand, ['--data', dir, exported]).status).toBe(0);
	const edited = join(copyData(), 'edited.csv');
	writeFileSync(edited, transform(readFileSync(exported)));
	const target = copyData(dir);
	const result = runInProcess(importCommand, ['--data', target, edited]);
	return { result, before: hashDir(dir), after: hashDir(target) };
}

const toWindows1252 = (csv: Buffer) => encodeWindows1252(csv.toString('utf8').replace(/^\uFEFF/, ''));

describe('export then import', () => {
	it('leaves tricky data byte-identical, and says nothing changed', () => {
		const { result, before, after } = roundTrip(trickyData());
		expect(result.stdout).toContain('Aucun changement');
		expect(after).toBe(before);
	});

	it('survives a save as « CSV (séparateur : point-virgule) », i.e. Windows-1252 without BOM', () => {
		const { result, before, after } = roundTrip(trickyData(), toWindows1252);
		expect(result.stdout).toContain('Windows-1252, séparateur « ; »');
		expect(after).toBe(before);
	});

	it('survives commas as separators, LF line ends and no BOM', () => {
		const asCommaLf = (csv: Buffer) => {
			const rows = parseCsv(csv.toString('utf8')).records.map((record) => record.cells);
			return toCsv(rows, { separator: ',', bom: false }).replaceAll('\r\n', '\n');
		};
		const { result, before, after } = roundTrip(trickyData(), asCommaLf);
		expect(result.stdout).toContain('UTF-8, séparateur « , »');
		expect(after).toBe(before);
	});

	it('runs from the command line with npx tsx and writes nothing on the real data/', () => {
		const dir = trickyData();
		const file = join(copyData(), 'matrice.csv');
		const realBefore = hasRealData ? hashDir(REAL_DATA) : '';
		expect(runScript('data-export', ['--data', dir, file]).status).toBe(0);
		const target = copyData(dir);
		const imported = runScript('data-import', ['--data', target, file]);
		expect(imported.status).toBe(0);
		expect(hashDir(target)).toBe(hashDir(dir));
		if (hasRealData) expect(hashDir(REAL_DATA)).toBe(realBefore);
	}, 120_000);
});

describe.runIf(hasRealData)('export then import of the real data/ (on a copy)', () => {
	it('is byte-identical in UTF-8', () => {
		const { before, after } = roundTrip(copyData(REAL_DATA));
		expect(after).toBe(before);
	});

	it('is byte-identical through Windows-1252', () => {
		const { before, after } = roundTrip(copyData(REAL_DATA), toWindows1252);
		expect(after).toBe(before);
	});
});
