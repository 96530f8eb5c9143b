import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { expect, test, type APIRequestContext, type Download, type Page } from '@playwright/test';
import { firstSentence } from '../../src/lib/format/text';

// What an auditor downloads: the workbook, the CSV of the rows on screen, and the headline sentences.

interface MatrixJson {
	operators: { id: string; shortName: string }[];
	themes: { id: string; label: string }[];
	topics: { id: string; label: string; themeId: string; operators: { operatorId: string; offer: string }[] }[];
}
interface SetJson {
	operators: string[];
	count: number;
	topics: string[];
}
interface OverlapsJson {
	pairs: SetJson[];
	combinations: SetJson[];
}

async function published(request: APIRequestContext) {
	const matrix = (await (await request.get('/donnees/matrice.json')).json()) as MatrixJson;
	const overlaps = (await (await request.get('/donnees/chevauchements.json')).json()) as OverlapsJson;
	const name = new Map(matrix.operators.map((operator) => [operator.id, operator.shortName]));
	return { matrix, overlaps, name };
}

/** Clicks a link and returns what the browser saved. */
async function download(page: Page, link: ReturnType<Page['getByRole']>): Promise<{ file: Download; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
	return { file, bytes: readFileSync(await file.path()) };
}

/** A `;` CSV read as a spreadsheet reads it (exceljs), every cell kept as text. */
async function readCsv(bytes: Buffer): Promise<string[][]> {
	expect([...bytes.subarray(0, 3)], 'UTF-8 BOM, so Excel reads UTF-8').toEqual([0xef, 0xbb, 0xbf]);
	const workbook = new ExcelJS.Workbook();
	const sheet = await workbook.csv.read(Readable.from([bytes.subarray(3).toString('utf8')]), {
		parserOptions: { delimiter: ';' },
		map: (value: unknown) => value
	});
	return (sheet.getSheetValues().slice(1) as ExcelJS.CellValue[][]).map((row) =>
		row.slice(1).map((cell) => String(cell ?? ''))
	);
}

async function openMatrix(page: Page, query = '') {
	await page.goto(`/matrice${query}`);
	await expect(page.locator('[role="status"][data-ready="true"]')).toBeAttached({ timeout: 15_000 });
}

test('the workbook downloads from the overlap page with one sheet per view and the published figures', async ({
	page,
	request
}) => {
	test.slow(); // a 100 kB workbook parsed on a shared machine
	const { matrix, overlaps, name } = await published(request);
	await page.goto('/chevauchements');
	const { file, bytes } = await download(page, page.getByRole('link', { name: /classeur qui-fait-quoi\.xlsx/ }));
	expect(file.suggestedFilename()).toBe('qui-fait-quoi.xlsx');

	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
	expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
		'Qui fait quoi',
		'Liens',
		'Chevauchements',
		'Sources',
		'À propos'
	]);
	const dataRows = (sheetName: string) =>
		(workbook.getWorksheet(sheetName)?.getSheetValues().slice(2) ?? []).map((row) =>
			(row as ExcelJS.CellValue[]).slice(1).map((cell) => String(cell ?? ''))
		);

	const topicRows = dataRows('Qui fait quoi');
	expect(topicRows.map((row) => row[1]).sort()).toEqual(matrix.topics.map((topic) => topic.label).sort());
	expect(dataRows('Liens')).toHaveLength(matrix.topics.reduce((sum, topic) => sum + topic.operators.length, 0));

	// Operators and topics are named, not coded: the test maps the JSON's ids to the names an auditor reads.
	const label = new Map(matrix.topics.map((topic) => [topic.id, topic.label]));
	const list = new Intl.ListFormat('fr-FR', { style: 'long', type: 'conjunction' });
	const expected = [
		...overlaps.pairs.map((set) => ['Paire', set] as const),
		...overlaps.combinations.map((set) => ['Combinaison exacte', set] as const)
	].map(([kind, set]) => [
		kind,
		list.format(set.operators.map((id) => name.get(id) ?? id)),
		String(set.operators.length),
		String(set.count),
		set.topics.map((id) => label.get(id)).join('\n')
	]);
	expect(dataRows('Chevauchements')).toEqual(expected);
});

