import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../spreadsheet/csv';
import { matrixRows } from '../spreadsheet/matrix-columns';
import { loadDataset } from '../data/load';
import { importMatrixCsv } from '../spreadsheet/matrix-import';
import type { Topic } from '../../types';
import { importCommand } from './data-import';
import { CSV_FIXTURES, VALID_DATA, copyData, hashDir, runInProcess, runScript } from './test-helpers';

const reference = loadDataset(VALID_DATA);
const importFixture = (name: string) => importMatrixCsv(readFileSync(join(CSV_FIXTURES, name)), reference);

// One fixture per broken case, made from the valid fixture's export; each names the row and column to fix.
const BROKEN: [fixture: string, problems: RegExp[]][] = [
	['unknown-operator.csv', [/^ligne 3, colonne H \(operator_id\) : opérateur inconnu « dreal »/]],
	[
		'duplicate-link.csv',
		[/^ligne 5, colonne H \(operator_id\) : lien en double .*« petites-villes ».*anah \(ligne 2\)/]
	],
	['missing-label.csv', [/^ligne 7, colonne D \(topic_label\) : ne doit pas être vide/]],
	['bad-url.csv', [/^ligne 2, colonne N \(source_urls\) : URL invalide/]],
	['bad-date.csv', [/^ligne 5, colonne P \(source_checked_on\) : date invalide \(attendu : AAAA-MM-JJ\)/]],
	['unclosed-quote.csv', [/^ligne 3, colonne J \(offer\) : guillemet ouvert jamais refermé/]],
	['header-missing-column.csv', [/^ligne 1 : colonne manquante « offer »/, /^ligne 1 : les lignes suivantes/]],
	[
		'header-unknown-column.csv',
		[/^ligne 1, colonne Q \(notes\) : colonne inconnue « notes »/, /^ligne 1 : les lignes suivantes/]
	],
	[
		'header-duplicate-column.csv',
		[
			/^ligne 1, colonne E \(topic_label\) : colonne en double : topic_label est déjà en colonne D/,
			/^ligne 1 : colonne manquante « topic_description »/,
			/^ligne 1 : les lignes suivantes/
		]
	],
	['empty.csv', [/^ligne 1 : fichier vide/]],
	['header-only.csv', [/^ligne 1 : aucune ligne de données/]],
	['wrong-cell-count.csv', [/^ligne 4 : 19 cellules au lieu de 18/]],
	[
		'inconsistent-topic.csv',
		[/^ligne 3, colonne D \(topic_label\) : diffère de la ligne 2 pour le même sujet « petites-villes »/]
	],
	[
		'unknown-theme.csv',
		[/^ligne 7, colonne A \(theme_id\) : thème inconnu « sante » : les thèmes se créent dans data\/themes\.json/]
	],
	['sources-unequal.csv', [/^ligne 6, colonne O \(source_titles\) : 2 adresses, 1 titre et 1 date/]],
	[
		'many-problems.csv',
		[
			/^ligne 3, colonne H \(operator_id\) : opérateur inconnu/,
			/^ligne 5, colonne P \(source_checked_on\) : date invalide/,
			/^ligne 7, colonne D \(topic_label\) : ne doit pas être vide/
		]
	]
];

describe('importMatrixCsv on broken files', () => {
	it.each(BROKEN)('%s: refused, every problem located by row and column', (fixture, expected) => {
		const result = importFixture(fixture);
		expect(result.topics).toBeUndefined();
		expect(result.problems).toHaveLength(expected.length);
		expected.forEach((pattern, index) => expect(result.problems[index]).toMatch(pattern));
	});
});

