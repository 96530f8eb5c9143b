import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';

interface MatrixJson {
	operators: { id: string; shortName: string }[];
	topics: { id: string; themeId: string; label: string; operators: { operatorId: string }[] }[];
}
interface SetJson {
	operators: string[];
	count: number;
	topics: string[];
}
interface OverlapsJson {
	counts: { topics: number; multiOperator: number; singleOperator: number };
	distribution: { operatorCount: number; count: number; topics: string[] }[];
	pairs: SetJson[];
	combinations: SetJson[];
}

async function published(request: APIRequestContext) {
	const matrix = (await (await request.get('/donnees/matrice.json')).json()) as MatrixJson;
	const overlaps = (await (await request.get('/donnees/chevauchements.json')).json()) as OverlapsJson;
	const order = matrix.operators.map((operator) => operator.id);
	const operatorsOf = (topic: MatrixJson['topics'][number]) =>
		topic.operators.map((link) => link.operatorId).sort((a, b) => order.indexOf(a) - order.indexOf(b));
	return { matrix, overlaps, order, operatorsOf };
}

const sorted = (ids: string[]) => [...ids].sort();

test('the overlap files agree with the matrix, pair by pair and combination by combination', async ({ request }) => {
	const { matrix, overlaps, order, operatorsOf } = await published(request);

	const expectedPairs = order.flatMap((a, index) =>
		order.slice(index + 1).map((b) => ({
			operators: [a, b],
			topics: matrix.topics
				.filter((topic) => operatorsOf(topic).includes(a) && operatorsOf(topic).includes(b))
				.map((topic) => topic.id)
		}))
	);
	expect(overlaps.pairs.map((pair) => pair.operators)).toEqual(expectedPairs.map((pair) => pair.operators));
	for (const [index, pair] of overlaps.pairs.entries()) {
		expect(pair.count, pair.operators.join('+')).toBe(expectedPairs[index].topics.length);
		expect(sorted(pair.topics)).toEqual(sorted(expectedPairs[index].topics));
	}

	const expectedCombinations = new Map<string, string[]>();
	for (const topic of matrix.topics) {
		const key = operatorsOf(topic).join('+');
		expectedCombinations.set(key, [...(expectedCombinations.get(key) ?? []), topic.id]);
	}
	expect(overlaps.combinations).toHaveLength(expectedCombinations.size);
	for (const combination of overlaps.combinations) {
		const expected = expectedCombinations.get(combination.operators.join('+')) ?? [];
		expect(combination.count, combination.operators.join('+')).toBe(expected.length);
		expect(sorted(combination.topics)).toEqual(sorted(expected));
	}
	const counts = overlaps.combinations.map((combination) => combination.count);
	expect(counts).toEqual([...counts].sort((a, b) => b - a));

	const single = matrix.topics.filter((topic) => topic.operators.length === 1).length;
	expect(overlaps.counts).toEqual({
		topics: matrix.topics.length,
		multiOperator: matrix.topics.length - single,
		singleOperator: single
	});
	for (const row of overlaps.distribution) {
		expect(row.count).toBe(matrix.topics.filter((topic) => topic.operators.length === row.operatorCount).length);
	}
});

test('the overlap CSV opens in Excel and carries the same pairs and combinations as the JSON', async ({ request }) => {
	const { matrix, overlaps } = await published(request);
	const label = new Map(matrix.topics.map((topic) => [topic.id, topic.label]));
	const csv = await (await request.get('/donnees/chevauchements.csv')).text();
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const [header, ...lines] = csv
		.slice(1)
		.trimEnd()
		.split('\r\n')
		.map((line) => line.split(';'));
	expect(header).toEqual([
		'kind',
		'operator_ids',
		'operator_names',
		'operator_count',
		'topic_count',
		'topic_ids',
		'topic_labels'
	]);
	const list = (cell: string) => (cell ? cell.split(' | ') : []);
	const rows = lines.map(([kind, ids, , , count, topics, labels]) => ({
		kind,
		ids,
		count: Number(count),
		topics: list(topics),
		labels: list(labels)
	}));
	const expected = [
		...overlaps.pairs.map((set) => ({ kind: 'pair', set })),
		...overlaps.combinations.map((set) => ({ kind: 'combination', set }))
	].map(({ kind, set }) => ({
		kind,
		ids: set.operators.join(' | '),
		count: set.count,
		topics: set.topics,
		labels: set.topics.map((id) => label.get(id))
	}));
	expect(rows).toEqual(expected);
});

