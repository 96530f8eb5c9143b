import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FONT_FACES, PRELOADED_FONT } from '../../src/lib/styles/fonts';
import { BUILD_DIR, PAGES, layoutShiftWhileLoading, openPage } from './pages';

// The build ships a purged DSFR (scripts/css/dsfr.ts): these checks catch a class or a face purged by mistake.

const require = createRequire(import.meta.url);
const DSFR_IMPORT = /@import\s+'(@gouvfr\/dsfr\/[^']+)'/g;
const CLASS = /\.(fr-[\w-]+)/g;
const classesIn = (css: string) => new Set([...css.matchAll(CLASS)].map((match) => match[1]));
// `.fr-badge--success`, `.fr-link:hover`, `.fr-btn::before`: a rule that styles the class whatever surrounds it.
const ALONE = /^\.(fr-[\w-]+)(::?[\w-]+(\([^)]*\))?)*$/;

/** The selectors of a stylesheet's rules: what precedes each `{`, back to the previous `{`, `}` or `;`. */
const selectors = (css: string) =>
	[...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{};]+)\{/g)].flatMap((match) => match[1].split(','));

/**
 * The DSFR classes that the unpurged stylesheet (the files src/lib/styles/dsfr.css imports) styles on their
 * own. A class styled only beside another one (`.fr-header__body .fr-header__menu`) may rightly be purged.
 */
const dsfrClasses = new Set(
	selectors(
		[...readFileSync('src/lib/styles/dsfr.css', 'utf8').matchAll(DSFR_IMPORT)]
			.map((match) => readFileSync(require.resolve(match[1]), 'utf8'))
			.join('\n')
	)
		.map((selector) => ALONE.exec(selector.trim())?.[1])
		.filter((name): name is string => name !== undefined)
);

const ASSETS = join(BUILD_DIR, '_app/immutable/assets');
const shippedClasses = classesIn(
	readdirSync(ASSETS)
		.filter((file) => file.endsWith('.css'))
		.map((file) => readFileSync(join(ASSETS, file), 'utf8'))
		.join('\n')
);

test('the unpurged DSFR is read', () => {
	expect(dsfrClasses.size).toBeGreaterThan(1000);
	expect(dsfrClasses.has('fr-header')).toBe(true);
	// Composed at runtime (`fr-badge--${status.badge}`): the case a source scan misses.
	expect(dsfrClasses.has('fr-badge--success')).toBe(true);
	expect(shippedClasses.has('fr-badge--success')).toBe(true);
});

test.describe('the shipped CSS styles every DSFR class the pages use', () => {
	for (const site of PAGES) {
		test(`${site.name} (${site.path})`, async ({ page }) => {
			await openPage(page, site);
			const used = await page.evaluate(() => [
				...new Set([...document.querySelectorAll('[class]')].flatMap((element) => [...element.classList]))
			]);
			expect(used.filter((name) => dsfrClasses.has(name) && !shippedClasses.has(name))).toEqual([]);
		});
	}
});

const shipped = new Set(FONT_FACES.map((face) => `${face.family} ${face.weight} ${face.style}`));

test.describe('every text is set in a font face the site ships (no synthetic italic, no missing weight)', () => {
	for (const site of PAGES) {
		test(`${site.name} (${site.path})`, async ({ page }) => {
			await openPage(page, site);
			const faces = await page.evaluate(() => {
				const found = new Set<string>();
				for (const element of document.querySelectorAll('body *')) {
					const text = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim());
					if (!text) continue;
					const style = getComputedStyle(element);
					const family = style.fontFamily.split(',')[0].replace(/["']/g, '').trim();
					found.add(`${family} ${style.fontWeight} ${style.fontStyle}`);
				}
				return [...found];
			});
			expect(faces.length).toBeGreaterThan(0);
			expect(faces.filter((face) => face.startsWith('Marianne ') && !shipped.has(face))).toEqual([]);
		});
	}
});

test.describe('the body font is preloaded, once, and the page uses the preload', () => {
	for (const site of PAGES.filter((candidate) => ['/', '/matrice'].includes(candidate.path))) {
		test(`${site.name} (${site.path})`, async ({ page }) => {
			const warnings: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'warning') warnings.push(message.text());
			});
			await openPage(page, site);
			const { preloaded, loaded } = await page.evaluate(() => ({
				preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map(
					(link) => link.href
				),
				loaded: performance.getEntriesByType('resource').map((entry) => entry.name)
			}));
			expect(preloaded).toHaveLength(1);
			expect(preloaded[0]).toContain(`/${PRELOADED_FONT}.`);
			// A preload the page does not use costs bandwidth, and Chromium says so in the console.
			expect(loaded.filter((url) => url === preloaded[0])).toHaveLength(1);
			expect(warnings.filter((text) => text.includes('preload'))).toEqual([]);
		});
	}
});

test('on a phone, Marianne arriving late does not move the text set in its stand-in', async ({ page }) => {
	await page.setViewportSize({ width: 412, height: 823 });
	// A page without JavaScript and with long French lines: only the font can move it.
	const shift = await layoutShiftWhileLoading(page, '/departements/90', '**/*.woff2', 'h1');
	expect(shift, 'cumulative layout shift (the issue asks ≤ 0.02)').toBeLessThanOrEqual(0.02);
});