describe('data:import as a command', () => {
	const check = (fixture: string, run: (dir: string) => { status: number | null; stderr: string }) => {
		const dir = copyData();
		const before = hashDir(dir);
		const { status, stderr } = run(dir);
		expect(status).toBe(1);
		expect(stderr).toContain("Rien n'a été écrit");
		for (const pattern of BROKEN.find(([name]) => name === fixture)?.[1] ?? []) {
			expect(stderr).toMatch(new RegExp(`  - ${pattern.source.slice(1)}`));
		}
		expect(hashDir(dir)).toBe(before);
	};

	it.each(['unknown-operator.csv', 'unclosed-quote.csv', 'empty.csv'])(
		'%s, run with npx tsx: exits 1, names the row, writes nothing',
		(fixture) => {
			check(fixture, (dir) => runScript('data-import', ['--data', dir, join(CSV_FIXTURES, fixture)]));
		},
		120_000
	);

	it.each(BROKEN.map(([fixture]) => fixture))(
		'%s, run in-process: exits 1, names the row, writes nothing',
		(fixture) => {
			check(fixture, (dir) => runInProcess(importCommand, ['--data', dir, join(CSV_FIXTURES, fixture)]));
		}
	);

	it('refuses a missing file and unknown options without touching data/', () => {
		const dir = copyData();
		const before = hashDir(dir);
		expect(runInProcess(importCommand, ['--data', dir, join(dir, 'absent.csv')])).toMatchObject({
			status: 1,
			stderr: expect.stringContaining('introuvable')
		});
		expect(runInProcess(importCommand, ['--data', dir, '--force', 'x.csv'])).toMatchObject({
			status: 2,
			stderr: expect.stringContaining('Usage')
		});
		expect(hashDir(dir)).toBe(before);
	});

	it('imports a spreadsheet edit, says what changed and warns that the counts left the report’s', () => {
		const dir = copyData();
		const rows = matrixRows(reference);
		const header = rows[0];
		const col = (name: string) => header.indexOf(name);
		const edited = rows.map((row) => [...row]);
		for (const row of edited.slice(1).filter((row) => row[col('topic_id')] === 'friches'))
			row[col('topic_label')] = 'Friches urbaines';
		// French Excel turns a lone ISO date into 28/11/2026, and people type codes with accents or capitals.
		edited[1][col('source_checked_on')] = '01/12/2026';
		edited[1][col('kinds')] = 'Étude | FINANCEMENT';
		const removed = edited.findIndex(
			(row) => row[col('topic_id')] === 'petites-villes' && row[col('operator_id')] === 'bdt'
		);
		edited.splice(removed, 1);
		const added = [...edited[edited.length - 1]];
		added[col('operator_id')] = 'CEREMA';
		added[col('offer')] = 'Appui du Cerema.';
		edited.push(added);
		const file = join(dir, 'edit.csv');
		writeFileSync(file, toCsv(edited));

		const { status, stdout } = runInProcess(importCommand, ['--data', dir, '--supprimer', file]);
		expect(status).toBe(0);
		expect(stdout).toContain('sujets modifiés (1) : friches (label)');
		expect(stdout).toContain('liens ajoutés (1) : reseau-chaleur – cerema');
		expect(stdout).toContain('liens supprimés (1) : petites-villes – bdt');
		expect(stdout).toContain('liens modifiés (1) : petites-villes – anah (kinds, sources)');
		expect(stdout).toMatch(/colonne G \(topic_operator_count\) : « 1 » ignoré/);
		expect(stdout).toMatch(/3 sujets, dont 3 multi-opérateurs et 0 avec un seul opérateur/);
		expect(stdout).toContain('le rapport du Sénat (n° 126, 7 novembre 2024) compte 80 sujets dont 65');

		expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
		const topics = JSON.parse(readFileSync(join(dir, 'topics.json'), 'utf8')) as Topic[];
		const byId = new Map(topics.map((topic) => [topic.id, topic]));
		expect(byId.get('friches')?.label).toBe('Friches urbaines');
		expect(byId.get('petites-villes')?.operators.map((link) => link.operatorId)).toEqual(['anah', 'anct']);
		expect(byId.get('petites-villes')?.operators[0]).toMatchObject({
			kinds: ['financement', 'etude'],
			sources: [{ checkedOn: '2026-12-01' }]
		});
		expect(byId.get('reseau-chaleur')?.operators.map((link) => link.operatorId)).toEqual(['ademe', 'cerema']);
	});

	it('accepts rows sorted apart from their topic, keeping the first-seen topic order', () => {
		const rows = matrixRows(reference);
		const [header, ...body] = rows;
		const sorted = [
			header,
			...[...body].sort((a, b) => a[header.indexOf('operator_id')].localeCompare(b[header.indexOf('operator_id')]))
		];
		const result = importMatrixCsv(new TextEncoder().encode(toCsv(sorted)), reference);
		expect(result.problems).toEqual([]);
		// ademe comes first alphabetically, so « friches » is seen before « petites-villes » in the same theme.
		expect(result.topics?.map((topic) => topic.id)).toEqual(['friches', 'petites-villes', 'reseau-chaleur']);
	});

	it('names the text line as well as the row once a cell above spans several lines', () => {
		const rows = matrixRows(reference);
		const col = (name: string) => rows[0].indexOf(name);
		rows[1][col('offer')] = 'Première ligne\nseconde ligne';
		rows[3][col('operator_id')] = 'dreal';
		const result = importMatrixCsv(new TextEncoder().encode(toCsv(rows)), reference);
		expect(result.problems).toEqual([
			expect.stringMatching(/^ligne 4 \(ligne 5 du fichier texte\), colonne H \(operator_id\) : opérateur inconnu/)
		]);
		expect(parseCsv(toCsv(rows)).records).toHaveLength(rows.length);
	});
});
