/**
 * Lighthouse (mobile, its default simulated slow 4G and 4× CPU slowdown) on one page of each type of the built
 * site, served gzipped with long cache on hashed files. Node only; `npm run bench` prints the table.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { pageScripts, pageStylesheets } from './page-weight';
import { serveBuilt } from './serve-built';

export interface LighthousePage {
	name: string;
	path: string;
}

export interface LighthouseRow extends LighthousePage {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
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

export async function runLighthouse(
	buildDir: string,
	pages: LighthousePage[]
): Promise<LighthouseRow[] | { unavailable: string }> {
	if (!existsSync(join(buildDir, 'index.html'))) return { unavailable: 'build/ absent: run `npm run build` first.' };
	if (!existsSync(CHROMIUM_PATH)) return { unavailable: `No Chromium at ${CHROMIUM_PATH}.` };
	const server = await serveBuilt(buildDir);
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	try {
		const rows: LighthouseRow[] = [];
		for (const page of pages) {
			// One run per page, each in a fresh profile state (Lighthouse clears the cache and storage first).
			const result = await lighthouse(`${server.origin}${page.path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
			const { categories, audits } = result.lhr;
			const html = htmlFileOf(page.path);
			rows.push({
				...page,
				performance: score(categories.performance.score),
				accessibility: score(categories.accessibility.score),
				bestPractices: score(categories['best-practices'].score),
				seo: score(categories.seo.score),
				fcpMs: audits['first-contentful-paint'].numericValue ?? NaN,
				lcpMs: audits['largest-contentful-paint'].numericValue ?? NaN,
				tbtMs: audits['total-blocking-time'].numericValue ?? NaN,
				cls: audits['cumulative-layout-shift'].numericValue ?? NaN,
				jsGzipBytes: pageScripts(buildDir, html).totalGzipBytes,
				cssGzipBytes: pageStylesheets(buildDir, html).totalGzipBytes,
				benchmarkIndex: result.lhr.environment.benchmarkIndex
			});
		}
		return rows;
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
