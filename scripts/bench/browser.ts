/**
 * Typing latency on the built site in Chromium: from the last keystroke's input event to the moment the
 * results list carries the typed query (`[data-search-results][data-query]`), timed inside the page.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { loadDataset } from '../../src/lib/server/data/load';
import { datasetQueries } from './corpus';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4178);
const TYPED_QUERIES = 20;
const SERVER_TIMEOUT_MS = 30_000;
const RESULTS_TIMEOUT_MS = 30_000;

declare global {
	interface Window {
		/** When the last input event reached the page (performance.now()). */
		benchLastInput?: number;
		/** Set by the bench before each query: resolves with the input → results latency in ms. */
		benchLatency?: Promise<number>;
	}
}

export type TypingOutcome = { latenciesMs: number[]; queries: string[] } | { unavailable: string };

async function waitForServer(url: string): Promise<void> {
	const deadline = Date.now() + SERVER_TIMEOUT_MS;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`le serveur de prévisualisation ne répond pas sur ${url}`);
}

/** Twenty distinct queries on the real topics: typos, no accents, half-typed words, several words. */
function typedQueries(): string[] {
	const hasData = existsSync(join('data', 'topics.json'));
	const dataset = loadDataset(hasData ? undefined : join('tests', 'fixtures', 'data-valid'));
	const distinct = [...new Set(datasetQueries(dataset).map((query) => query.text))];
	const step = Math.max(1, Math.floor(distinct.length / TYPED_QUERIES));
	return distinct.filter((_, index) => index % step === 0).slice(0, TYPED_QUERIES);
}

export async function measureTyping(): Promise<TypingOutcome> {
	if (!existsSync(join('build', 'index.html'))) {
		return { unavailable: 'build/ absent: run `npm run build` first to measure typing in Chromium.' };
	}
	if (!existsSync(CHROMIUM_PATH)) {
		return {
			unavailable: `Chromium absent (${CHROMIUM_PATH}): install it (apt-get install chromium) or set CHROMIUM_PATH.`
		};
	}
	return withBuiltSite(async (page, origin) => {
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			document.addEventListener('input', () => (window.benchLastInput = performance.now()), { capture: true });
		});
		const input = page.locator('#q');
		const queries = typedQueries();
		const latenciesMs: number[] = [];
		// The first query is a warm-up: it compiles the search code paths, as a first keystroke would.
		for (const text of [queries[0], ...queries]) {
			await input.fill('');
			await page.locator('[data-search-results]').waitFor({ state: 'detached' });
			await page.evaluate(
				({ expected, timeoutMs }) => {
					window.benchLatency = new Promise<number>((resolve, reject) => {
						const timer = setTimeout(() => {
							const shown = document.querySelector('[data-search-results]')?.getAttribute('data-query');
							reject(new Error(`résultats attendus pour « ${expected} », affichés pour « ${shown ?? '(aucun)'} »`));
						}, timeoutMs);
						const observer = new MutationObserver(() => {
							const list = document.querySelector('[data-search-results]');
							if (list?.getAttribute('data-query') !== expected) return;
							observer.disconnect();
							clearTimeout(timer);
							resolve(performance.now() - (window.benchLastInput ?? Number.NaN));
						});
						observer.observe(document.body, {
							subtree: true,
							childList: true,
							attributes: true,
							attributeFilter: ['data-query']
						});
					});
				},
				{ expected: text, timeoutMs: RESULTS_TIMEOUT_MS }
			);
			await input.pressSequentially(text);
			const latency = await page.evaluate(() => window.benchLatency);
			if (latency === undefined) throw new Error('mesure absente');
			latenciesMs.push(latency);
		}
		return { latenciesMs: latenciesMs.slice(1), queries };
	});
}

/** Serves build/ with `vite preview` and opens a Chromium page on it; both are closed after `run`. */
export async function withBuiltSite<T>(run: (page: Page, origin: string) => Promise<T>): Promise<T> {
	const origin = `http://127.0.0.1:${BENCH_PORT}`;
	const server = spawn(
		process.execPath,
		[
			join('node_modules', 'vite', 'bin', 'vite.js'),
			'preview',
			'--port',
			String(BENCH_PORT),
			'--strictPort',
			'--host',
			'127.0.0.1'
		],
		{ stdio: 'ignore' }
	);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		await waitForServer(origin);
		return await run(await browser.newPage(), origin);
	} finally {
		await browser.close();
		// Wait for the port to be free: the next measurement starts its own server on it.
		const exited = new Promise((resolve) => server.once('exit', resolve));
		server.kill();
		await exited;
	}
}
