import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { firstSentence } from '../../src/lib/format/text';

interface MatrixJson {
	counts: { topics: number; multiOperator: number; singleOperator: number };
	operators: { id: string; shortName: string }[];
	themes: { id: string; label: string }[];
	topics: { id: string; label: string; themeId: string; operators: { operatorId: string; offer: string }[] }[];
}

async function matrixJson(request: APIRequestContext): Promise<MatrixJson> {
	return (await request.get('/donnees/matrice.json')).json();
}

const ids = (topics: MatrixJson['topics']) => topics.map((topic) => topic.id);
const operatorsOf = (topic: MatrixJson['topics'][number]) => topic.operators.map((link) => link.operatorId);

async function shownTopicIds(page: Page): Promise<string[]> {
	return page
		.locator('tr[data-topic-id]')
		.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-topic-id') ?? ''));
}

/** DSFR draws the box over the input: click the label, as a user does. */
async function tick(page: Page, label: string | RegExp) {
	await page.locator('form.matrix-filters label').filter({ hasText: label }).click();
}

/** The filters read the URL once the page is hydrated; the status line says so. */
async function openMatrix(page: Page, query = '') {
	await page.goto(`/matrice${query}`);
	// Hydrating the full table can take a while on a busy CI machine.
	await expect(page.locator('[role="status"][data-ready="true"]')).toBeAttached({ timeout: 15_000 });
}

test('shows one row per topic, its operators marked and the overlaps flagged in words', async ({ page, request }) => {
	test.slow(); // one check per row
	const data = await matrixJson(request);
	await openMatrix(page);

	const counts = data.counts;
	await expect(page.locator('[data-matrix-counts]')).toHaveText(
		`${counts.topics} sujet${counts.topics > 1 ? 's' : ''} · ${counts.multiOperator} avec plusieurs opérateurs · ${counts.singleOperator} avec un seul`
	);
	expect(await shownTopicIds(page)).toEqual(
		ids(data.themes.flatMap((theme) => data.topics.filter((t) => t.themeId === theme.id)))
	);
	await expect(page.locator('tr[data-topic-id]:not([data-operator-count="1"])')).toHaveCount(counts.multiOperator);

	const rows = await page.locator('tr[data-topic-id]').evaluateAll((elements) =>
		elements.map((row) => ({
			id: row.getAttribute('data-topic-id'),
			count: row.getAttribute('data-operator-count'),
			marks: [...row.querySelectorAll('[data-operator]')].map((mark) => mark.getAttribute('data-operator')).sort(),
			badge: row.querySelector('.matrix-count')?.textContent?.trim()
		}))
	);
	for (const topic of data.topics) {
		const count = topic.operators.length;
		expect(rows.find((row) => row.id === topic.id)).toEqual({
			id: topic.id,
			count: String(count),
			marks: operatorsOf(topic).sort(),
			badge: `${count} opérateur${count > 1 ? 's' : ''}`
		});
	}
	for (const theme of data.themes.filter((candidate) => data.topics.some((t) => t.themeId === candidate.id))) {
		await expect(page.locator(`#theme-${theme.id}`)).toHaveText(theme.label);
	}
});

