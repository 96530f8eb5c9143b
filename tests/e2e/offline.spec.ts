import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/types';
import { BUILD_DIR, QUERY_WITH_RESULTS, appScripts, searchAnswer } from './pages';

// After one visit, the service worker (src/service-worker.ts) answers without a network: the search, the matrix
// and every page read. Ids and counts come from the built data.

const matrix = JSON.parse(readFileSync(join(BUILD_DIR, 'donnees/matrice.json'), 'utf8')) as Dataset;
const { version } = JSON.parse(readFileSync(join(BUILD_DIR, '_app/version.json'), 'utf8')) as { version: string };

const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Hors ligne' });

/** Waits until the worker has installed, stored the shell and taken over the page. */
async function waitForWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
	});
}

/** Waits until the worker has stored `path`. (waitForFunction would take the async check's promise for a yes.) */
const cached = (page: Page, path: string) =>
	expect
		.poll(() => page.evaluate(async (key) => (await caches.match(key)) !== undefined, path), { timeout: 10_000 })
		.toBe(true);

test('after one visit, the search, the matrix and a page read work with the network off', async ({ page, context }) => {
	// A dozen page loads, the matrix among them: more than the default 30 s on two loaded cores.
	test.slow();
	await page.goto('/', { waitUntil: 'networkidle' });
	await waitForWorker(page);
	await expect(notice(page)).toHaveCount(0);

	// One cache, named after this build: the next deployment's worker replaces it.
	expect(await page.evaluate(() => caches.keys())).toEqual([`qui-fait-quoi-${version}`]);

	// A topic reached by a link: SvelteKit fetches only its data, the worker stores the page beside it.
	const topicLink = page.getByRole('region', { name: 'Parcourir par thème' }).getByRole('link').first();
	const topicPath = (await topicLink.getAttribute('href'))!;
	const topic = matrix.topics.find((candidate) => `/sujets/${candidate.id}` === topicPath)!;
	await topicLink.click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(topic.label.slice(0, 20));
	await cached(page, topicPath);

	await context.setOffline(true);

	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Qui peut m'aider/);
	await expect(notice(page)).toBeVisible();
	await page.getByRole('searchbox').pressSequentially(QUERY_WITH_RESULTS);
	await expect(searchAnswer(page, QUERY_WITH_RESULTS).locator('[data-topic-id]').first()).toBeVisible();

	// A shared search address opens offline too: one stored home page answers every query.
	await page.goto(`/?q=${encodeURIComponent(QUERY_WITH_RESULTS)}`);
	await expect(searchAnswer(page, QUERY_WITH_RESULTS).locator('[data-topic-id]').first()).toBeVisible();

	// The matrix, never opened online: stored with the shell, by a link and by its address.
	await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'La matrice' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/matrice/);
	await expect(page.locator('[data-topic-id]')).toHaveCount(matrix.topics.length);
	await page.goto('/matrice');
	await expect(page.locator('[data-topic-id]')).toHaveCount(matrix.topics.length);
	await expect(notice(page)).toBeVisible();

	await page.goto(topicPath);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(topic.label.slice(0, 20));
	await expect(notice(page)).toBeVisible();

	// A page never read is not there: the network is really off, and the reader is told why.
	const unread = matrix.topics.find((candidate) => `/sujets/${candidate.id}` !== topicPath)!;
	await page.goto(`/sujets/${unread.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hors ligne');
	await page.getByRole('link', { name: 'revenir à la recherche' }).click();
	await expect(page.getByRole('searchbox')).toBeVisible();

	await context.setOffline(false);
	await expect(notice(page)).toHaveCount(0);
});

test('a first visit to a page without script also keeps that page, the search and the matrix offline', async ({
	page,
	context
}) => {
	test.slow();
	// The overlaps report ships no JavaScript of its own: only the registration script runs there.
	await page.goto('/chevauchements', { waitUntil: 'networkidle' });
	expect(await appScripts(page).count()).toBe(0);
	await waitForWorker(page);
	await cached(page, '/chevauchements');
	const title = await page.getByRole('heading', { level: 1 }).textContent();

	await context.setOffline(true);

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
	await page.goto('/');
	await page.getByRole('searchbox').pressSequentially(QUERY_WITH_RESULTS);
	await expect(searchAnswer(page, QUERY_WITH_RESULTS).locator('[data-topic-id]').first()).toBeVisible();
	await page.goto('/matrice');
	await expect(page.locator('[data-topic-id]')).toHaveCount(matrix.topics.length);

	await context.setOffline(false);
});

test('the site installs on a phone’s home screen: a manifest with its name, colour and icons', async ({
	page,
	request
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const response = await request.get(href!);
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({ name: 'Qui fait quoi ?', lang: 'fr', start_url: '/', display: 'standalone' });
	expect(manifest.theme_color).toBe(await page.locator('meta[name="theme-color"]').getAttribute('content'));
	for (const size of [192, 512]) {
		const icon = (manifest.icons as { src: string; sizes: string; type: string }[]).find(
			(candidate) => candidate.sizes === `${size}x${size}`
		);
		expect(icon, `a ${size} px icon`).toBeDefined();
		const png = await (await request.get(icon!.src)).body();
		// A PNG's width and height, big-endian, at bytes 16 and 20 of its IHDR chunk.
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
	}
});
