import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BUILD_DIR } from './pages';

const NOT_FOUND_HTML = join(BUILD_DIR, '404.html');
/** Two levels deep: relative asset paths (./_app/…) would resolve to /rubrique/_app/… and break here. */
const DEAD_ADDRESS = '/rubrique/ancienne-page';

/** Serves build/404.html for an unknown address, with status 404, as GitHub Pages, Netlify or nginx's error_page do. */
async function serveLikeAStaticHost(page: Page) {
	await page.route(`**${DEAD_ADDRESS}`, (route) =>
		route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', path: NOT_FOUND_HTML })
	);
	const failures: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400 && !response.url().endsWith(DEAD_ADDRESS))
			failures.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('pageerror', (error) => failures.push(`uncaught: ${error.message}`));
	return failures;
}

test('an unknown address answers 404 with a French message and a way back', async ({ page }) => {
	const response = await page.goto('/cette-page-n-existe-pas');
	expect(response?.status()).toBe(404);
	await expect(page).toHaveTitle(/^Page introuvable/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
	await page.getByRole('main').getByRole('link', { name: 'Consulter la matrice complète' }).click();
	await expect(page).toHaveURL(/\/matrice$/);
});

test('the build has a 404.html for static hosts, readable without JavaScript', () => {
	const html = readFileSync(NOT_FOUND_HTML, 'utf8');
	expect(html).toContain('<html lang="fr"');
	expect(html).toMatch(/<h1[^>]*>Page introuvable<\/h1>/);
	expect(html).toContain('<meta name="robots" content="noindex"');
});

test.describe('404.html served by a static host at a nested address', () => {
	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('shows the styled French page', async ({ page }) => {
			const failures = await serveLikeAStaticHost(page);
			await page.goto(DEAD_ADDRESS, { waitUntil: 'networkidle' });
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
			// The DSFR stylesheet arrived: the header has its shadow and the body its font.
			expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Marianne');
			expect(failures).toEqual([]);
		});
	});

	test('hydrates and its links lead back into the site', async ({ page }) => {
		const failures = await serveLikeAStaticHost(page);
		await page.goto(DEAD_ADDRESS, { waitUntil: 'networkidle' });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
		await page.getByRole('main').getByRole('link', { name: 'Chercher qui peut vous aider' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByRole('searchbox')).toBeVisible();
		expect(failures).toEqual([]);
	});
});