test('a filter changes the URL and the rows, and opening that URL restores the view', async ({ page, request }) => {
	test.slow(); // three loads of the full table
	const data = await matrixJson(request);
	// The operator on the most topics, so the filter has something to keep and something to drop.
	const operator = [...data.operators].sort(
		(a, b) =>
			data.topics.filter((t) => operatorsOf(t).includes(b.id)).length -
			data.topics.filter((t) => operatorsOf(t).includes(a.id)).length
	)[0];
	const withOperator = data.topics.filter((topic) => operatorsOf(topic).includes(operator.id));
	const overlapping = withOperator.filter((topic) => topic.operators.length > 1);

	await openMatrix(page);
	await tick(page, new RegExp(`^${operator.shortName}$`));
	await expect(page).toHaveURL(new RegExp(`/matrice\\?operateur=${operator.id}$`));
	// The layout also holds the « Hors ligne » status: take the matrix's own.
	await expect(page.getByRole('status').filter({ hasText: 'affiché' })).toHaveText(
		`${withOperator.length} sujet${withOperator.length > 1 ? 's' : ''} affiché${withOperator.length > 1 ? 's' : ''} sur ${data.topics.length}`
	);
	await expect.poll(async () => (await shownTopicIds(page)).sort()).toEqual(ids(withOperator).sort());

	await tick(page, /Chevauchements seulement/);
	await expect(page).toHaveURL(new RegExp(`/matrice\\?operateur=${operator.id}&chevauchements=1$`));
	await expect(page.locator('tr[data-topic-id]')).toHaveCount(overlapping.length);
	expect((await shownTopicIds(page)).sort()).toEqual(ids(overlapping).sort());

	const shared = page.url();
	const restored = await page.context().newPage();
	await openMatrix(restored, new URL(shared).search);
	await expect(restored.locator('tr[data-topic-id]')).toHaveCount(overlapping.length);
	expect((await shownTopicIds(restored)).sort()).toEqual(ids(overlapping).sort());
	await expect(restored.getByRole('checkbox', { name: operator.shortName, exact: true })).toBeChecked();
	await expect(restored.getByRole('checkbox', { name: /Chevauchements seulement/ })).toBeChecked();

	await restored.getByRole('link', { name: 'Tout afficher' }).click();
	await expect(restored.locator('tr[data-topic-id]')).toHaveCount(data.topics.length);
});

test('the theme and minimum filters, and the exact-combination links other pages use', async ({ page, request }) => {
	test.slow(); // three loads of the full table
	const data = await matrixJson(request);
	const theme = data.themes[data.themes.length - 1];
	await openMatrix(page);
	await page.getByLabel('Thème', { exact: true }).selectOption(theme.id);
	await expect(page).toHaveURL(new RegExp(`\\?theme=${theme.id}$`));
	await expect.poll(() => shownTopicIds(page)).toEqual(ids(data.topics.filter((topic) => topic.themeId === theme.id)));

	await openMatrix(page, '?min=3&theme=inconnu');
	expect((await shownTopicIds(page)).sort()).toEqual(
		ids(data.topics.filter((topic) => topic.operators.length >= 3)).sort()
	);
	await expect(page.getByLabel("Nombre minimal d'opérateurs")).toHaveValue('3');

	const combination = data.topics.find((topic) => topic.operators.length > 1) ?? data.topics[0];
	const set = [...operatorsOf(combination)].sort().join(',');
	await openMatrix(
		page,
		`?${operatorsOf(combination)
			.map((id) => `operateur=${id}`)
			.join('&')}&exactement=1`
	);
	const expected = data.topics.filter((topic) => [...operatorsOf(topic)].sort().join(',') === set);
	expect((await shownTopicIds(page)).sort()).toEqual(ids(expected).sort());
});

