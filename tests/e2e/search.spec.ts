import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fold } from '../../src/lib/search';
import { layoutShiftWhileLoading, QUERY_WITH_RESULTS } from './pages';

interface MatrixTopic {
	id: string;
	label: string;
	keywords: string[];
}

async function topicsMentioning(page: Page, word: string): Promise<string[]> {
	const matrix = await (await page.request.get('/donnees/matrice.json')).json();
	return (matrix.topics as MatrixTopic[])
		.filter((topic) => fold([topic.label, ...topic.keywords].join(' ')).includes(word))
		.map((topic) => topic.id);
}

const results = (page: Page, query: string) => page.locator(`[data-search-results][data-query="${query}"]`);

test('on a phone, results that arrive late take the place of the themes without moving the page', async ({ page }) => {
	await page.setViewportSize({ width: 412, height: 823 });
	const shift = await layoutShiftWhileLoading(
		page,
		`/?q=${QUERY_WITH_RESULTS}`,
		'**/donnees/recherche.json',
		`[data-search-results] [data-topic-id]`
	);
	expect(shift, 'cumulative layout shift (the issue asks ≤ 0.02)').toBeLessThanOrEqual(0.02);
	await expect(page.getByRole('region', { name: 'Parcourir par thème' })).toHaveCount(0);
});

test('typing « frishe » shows a friches topic first and keeps the query in the address', async ({ page }) => {
	const frichesTopics = await topicsMentioning(page, 'friche');
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.getByLabel('Rechercher un sujet, un programme, un sigle').pressSequentially('frishe');
	const list = results(page, 'frishe');
	await expect(list.locator('[data-topic-id]').first()).toBeVisible();
	expect(frichesTopics).toContain(await list.locator('[data-topic-id]').first().getAttribute('data-topic-id'));
	await expect(page).toHaveURL(/\?q=frishe$/);
	await expect(list.locator('mark').first()).toBeVisible();
	await expect(list.locator('[data-topic-id]').first().locator('[data-operator]').first()).toBeVisible();
	const href = await list.locator('[data-topic-id] a').first().getAttribute('href');
	expect(href).toMatch(/^\/sujets\/[a-z0-9-]+$/);
});

test('following a link after typing shows what the link asks for, not the typed query', async ({ page }) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.getByRole('searchbox').pressSequentially('frishe');
	await expect(results(page, 'frishe')).toBeVisible();
	await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Rechercher' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('searchbox')).toHaveValue('');
	await expect(page.locator('[data-search-results]')).toHaveCount(0);
});

test('opening /?q=PVD directly shows its results', async ({ page }) => {
	const pvdTopics = await topicsMentioning(page, 'pvd');
	await page.goto('/?q=PVD');
	const list = results(page, 'PVD');
	await expect(list.locator('[data-topic-id]').first()).toBeVisible();
	expect(pvdTopics).toContain(await list.locator('[data-topic-id]').first().getAttribute('data-topic-id'));
	await expect(page.getByRole('searchbox')).toHaveValue('PVD');
});

test('a query with no match says so, suggests close terms and links the matrix', async ({ page }) => {
	await page.goto('/?q=zzzzqqq');
	const answer = results(page, 'zzzzqqq');
	await expect(answer).toContainText('Aucun sujet ne correspond');
	await expect(answer.getByRole('link', { name: /matrice/ })).toHaveAttribute('href', '/matrice');
	await page.goto('/?q=chaufage');
	await expect(results(page, 'chaufage').locator('[data-topic-id]').first()).toBeVisible();
});

test('a pasted request of several sentences ranks the matching topics', async ({ page }) => {
	const frichesTopics = await topicsMentioning(page, 'friche');
	const request =
		"Nous voulons transformer l'ancienne usine en logements. Le terrain est pollué : qui peut financer les études de dépollution ?";
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.getByRole('searchbox').fill(request);
	const first = results(page, request).locator('[data-topic-id]').first();
	await expect(first).toBeVisible();
	expect(frichesTopics).toContain(await first.getAttribute('data-topic-id'));
});

test('precise: everyday words find their topic, and out-of-scope queries find none', async ({ page }) => {
	await page.goto('/?q=m%C3%A9decin');
	await expect(results(page, 'médecin').locator('[data-topic-id]')).toHaveCount(1);
	await expect(results(page, 'médecin').locator('[data-topic-id]').first()).toHaveAttribute(
		'data-topic-id',
		'maison-de-sante'
	);
	await page.goto('/?q=mariage');
	await expect(results(page, 'mariage')).toContainText('Aucun sujet ne correspond');
	await page.goto('/?q=xkcd%20qwerty');
	await expect(results(page, 'xkcd qwerty')).toContainText('Aucun sujet ne correspond');
	await expect(results(page, 'xkcd qwerty').locator('a[href^="/?q="]')).toHaveCount(0);
});

test('the « petite commune » box ranks Villages d’avenir above Action cœur de ville, and is kept in the address', async ({
	page
}) => {
	const query = 'chef de projet revitalisation';
	const order = async () =>
		results(page, query)
			.locator('[data-topic-id]')
			.evaluateAll((items) => items.map((item) => item.getAttribute('data-topic-id')));
	await page.goto(`/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
	await expect(results(page, query).locator('[data-topic-id]').first()).toBeVisible();
	let ids = await order();
	expect(ids.indexOf('action-coeur-de-ville')).toBeLessThan(ids.indexOf('villages-d-avenir'));
	// DSFR draws the box over the input: click the label, as a user does.
	await page.locator('label[for="petite"]').click();
	await expect(page.getByRole('checkbox', { name: /Petite commune/ })).toBeChecked();
	await expect(page).toHaveURL(/petite=1/);
	await expect(results(page, query).locator('[data-eligibility]').first()).toContainText('Réservé');
	ids = await order();
	expect(ids.indexOf('villages-d-avenir')).toBeLessThan(ids.indexOf('action-coeur-de-ville'));
	await expect(page.getByRole('link', { name: /note d'orientation/ })).toHaveAttribute('href', /petite=1/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the form submits the query and the page still lists every theme with links to its topics', async ({ page }) => {
		const matrix = await (await page.request.get('/donnees/matrice.json')).json();
		await page.goto('/');
		await page.getByRole('searchbox').fill('friche');
		await page.getByRole('button', { name: 'Rechercher' }).click();
		// The commune field goes with the form; empty, it changes nothing.
		await expect(page).toHaveURL(/\/\?q=friche(&commune=)?$/);
		await expect(page.getByRole('searchbox')).toBeVisible();
		await expect(page.locator('main a[href^="/sujets/"]')).toHaveCount(matrix.topics.length);
		await expect(page.locator('main')).toContainText(`${matrix.topics.length} sujets`);
	});
});

for (const path of ['/', '/?q=friche', '/?q=zzzzqqq']) {
	test(`axe finds no violation on ${path}`, async ({ page }) => {
		// A full axe pass takes seconds on two shared cores, more under a parallel build.
		test.slow();
		await page.goto(path, { waitUntil: 'networkidle' });
		if (path !== '/') await expect(page.locator('[data-search-results]')).toBeVisible();
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations).toEqual([]);
	});
}
