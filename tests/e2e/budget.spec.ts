import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from 'vite';
import {
	allBuiltScripts,
	formatKilobytes,
	HOME_CSS_BUDGET_BYTES,
	HOME_JS_BUDGET_BYTES,
	homePageData,
	homePageScripts,
	pageScripts,
	pageStylesheets
} from '../../scripts/bench/page-weight';
import { firstSentence } from '../../src/lib/format/text';
import { loadDataset } from '../../src/lib/server/data/load';

// Reads the build that `npm test` makes before Playwright runs: no page, no timing, only bytes.
const BUILD = 'build';
// zod names its error class with this string, and minifiers keep it: checked below against a real bundle.
const ZOD_MARKER = '$ZodError';
// One of fuse.js's error messages, a string minifiers keep.
const FUSE_MARKER = 'Pattern length exceeds max of';

const readBuilt = (file: string) => readFileSync(join(BUILD, file), 'utf8');

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** A string as it may appear in serialised data: raw, or escaped inside a JSON string. */
const forms = (text: string) => [...new Set([text, JSON.stringify(text).slice(1, -1)])];

test.describe('the home page stays light for a phone on a rural connection', () => {
	test(`loads at most ${formatKilobytes(HOME_JS_BUDGET_BYTES)} of JavaScript, gzipped`, () => {
		const home = homePageScripts(BUILD);
		expect(
			home.scripts.some((script) => script.file.includes('/entry/start.')),
			'SvelteKit’s entry script is counted'
		).toBe(true);
		const detail = home.scripts.map((script) => `${script.file} ${formatKilobytes(script.gzipBytes)}`).join('\n');
		expect(home.totalGzipBytes, `home page JS, gzipped:\n${detail}`).toBeLessThanOrEqual(HOME_JS_BUDGET_BYTES);
	});

	test(`loads at most ${formatKilobytes(HOME_CSS_BUDGET_BYTES)} of CSS, gzipped`, () => {
		const css = pageStylesheets(BUILD, 'index.html');
		expect(css.inlineGzipBytes + css.stylesheets.length, 'the layout’s styles are counted').toBeGreaterThan(0);
		const detail = [
			`inline ${formatKilobytes(css.inlineGzipBytes)}`,
			...css.stylesheets.map((file) => `${file.file} ${formatKilobytes(file.gzipBytes)}`)
		].join('\n');
		expect(css.totalGzipBytes, `home page CSS, gzipped:\n${detail}`).toBeLessThanOrEqual(HOME_CSS_BUDGET_BYTES);
	});

	test('no client JavaScript carries zod (validation stays on the server)', async () => {
		// The marker must be in zod's own minified bundle, and nowhere in our source, or this test proves nothing.
		const probe = await build({
			configFile: false,
			logLevel: 'silent',
			build: { write: false, minify: true, rollupOptions: { input: 'zod-probe' } },
			plugins: [
				{
					name: 'zod-probe',
					resolveId: (id) => (id === 'zod-probe' ? '\0zod-probe' : null),
					load: (id) =>
						id === '\0zod-probe' ? "import { z } from 'zod'; export default z.object({ id: z.string() });" : null
				}
			]
		});
		const bundled = (Array.isArray(probe) ? probe : [probe])
			.flatMap((output) => ('output' in output ? output.output : []))
			.map((chunk) => ('code' in chunk ? chunk.code : ''))
			.join('\n');
		expect(bundled, 'the marker survives minification of zod').toContain(ZOD_MARKER);
		const ours = filesUnder('src').filter((file) => readFileSync(file, 'utf8').includes(ZOD_MARKER));
		expect(ours, 'the marker is zod’s, not ours').toEqual([]);

		const withZod = allBuiltScripts(BUILD).filter((file) => readBuilt(file).includes(ZOD_MARKER));
		expect(allBuiltScripts(BUILD).length).toBeGreaterThan(0);
		expect(withZod, 'client files bundling zod').toEqual([]);
	});

	test('the search engine loads with the first query, not with the home page or the orientation form', () => {
		const fuseBuild = readFileSync('node_modules/fuse.js/dist/fuse.basic.min.mjs', 'utf8');
		expect(fuseBuild, 'the marker is in fuse.js').toContain(FUSE_MARKER);
		const withFuse = allBuiltScripts(BUILD).filter((file) => readBuilt(file).includes(FUSE_MARKER));
		expect(withFuse.length, 'the site bundles fuse.js somewhere').toBeGreaterThan(0);
		for (const html of ['index.html', 'orientation.html']) {
			const upFront = pageScripts(BUILD, html).scripts.map((script) => script.file);
			expect(
				upFront.filter((file) => withFuse.includes(file)),
				`${html} loads fuse.js up front`
			).toEqual([]);
		}
	});

	test('ships neither the full offer texts nor the source URLs with the home page', () => {
		const dataset = loadDataset();
		const links = dataset.topics.flatMap((topic) => topic.operators);
		// One-line offers are in the search results by design; a full multi-sentence offer is page weight.
		const fullOffers = [
			...new Set(links.map((link) => link.offer.trim()).filter((offer) => firstSentence(offer) !== offer))
		];
		const sourceUrls = [...new Set(links.flatMap((link) => link.sources.map((source) => source.url)))];
		expect(sourceUrls.length).toBeGreaterThan(0);

		const home = homePageScripts(BUILD);
		const shipped = [
			...home.scripts.map((script) => ({ where: script.file, text: readBuilt(script.file) })),
			...home.inlineScripts.map((text, index) => ({ where: `index.html, inline script ${index + 1}`, text })),
			{ where: '__data.json', text: homePageData(BUILD) ?? '' }
		];
		const found = (needles: string[]) =>
			shipped.flatMap(({ where, text }) =>
				needles
					.filter((needle) => forms(needle).some((form) => text.includes(form)))
					.map((needle) => `${where}: ${needle.slice(0, 80)}`)
			);
		expect(found(fullOffers), 'full offers shipped with the home page').toEqual([]);
		expect(found(sourceUrls), 'source URLs shipped with the home page').toEqual([]);
	});
});
