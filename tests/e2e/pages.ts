import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { buildSearchIndex, searchTopics, toSearchEntries } from '../../src/lib/search';
import type { Dataset } from '../../src/lib/types';

/**
 * The pages every quality gate sweeps: one of each page type, and each state of the searching pages.
 * Ids and queries come from the built open data (what the preview server serves), so the list follows the data.
 */

export const BUILD_DIR = join(import.meta.dirname, '../../build');

const matrix = JSON.parse(readFileSync(join(BUILD_DIR, 'donnees/matrice.json'), 'utf8')) as Dataset;
const index = buildSearchIndex(toSearchEntries(matrix));

/** The issue's example query when the data answers it, else a topic's own label (always answered). */
export const QUERY_WITH_RESULTS = searchTopics(index, 'friche').length > 0 ? 'friche' : matrix.topics[0].label;
export const QUERY_WITHOUT_RESULTS = 'zzzzqqq';
if (searchTopics(index, QUERY_WITHOUT_RESULTS).length > 0)
	throw new Error(`« ${QUERY_WITHOUT_RESULTS} » finds topics: pick another`);

/** A commune in Action cœur de ville with QPV (Nevers): the commune pages show every kind of block. */
export const COMMUNE_CODE = '58194';

const multiTopic = matrix.topics.find((topic) => topic.operators.length > 1) ?? matrix.topics[0];
const singleTopic = matrix.topics.find((topic) => topic.operators.length === 1);

export interface SitePage {
	/** Short name used in test titles and reports. */
	name: string;
	path: string;
	/** What the user sees once the page has answered; pages without one are ready when the network is idle. */
	ready?: (page: Page) => Locator;
	/** The path answers 404 on purpose. */
	notFound?: true;
}

const q = (query: string) => `?q=${encodeURIComponent(query)}`;

/** Results list or no-result message of the home search, for this very query. */
export const searchAnswer = (page: Page, query: string) =>
	page.locator(`[data-search-results][data-query="${query.replace(/["\\]/g, '\\$&')}"]`);

/** The orientation note, or its no-result message. */
/** The app's scripts on a page: every script but the worker's registration file, which every page loads. */
export const appScripts = (page: Page) =>
	page.locator('script:not([src="/register-service-worker.js"]), link[rel="modulepreload"]');

export const orientationAnswer = (page: Page) =>
	page
		.getByRole('heading', { name: "Note d'orientation", exact: true })
		.or(page.getByText('Aucun sujet ne correspond'));

export const PAGES: SitePage[] = [
	{ name: 'recherche', path: '/' },
	{
		name: 'recherche avec résultats',
		path: `/${q(QUERY_WITH_RESULTS)}`,
		ready: (page) => searchAnswer(page, QUERY_WITH_RESULTS).locator('[data-topic-id]').first()
	},
	{
		name: 'recherche sans résultat',
		path: `/${q(QUERY_WITHOUT_RESULTS)}`,
		ready: (page) => searchAnswer(page, QUERY_WITHOUT_RESULTS)
	},
	{
		name: 'recherche pour une petite commune',
		path: `/${q(QUERY_WITH_RESULTS)}&petite=1`,
		ready: (page) => searchAnswer(page, QUERY_WITH_RESULTS).locator('[data-topic-id]').first()
	},
	{ name: 'matrice', path: '/matrice' },
	{ name: 'sujet à plusieurs opérateurs', path: `/sujets/${multiTopic.id}` },
	...(singleTopic ? [{ name: 'sujet à un opérateur', path: `/sujets/${singleTopic.id}` }] : []),
	{ name: 'opérateur', path: `/operateurs/${matrix.operators[0].id}` },
	{ name: 'chevauchements', path: '/chevauchements' },
	{ name: 'orientation', path: '/orientation' },
	{
		name: 'orientation avec note',
		path: `/orientation${q(QUERY_WITH_RESULTS)}`,
		ready: (page) => page.getByRole('heading', { name: "Note d'orientation", exact: true })
	},
	{
		name: 'orientation, demande à plusieurs besoins dont un sans sujet',
		path: `/orientation${q(`${QUERY_WITH_RESULTS}.\n${QUERY_WITHOUT_RESULTS}.`)}&petite=1`,
		ready: (page) => page.locator('[data-need-empty]')
	},
	{
		name: 'orientation sans résultat',
		path: `/orientation${q(QUERY_WITHOUT_RESULTS)}`,
		ready: (page) => page.getByText('Aucun sujet ne correspond')
	},
	{
		name: 'recherche avec commune',
		path: `/${q(QUERY_WITH_RESULTS)}&commune=${COMMUNE_CODE}`,
		ready: (page) => page.locator(`[data-commune-chosen="${COMMUNE_CODE}"]`)
	},
	{
		name: 'commune',
		path: `/commune?code=${COMMUNE_CODE}`,
		ready: (page) => page.locator(`[data-commune="${COMMUNE_CODE}"]`)
	},
	{ name: 'départements', path: '/departements' },
	// A small département (about a hundred communes): axe walks every cell of the table, minutes on a big one.
	{ name: 'département', path: '/departements/90' },
	{ name: 'recommandations', path: '/recommandations' },
	{ name: 'à propos', path: '/a-propos' },
	{ name: 'sigles', path: '/glossaire' },
	{ name: 'page introuvable', path: '/cette-page-n-existe-pas', notFound: true }
];

/** Opens a page and waits until it has answered (and hydrated): what a gate should judge. */
export async function openPage(page: Page, site: SitePage) {
	const response = await page.goto(site.path, { waitUntil: 'networkidle' });
	if (site.ready) await site.ready(page).first().waitFor();
	return response;
}

/**
 * Opens `path` with the files matching `slowData` (data, fonts) held back a second, as on a slow phone, and returns
 * how much the page moved (the sum of its layout shifts, as Lighthouse's CLS counts them) once `ready` shows and
 * the fonts are in.
 */
export async function layoutShiftWhileLoading(page: Page, path: string, slowData: string, ready: string) {
	await page.addInitScript(() => {
		const shifts = { total: 0 };
		(window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
				if (!entry.hadRecentInput) shifts.total += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.route(slowData, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1000));
		await route.continue();
	});
	await page.goto(path);
	await page.locator(ready).first().waitFor();
	await page.evaluate(() => document.fonts.ready);
	// Two frames: the last shift is reported after the paint that made it.
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	return page.evaluate(() => (window as unknown as { __shifts: { total: number } }).__shifts.total);
}
