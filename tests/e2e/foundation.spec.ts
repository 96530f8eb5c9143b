import { expect, test } from '@playwright/test';
import { NAV_ITEMS } from '../../src/lib/nav/sections';

test('every menu entry leads to a page with its own heading', async ({ page }) => {
	for (const item of NAV_ITEMS) {
		await page.goto('/');
		await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: item.label }).click();
		await expect(page).toHaveURL(new RegExp(`${item.href === '/' ? '/$' : item.href}$`));
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('link', { name: item.label, exact: true })).toHaveAttribute('aria-current', 'page');
	}
});

test('the about page says the data is a sourced reconstruction, with its date and counts', async ({
	page,
	request
}) => {
	const matrix = await (await request.get('/donnees/matrice.json')).json();
	await page.goto('/a-propos');
	const main = page.locator('main');
	await expect(main).toContainText('reconstitution sourcée');
	await expect(main).toContainText(/à jour\s+au \d{1,2} \p{L}+ \d{4}/u);
	await expect(main).toContainText(`${matrix.counts.multiOperator} avec deux opérateurs ou plus`);
});

test('the open data files are published and agree with each other', async ({ request }) => {
	const json = await (await request.get('/donnees/matrice.json')).json();
	const csvResponse = await request.get('/donnees/matrice.csv');
	const csv = await csvResponse.text();
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const lines = csv.slice(1).trimEnd().split('\r\n');
	const links = json.topics.reduce((sum: number, topic: { operators: unknown[] }) => sum + topic.operators.length, 0);
	expect(lines[0].split(';')[0]).toBe('theme_id');
	expect(lines.length - 1).toBe(links);
	expect(json.operators.map((operator: { id: string }) => operator.id)).toEqual([
		'anru',
		'anah',
		'ademe',
		'cerema',
		'bdt',
		'anct'
	]);
	for (const topic of json.topics) {
		for (const link of topic.operators) expect(link.sources[0].url).toMatch(/^https?:\/\//);
	}
	const schema = await (await request.get('/donnees/schema.json')).json();
	expect(schema.fields.map((field: { name: string }) => field.name)).toEqual(lines[0].split(';'));
});
