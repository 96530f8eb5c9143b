/**
 * Lighthouse (mobile, its default simulated slow 4G and 4× CPU slowdown) on one page of each type of the built
 * site, served gzipped with long cache on hashed files. Node only; `npm run bench` prints the table.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { pageScripts, pageStylesheets } from './page-weight';
import { serveBuilt } from './serve-built';

export interface LighthousePage {
	name: string;
	path: string;
}

/** The values of the median of `runs` Lighthouse runs, and the range of their blocking times. */
export interface LighthouseRow extends LighthousePage {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
	/** The lowest and highest blocking time of the runs. */
	tbtRangeMs: [number, number];
	cls: number;
	jsGzipBytes: number;
	cssGzipBytes: number;
	/** Lighthouse's measure of this machine's CPU speed (higher is faster), which its 4× slowdown multiplies. */
	benchmarkIndex: number;
}

/** The targets, checked by the table's last column. */
export const TARGETS = { performance: 95, fcpMs: 1800, lcpMs: 2500, tbtMs: 100, cls: 0.02 } as const;

/** build/ file of a page path: `/` → index.html, `/matrice?x` → matrice.html. */
const htmlFileOf = (path: string) => {
	const pathname = path.split('?')[0];
	return pathname === '/' ? 'index.html' : `${pathname.slice(1)}.html`;
};

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

/**
 * Runs Lighthouse `runs` times on each page and reports its median run (Lighthouse's own computeMedianRun: the run
 * nearest the median first paint and time to interactive), as its docs advise against run-to-run variability
 * (docs/variability.md); the blocking time's range over the runs is kept too, the metric that moves most on a
 * shared machine. Rounds go through every page in turn, so a busy minute does not fall on one page only.
 */
export async function runLighthouse(
	buildDir: string,
	pages: LighthousePage[],
	runs = 3
): Promise<LighthouseRow[] | { unavailable: string }> {
	if (!existsSync(join(buildDir, 'index.html'))) return { unavailable: 'build/ absent: run `npm run build` first.' };
	if (!existsSync(CHROMIUM_PATH)) return { unavailable: `No Chromium at ${CHROMIUM_PATH}.` };
	const server = await serveBuilt(buildDir);
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	// Each run in a fresh profile state: Lighthouse clears the cache and storage first. One browser serves all runs:
	// on two cores, a browser launched per run (as the Lighthouse CLI does) still had its own start-up work running
	// beside the page, and a page without a script showed up to 80 ms of blocking time. The cost: scripts an earlier
	// run compiled may be reused, so a first visit in a new browser blocks longer (README, Performance).
	const audit = async (path: string) => {
		const result = await lighthouse(`${server.origin}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		return result.lhr;
	};
	try {
		// A first run, not counted: the browser's own first-page work would otherwise fall on the first page.
		await audit(pages[0].path);
		const results = pages.map(() => [] as Awaited<ReturnType<typeof audit>>[]);
		for (let round = 0; round < runs; round++)
			for (const [index, page] of pages.entries()) results[index].push(await audit(page.path));
		return pages.map((page, index) => {
			const lhr = computeMedianRun(results[index]);
			const { categories, audits } = lhr;
			const blocking = results[index].map((run) => run.audits['total-blocking-time'].numericValue ?? NaN);
			const html = htmlFileOf(page.path);
			return {
				...page,
				performance: score(categories.performance.score),
				accessibility: score(categories.accessibility.score),
				bestPractices: score(categories['best-practices'].score),
				seo: score(categories.seo.score),
				fcpMs: audits['first-contentful-paint'].numericValue ?? NaN,
				lcpMs: audits['largest-contentful-paint'].numericValue ?? NaN,
				tbtMs: audits['total-blocking-time'].numericValue ?? NaN,
				tbtRangeMs: [Math.min(...blocking), Math.max(...blocking)] as [number, number],
				cls: audits['cumulative-layout-shift'].numericValue ?? NaN,
				jsGzipBytes: pageScripts(buildDir, html).totalGzipBytes,
				cssGzipBytes: pageStylesheets(buildDir, html).totalGzipBytes,
				benchmarkIndex: lhr.environment.benchmarkIndex
			};
		});
	} finally {
		chrome.kill();
		await server.close();
	}
}

export const meetsTargets = (row: LighthouseRow) =>
	row.performance >= TARGETS.performance &&
	row.fcpMs <= TARGETS.fcpMs &&
	row.lcpMs <= TARGETS.lcpMs &&
	row.tbtMs <= TARGETS.tbtMs &&
	row.cls <= TARGETS.cls &&
	row.accessibility === 100 &&
	row.bestPractices === 100 &&
	row.seo === 100;
