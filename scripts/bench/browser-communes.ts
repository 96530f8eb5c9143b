/**
 * Commune field latency on the built site in Chromium: for each keystroke, from its input event to the moment
 * the suggestion list carries the typed text (`[role=listbox][data-query]`), timed inside the page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../chromium';
import { withBuiltSite } from './browser';

const NAMES = [
	'Neveres',
	'st etienne',
	'chateau chinon',
	'saint martin de la',
	'sainte marie',
	'la rochelle',
	'bourg en bresse',
	'montpelier',
	'strasbour',
	'le havre',
	'chalon sur saone',
	'charleville mezieres',
	'aix en provence',
	'villeneuve sur lot',
	'lons le saunier'
];
const TIMEOUT_MS = 30_000;

export type CommuneTypingOutcome =
	{ latenciesMs: number[]; firstMs: number[]; queries: string[] } | { unavailable: string };

export async function measureCommuneTyping(): Promise<CommuneTypingOutcome> {
	if (!existsSync(join('build', 'index.html'))) return { unavailable: 'build/ absent: run `npm run build` first.' };
	if (!existsSync(CHROMIUM_PATH)) return { unavailable: `Chromium absent (${CHROMIUM_PATH}).` };
	return withBuiltSite(async (page, origin) => {
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			document.addEventListener('input', () => (window.benchLastInput = performance.now()), { capture: true });
		});
		const field = page.locator('input[name="commune"]');
		const latenciesMs: number[] = [];
		const firstMs: number[] = [];
		// The first name is a warm-up: it loads the lookup code, as the first use of the field would.
		for (const [round, name] of [NAMES[0], ...NAMES].entries()) {
			await field.fill('');
			for (let length = 1; length <= name.length; length += 1) {
				const expected = name.slice(0, length);
				await page.evaluate(
					({ expected, timeoutMs }) => {
						window.benchLatency = new Promise<number>((resolve, reject) => {
							const timer = setTimeout(
								() => reject(new Error(`suggestions attendues pour « ${expected} »`)),
								timeoutMs
							);
							const observer = new MutationObserver(() => {
								if (document.querySelector('[role="listbox"]')?.getAttribute('data-query') !== expected) return;
								observer.disconnect();
								clearTimeout(timer);
								resolve(performance.now() - (window.benchLastInput ?? Number.NaN));
							});
							observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-query'] });
						});
					},
					{ expected, timeoutMs: TIMEOUT_MS }
				);
				await field.press(name[length - 1] === ' ' ? 'Space' : name[length - 1]);
				// One letter asks for nothing (two are needed): no list to wait for.
				if (expected.replace(/ /g, '').length < 2) continue;
				const latency = await page.evaluate(() => window.benchLatency);
				if (round === 0 || latency === undefined) continue;
				// The second letter fetches the shard: counted apart, as the first suggestions.
				if (expected.replace(/ /g, '').length === 2) firstMs.push(latency);
				else latenciesMs.push(latency);
			}
		}
		return { latenciesMs, firstMs, queries: NAMES };
	});
}
