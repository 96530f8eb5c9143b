import { expect, test, type Page } from '@playwright/test';
import { NAV_ITEMS } from '../../src/lib/nav/sections';
import { PAGES, QUERY_WITH_RESULTS, openPage, searchAnswer } from './pages';

/**
 * Listens for what a visitor's console would show: errors and warnings, uncaught exceptions, and every request
 * that fails or answers 4xx/5xx (a missing favicon included).
 */
function watchConsole(page: Page) {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') {
			problems.push(`console ${message.type()}: ${message.text()}`);
		}
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('requestfailed', (request) =>
		problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
	);
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return problems;
}

test.describe('no console error, failed request or uncaught exception', () => {
	test.describe.configure({ timeout: 60_000 });
	for (const site of PAGES) {
		test(`${site.name} (${site.path})`, async ({ page, baseURL }) => {
			const problems = watchConsole(page);
			await openPage(page, site);
			// The browser asks for the icon on its own schedule: wait for it.
			await page.waitForLoadState('networkidle');
			const expected = site.notFound
				? [`HTTP 404: ${baseURL}${site.path}`, expect.stringMatching(/^console error: Failed to load resource: .* 404/)]
				: [];
			expect(problems).toEqual(expected);
		});
	}
});

test('the favicon is served', async ({ request }) => {
	const response = await request.get('/favicon.svg');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('image/svg+xml');
});

test('moving around the site in the browser raises no error', async ({ page }) => {
	test.setTimeout(90_000);
	const problems = watchConsole(page);
	await openPage(page, { name: 'recherche', path: '/' });
	// Client-side navigations fetch each page's data: a missing __data.json only shows here.
	for (const item of NAV_ITEMS) {
		await page
			.getByRole('navigation', { name: 'Menu principal' })
			.getByRole('link', { name: item.label, exact: true })
			.click();
		await expect(page.locator('main h1')).toBeVisible();
	}
	await page
		.getByRole('navigation', { name: 'Menu principal' })
		.getByRole('link', { name: NAV_ITEMS[0].label, exact: true })
		.click();
	await page.getByRole('searchbox').fill(QUERY_WITH_RESULTS);
	await searchAnswer(page, QUERY_WITH_RESULTS).locator('[data-topic-id] a').first().click();
	await expect(page).toHaveURL(/\/sujets\//);
	await page.locator('main a[href^="/operateurs/"]').first().click();
	await expect(page).toHaveURL(/\/operateurs\//);
	await page.waitForLoadState('networkidle');
	expect(problems).toEqual([]);
});