test('the page states the figures of the data, and its charts link to the matching rows of the matrix', async ({
	page,
	request
}) => {
	test.slow(); // a long page on a shared machine
	const { matrix, overlaps } = await published(request);
	const name = new Map(matrix.operators.map((operator) => [operator.id, operator.shortName]));
	await page.goto('/chevauchements');
	const main = page.locator('main');
	const { topics, multiOperator, singleOperator } = overlaps.counts;
	await expect(main.locator('.fr-text--lead')).toContainText(
		`Sur ${topics} sujets, ${multiOperator} ont deux opérateurs compétents ou plus et ${singleOperator} n'en ont qu'un`
	);

	const distribution = page.getByRole('table', { name: "Sujets selon le nombre d'opérateurs compétents" });
	for (const row of overlaps.distribution) {
		const label = `${row.operatorCount} opérateur${row.operatorCount > 1 ? 's' : ''}`;
		await expect(
			distribution
				.getByRole('row', { name: new RegExp(`^${label} `) })
				.getByRole('cell')
				.first()
		).toHaveText(String(row.count));
	}

	const cells = await page
		.getByRole('group', { name: "Sujets partagés par chaque paire d'opérateurs" })
		.locator('a')
		.evaluateAll((links) =>
			links.map((link) => [link.getAttribute('aria-label'), link.getAttribute('href'), link.textContent?.trim()])
		);
	for (const pair of overlaps.pairs) {
		const [a, b] = pair.operators;
		const label = `${name.get(a)} et ${name.get(b)} : ${pair.count} sujet${pair.count > 1 ? 's' : ''} en commun`;
		expect(cells).toContainEqual([label, `/matrice?operateur=${a}&operateur=${b}`, String(pair.count)]);
	}

	const rows = await page.locator('#combinaisons tbody tr').evaluateAll((trs) =>
		trs.map((tr) => ({
			operators: [...tr.querySelectorAll('[data-operator]')].map((tag) => tag.getAttribute('data-operator')),
			count: tr.querySelector('th a[href^="/matrice"]')?.textContent?.trim(),
			href: tr.querySelector('th a[href^="/matrice"]')?.getAttribute('href'),
			topics: [...tr.querySelectorAll('[data-topic-id]')].map((item) => item.getAttribute('data-topic-id'))
		}))
	);
	expect(rows).toEqual(
		overlaps.combinations.map((combination) => ({
			operators: combination.operators,
			count: `${combination.count} sujet${combination.count > 1 ? 's' : ''} pour exactement ${combination.operators.map((id) => name.get(id)).join(', ')}, voir dans la matrice`,
			href: `/matrice?${combination.operators.map((id) => `operateur=${id}`).join('&')}&exactement=1`,
			topics: combination.topics
		}))
	);
});

test('each operator’s shared and exclusive topics, the ANCT–Ademe–Cerema pairs and the theme rates are shown', async ({
	page,
	request
}) => {
	test.slow();
	const { matrix, operatorsOf } = await published(request);
	await page.goto('/chevauchements#paires');
	await expect(page.locator('#paires')).toBeInViewport();

	for (const operator of matrix.operators) {
		const own = matrix.topics.filter((topic) => operatorsOf(topic).includes(operator.id));
		const exclusive = own.filter((topic) => topic.operators.length === 1);
		const block = page.locator(`#operateur-${operator.id}`);
		await expect(block).toContainText(`${own.length} sujet`);
		await expect(block).toContainText(`dont ${own.length - exclusive.length} partagé`);
		await expect(block.locator('[data-topic-id]')).toHaveCount(exclusive.length);
	}

	const trio = page.locator('#anct-ademe-cerema');
	const allThree = matrix.topics.filter((topic) =>
		['ademe', 'cerema', 'anct'].every((id) => operatorsOf(topic).includes(id))
	);
	await expect(trio).toContainText(`compétents tous les trois sur ${allThree.length} sujet`);
	const lastRow = trio.getByRole('row').last();
	await expect(lastRow.locator('[data-topic-id]')).toHaveCount(allThree.length);

	const themes = page.locator('#par-theme tbody tr');
	await expect(themes).toHaveCount(new Set(matrix.topics.map((topic) => topic.themeId)).size);
	await expect(themes.first().getByRole('link')).toHaveAttribute('href', /^\/matrice\?theme=[a-z0-9-]+$/);
});

test('the overlap page has no accessibility violation', async ({ page }) => {
	test.setTimeout(180_000); // axe walks every SVG cell and table of a long page, on a shared machine
	await page.goto('/chevauchements');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations).toEqual([]);
});

test('on a 360 px phone the page does not overflow and the combinations scroll inside their own region', async ({
	page
}) => {
	test.slow();
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/chevauchements');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	const upset = page.getByRole('region', { name: "Graphique des combinaisons d'opérateurs (défilement horizontal)" });
	await upset.focus();
	await expect(upset).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => upset.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
	const results = await new AxeBuilder({ page }).include('#combinaisons').include('#paires').analyze();
	expect(results.violations).toEqual([]);
});

test.describe('without JavaScript and in print', () => {
	test.use({ javaScriptEnabled: false });

	test('the charts are drawn on the server and the report prints with its date and source', async ({ page }) => {
		test.slow();
		await page.goto('/chevauchements');
		await expect(page.getByRole('group', { name: "Sujets partagés par chaque paire d'opérateurs" })).toBeVisible();
		await expect(page.getByRole('group', { name: "Combinaisons d'opérateurs trouvées sur un sujet" })).toBeVisible();
		await expect(page.getByRole('img', { name: 'Taux de chevauchement par thème' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Sommaire de la page' })).toBeHidden();
		await expect(page.locator('.report-source')).toBeVisible();
		await expect(page.locator('.report-source')).toContainText(/Données à jour au \d{1,2} \p{L}+ \d{4}\. Source/u);
	});
});
