import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PAGES, openPage } from './pages';

/** RGAA 4 follows WCAG 2.1 AA; best practices are checked too, as they catch real problems (landmarks, headings). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Rules switched off on purpose, each with its reason. Keep this list short: an entry here is a promise that a
 * person checked the rule by hand.
 */
const ACCEPTED_EXCEPTIONS: Record<string, string> = {};

/**
 * What makes the page wider than the viewport, found by hiding: at each level, the child whose hiding narrows the
 * page most, down to the deepest such element; up to three culprits. Boxes alone would miss some: an absolutely
 * positioned child of a scroll region (a visually-hidden label in a table cell) widens the page while every box
 * around it stays narrow.
 */
function overflowCulprits(page: Page, width: number) {
	return page.evaluate((viewport) => {
		const describe = (element: Element) =>
			`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((name) => `.${name}`).join('')}`;
		const pageWidth = () => document.documentElement.scrollWidth;
		const hidden: [HTMLElement | SVGElement, string][] = [];
		const culprits: string[] = [];
		while (pageWidth() > viewport && culprits.length < 3) {
			const trail: string[] = [];
			let node: Element = document.body;
			for (;;) {
				let best: { child: HTMLElement | SVGElement; width: number } | undefined;
				for (const child of node.children) {
					if (!(child instanceof HTMLElement || child instanceof SVGElement)) continue;
					const display = child.style.display;
					child.style.display = 'none';
					const narrowed = pageWidth();
					child.style.display = display;
					if (narrowed < (best?.width ?? pageWidth())) best = { child, width: narrowed };
				}
				if (!best) break;
				trail.push(describe(best.child));
				node = best.child;
			}
			if (!(node instanceof HTMLElement || node instanceof SVGElement) || node === document.body) break;
			const text = (node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
			culprits.push(`${trail.slice(-4).join(' > ')}${text ? ` « ${text} »` : ''}`);
			hidden.push([node, node.style.display]);
			node.style.display = 'none';
		}
		for (const [element, display] of hidden) element.style.display = display;
		return culprits.join(' ; ') || 'no single element';
	}, width);
}

async function expectNoHorizontalScroll(page: Page, width: number) {
	const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	const culprit = scrollWidth > width ? await overflowCulprits(page, width) : '';
	expect(scrollWidth, `page is ${scrollWidth} px wide because of ${culprit}`).toBeLessThanOrEqual(width);
}

/** A phone and a common laptop screen: the layouts differ (menu button, result cards, comparison cards). */
const AXE_VIEWPORTS = [
	{ width: 375, height: 740 },
	{ width: 1366, height: 768 }
];

for (const viewport of AXE_VIEWPORTS)
	test.describe(`axe finds no WCAG 2.1 AA violation at ${viewport.width} px`, () => {
		// axe walks every node of long pages (the matrix, the overlaps): minutes when the machine is busy.
		test.describe.configure({ timeout: 120_000 });
		test.use({ viewport });
		for (const site of PAGES) {
			test(`${site.name} (${site.path})`, async ({ page }) => {
				const response = await openPage(page, site);
				expect(response?.status()).toBe(site.notFound ? 404 : 200);
				const results = await new AxeBuilder({ page })
					.withTags(AXE_TAGS)
					.disableRules(Object.keys(ACCEPTED_EXCEPTIONS))
					.analyze();
				const report = results.violations.map(
					(violation) =>
						`${violation.id} [${violation.impact}] ${violation.help}: ${violation.nodes
							.slice(0, 5)
							.map((node) => node.target.join(' '))
							.join(' | ')}${violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5})` : ''}`
				);
				expect(report, `axe on ${site.path}`).toEqual([]);
			});
		}
	});

test.describe('reflow at 320 px (WCAG 1.4.10): no horizontal page scroll', () => {
	test.describe.configure({ timeout: 60_000 });
	test.use({ viewport: { width: 320, height: 640 } });
	for (const site of PAGES) {
		test(`${site.name} (${site.path})`, async ({ page }) => {
			await openPage(page, site);
			await expectNoHorizontalScroll(page, 320);
			await expect(page.locator('main h1')).toBeVisible();
		});
	}
});

test.describe('usable at 200 % zoom: a 1280 px screen zoomed twice is 640 CSS px wide', () => {
	test.describe.configure({ timeout: 60_000 });
	test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
	for (const site of PAGES) {
		test(`${site.name} (${site.path})`, async ({ page }) => {
			await openPage(page, site);
			await expectNoHorizontalScroll(page, 640);
			const heading = page.locator('main h1');
			await expect(heading).toBeVisible();
			// The main content is on screen, not pushed aside or clipped to nothing.
			expect(await page.locator('main').evaluate((main) => main.getBoundingClientRect().width)).toBeGreaterThan(
				640 * 0.75
			);
			expect(await heading.evaluate((element) => element.getBoundingClientRect().right)).toBeLessThanOrEqual(640);
		});
	}
});