test('keyboard: tab to a mark, its offer shows on focus, Enter opens the operator on the topic page', async ({
	page,
	request
}) => {
	test.slow(); // the full table, then a navigation
	const data = await matrixJson(request);
	await openMatrix(page);
	const firstRow = page.locator('tr[data-topic-id]').first();
	const topicId = (await firstRow.getAttribute('data-topic-id')) ?? '';
	const topic = data.topics.find((candidate) => candidate.id === topicId)!;
	const firstMark = firstRow.locator('a[data-operator]').first();
	const operatorId = (await firstMark.getAttribute('data-operator')) ?? '';
	const link = topic.operators.find((candidate) => candidate.operatorId === operatorId)!;
	const offer = firstMark.locator('[data-offer]');

	await expect(offer).toBeHidden();
	await page.getByRole('region', { name: /Opérateurs compétents par sujet/ }).focus();
	await page.keyboard.press('Tab');
	await expect(firstRow.getByRole('link', { name: topic.label })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(firstMark).toBeFocused();
	await expect(offer).toBeVisible();
	await expect(offer).toContainText(firstSentence(link.offer));
	const shortName = data.operators.find((operator) => operator.id === operatorId)!.shortName;
	await expect(firstMark).toHaveAccessibleName(`${shortName} : ${firstSentence(link.offer)}`);

	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/sujets/${topicId}#operateur-${operatorId}$`), { timeout: 15_000 });
	await expect(page.locator(`#operateur-${operatorId}`)).toContainText(link.offer);
});

test('an offer opened on a mark shows whole, not clipped by its cell, on a desktop and on a phone', async ({
	page
}) => {
	// Cells off screen skip layout (content-visibility), which also clips what overflows them: the cell of an open
	// offer must lift that, or the offer shows cut to the cell's box.
	for (const viewport of [
		{ width: 1280, height: 800 },
		{ width: 375, height: 740 }
	]) {
		await page.setViewportSize(viewport);
		await openMatrix(page);
		const mark = page.locator('tr[data-topic-id]').nth(20).locator('a[data-operator]').first();
		await mark.scrollIntoViewIfNeeded();
		await mark.focus();
		const offer = mark.locator('[data-offer]');
		await expect(offer).toBeVisible();
		const corners = await offer.evaluate((element) => {
			const box = element.getBoundingClientRect();
			const points = [
				[box.left + 4, box.top + 4],
				[box.right - 4, box.top + 4],
				[box.left + 4, box.bottom - 4],
				[box.right - 4, box.bottom - 4]
			];
			return points.map(([x, y]) => element.contains(document.elementFromPoint(x, y)));
		});
		expect(corners, `${viewport.width} px`).toEqual([true, true, true, true]);
	}
});

test('without JavaScript the whole table is there, and the filters, which could not apply, are hidden', async ({
	browser,
	request
}) => {
	const data = await matrixJson(request);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/matrice?operateur=anah');
	await expect(page.locator('tr[data-topic-id]')).toHaveCount(data.topics.length);
	// The prerendered page cannot filter: a visible form would promise what it cannot do (issue 14).
	await expect(page.locator('form[method="GET"][action="/matrice"]')).toBeHidden();
	await expect(page.locator('main noscript, main [data-noscript]').first()).toBeAttached();
	// Playwright's text engine skips <noscript> content: read the notice's own text.
	const notice = page.locator('main [data-noscript]').first();
	await expect(notice).toBeVisible();
	expect(await notice.textContent()).toContain('Les filtres de la matrice fonctionnent avec JavaScript');
	await context.close();
});

test('the header row stays in view while the table scrolls, on a desktop and on a phone', async ({ page }) => {
	for (const viewport of [
		{ width: 1366, height: 768 },
		{ width: 375, height: 740 }
	]) {
		await page.setViewportSize(viewport);
		await openMatrix(page);
		const region = page.getByRole('region', { name: /Opérateurs compétents par sujet/ });
		const header = page.locator('thead th').first();
		await region.scrollIntoViewIfNeeded();
		await region.evaluate((element) => element.scrollBy({ top: 2000 }));
		await expect.poll(() => region.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
		// The header sits at the top of the scrolled box, on screen, above the rows that scrolled under it.
		const [headerBox, regionBox] = [await header.boundingBox(), await region.boundingBox()];
		expect(Math.abs((headerBox?.y ?? -100) - (regionBox?.y ?? 0))).toBeLessThanOrEqual(2);
		await expect(header).toBeInViewport();
	}
});

test('on a 360 px phone the page does not scroll sideways and the topic column stays in view', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await openMatrix(page);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	const region = page.getByRole('region', { name: /Opérateurs compétents par sujet/ });
	await region.evaluate((element) => element.scrollBy({ left: 400 }));
	await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
	const box = await page.locator('tr[data-topic-id] th a').first().boundingBox();
	expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
});

test('prints the table and the counts without the filters', async ({ page }) => {
	await openMatrix(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('form.matrix-filters')).toBeHidden();
	await expect(page.locator('[data-matrix-counts]')).toBeVisible();
	await expect(page.locator('tr[data-topic-id]').first()).toBeVisible();
});

test('axe finds no violation on /matrice, full and filtered', async ({ page }) => {
	test.setTimeout(240_000); // axe walks every cell of the full table, twice
	await openMatrix(page);
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	// Then a small filtered view with an offer open, the state the first pass cannot see.
	const firstTheme = await page.locator('th[scope="rowgroup"]').first().getAttribute('id');
	await openMatrix(page, `?theme=${firstTheme?.replace(/^theme-/, '')}&chevauchements=1`);
	await page.locator('a[data-operator]').first().focus();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