test('« Exporter cette sélection » saves the rows on screen as a CSV French Excel opens', async ({ page, request }) => {
	test.slow(); // the full matrix hydrates before the filters apply, on a shared machine
	const { matrix, name } = await published(request);
	await openMatrix(page, '?operateur=cerema&chevauchements=1');
	const shown = await page
		.locator('tr[data-topic-id]')
		.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-topic-id') ?? ''));
	expect(shown.length).toBeGreaterThan(0);

	const link = page.getByRole('link', { name: /^Exporter cette sélection/ });
	await expect(link).toContainText(`${shown.length} sujet`);
	const { file, bytes } = await download(page, link);
	expect(file.suggestedFilename()).toBe('qui-fait-quoi-selection.csv');
	const [header, ...rows] = await readCsv(bytes);

	expect(header).toEqual(['Thème', 'Sujet', ...matrix.operators.map((o) => name.get(o.id)), "Nombre d'opérateurs"]);
	const byId = new Map(matrix.topics.map((topic) => [topic.id, topic]));
	const theme = new Map(matrix.themes.map((item) => [item.id, item.label]));
	expect(rows).toEqual(
		shown.map((id) => {
			const topic = byId.get(id)!;
			const offer = (operatorId: string) => topic.operators.find((link) => link.operatorId === operatorId)?.offer;
			return [
				theme.get(topic.themeId),
				topic.label,
				...matrix.operators.map((operator) => {
					const text = offer(operator.id);
					return text === undefined ? '' : firstSentence(text);
				}),
				String(topic.operators.length)
			];
		})
	);
});

test('with nothing filtered, the selection is the very file the link gives without JavaScript', async ({
	page,
	request
}) => {
	test.slow();
	await openMatrix(page);
	const { bytes } = await download(page, page.getByRole('link', { name: /^Exporter cette sélection/ }));
	const file = Buffer.from(await (await request.get('/donnees/qui-fait-quoi.csv')).body());
	expect(bytes.equals(file)).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the export link still downloads the whole table, and a note says so', async ({ page, request }) => {
		const { matrix } = await published(request);
		await page.goto('/matrice?operateur=cerema');
		// Playwright's text selectors skip <noscript>, so the note is found by its place in the page.
		const note = page.locator('.matrix-export noscript p');
		await expect(note).toBeVisible();
		await expect(note).toContainText('Sans JavaScript, « Exporter cette sélection » télécharge la matrice entière');
		const { bytes } = await download(page, page.getByRole('link', { name: /^Exporter cette sélection/ }));
		const [, ...rows] = await readCsv(bytes);
		expect(rows).toHaveLength(matrix.topics.length);
	});
});

test('the overlap page says in a sentence which pair overlaps most, as the JSON counts it', async ({
	page,
	request
}) => {
	test.slow(); // a long page
	const { overlaps, name } = await published(request);
	const best = Math.max(...overlaps.pairs.map((pair) => pair.count));
	const top = overlaps.pairs.filter((pair) => pair.count === best);
	const pairLabel = (pair: SetJson) => pair.operators.map((id) => name.get(id)).join(' et ');
	const sujets = `${best} sujet${best > 1 ? 's' : ''}`;
	await page.goto('/chevauchements');
	const sentence = page.locator('[data-headline="paire"]');
	if (top.length === 1) {
		await expect(sentence).toHaveText(`La paire qui se chevauche le plus : ${pairLabel(top[0])}, ${sujets}.`);
		await expect(sentence.getByRole('link')).toHaveAttribute(
			'href',
			`/matrice?${top[0].operators.map((id) => `operateur=${id}`).join('&')}`
		);
	} else {
		await expect(sentence).toContainText('Les paires qui se chevauchent le plus, ex aequo');
		for (const pair of top) await expect(sentence).toContainText(`${pairLabel(pair)}, ${sujets}`);
	}
});
