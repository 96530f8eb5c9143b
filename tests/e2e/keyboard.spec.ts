import { expect, test, type Page } from '@playwright/test';
import { PAGES, QUERY_WITH_RESULTS, openPage, searchAnswer } from './pages';

/** Enough Tab presses to cross a page's header, main content and footer; long lists repeat the same kind of link. */
const MAX_TABS = 150;

interface FocusStep {
	/** Focus left the page or came back to an element already visited: the sweep is over. */
	done: boolean;
	failures: string[];
}

/**
 * Judges the element that just received focus, in the page (one round trip per Tab). An indicator is an outline
 * (checkboxes and radios draw theirs on their label's ::before, as in the DSFR), or a box-shadow that differs from
 * the element's shadow once focus has moved on: the previous element is judged at the next step, so a shadow the
 * element always has (a current-page underline) does not count.
 */
function focusStep(page: Page): Promise<FocusStep> {
	return page.evaluate(() => {
		type Previous = { element: Element; name: string; outline: boolean; boxShadow: string };
		const state = window as unknown as { focusVisited?: WeakSet<Element>; focusPrevious?: Previous };
		state.focusVisited ??= new WeakSet();
		const failures: string[] = [];
		const previous = state.focusPrevious;
		if (previous && !previous.outline) {
			const unfocused = getComputedStyle(previous.element).boxShadow;
			if (previous.boxShadow === 'none' || previous.boxShadow === unfocused) {
				failures.push(`${previous.name}: no outline nor focus-only box-shadow`);
			}
		}
		state.focusPrevious = undefined;

		const element = document.activeElement;
		if (!element || element === document.body || state.focusVisited.has(element)) return { done: true, failures };
		state.focusVisited.add(element);

		const tag = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
		const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
		const name = text ? `${tag} « ${text} »` : tag;
		const toggleLabel =
			element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type)
				? element.labels?.[0]
				: undefined;
		const ring = toggleLabel ? getComputedStyle(toggleLabel, '::before') : getComputedStyle(element);
		const outline =
			ring.outlineStyle !== 'none' &&
			parseFloat(ring.outlineWidth) >= 1 &&
			!/transparent|rgba\(.*,\s*0\)$/.test(ring.outlineColor);
		const rect = (toggleLabel ?? element).getBoundingClientRect();
		if (rect.width <= 1 || rect.height <= 1) failures.push(`${name}: focused but too small to be seen`);
		if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) {
			failures.push(`${name}: focused but off screen`);
		}
		state.focusPrevious = { element, name, outline, boxShadow: getComputedStyle(element).boxShadow };
		return { done: false, failures };
	});
}

/** Tabs through the whole page (up to MAX_TABS stops) and lists the stops where focus cannot be seen. */
async function elementsWithoutVisibleFocus(page: Page): Promise<{ failures: string[]; tabs: number }> {
	const failures: string[] = [];
	let tabs = 0;
	while (tabs < MAX_TABS) {
		await page.keyboard.press('Tab');
		const step = await focusStep(page);
		failures.push(...step.failures);
		if (step.done) break;
		tabs += 1;
	}
	return { failures, tabs };
}

test('keyboard path: skip link → search → a result → the topic page → back to the results', async ({ page }) => {
	await openPage(page, { name: 'recherche', path: '/' });

	await page.keyboard.press('Tab');
	const skipLink = page.getByRole('link', { name: 'Contenu', exact: true });
	await expect(skipLink).toBeFocused();
	await expect(skipLink).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	const searchBox = page.getByRole('searchbox');
	for (
		let tabs = 0;
		tabs < 10 && !(await searchBox.evaluate((element) => element === document.activeElement));
		tabs += 1
	) {
		await page.keyboard.press('Tab');
	}
	await expect(searchBox, 'the search box is among the first stops after the skip link').toBeFocused();
	await page.keyboard.type(QUERY_WITH_RESULTS);
	const firstResultLink = searchAnswer(page, QUERY_WITH_RESULTS).locator('[data-topic-id] a').first();
	await expect(firstResultLink).toBeVisible();

	const isFirstResultFocused = () => firstResultLink.evaluate((element) => element === document.activeElement);
	for (let tabs = 0; tabs < 10 && !(await isFirstResultFocused()); tabs += 1) await page.keyboard.press('Tab');
	await expect(firstResultLink, 'the first result is a few Tab presses after the search box').toBeFocused();
	const href = await firstResultLink.getAttribute('href');
	expect(href).toMatch(/^\/sujets\//);

	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(href!);
	await expect(page.locator('main h1')).toBeVisible();
	// After a client-side navigation, focus starts over from the top: the next Tab reaches the skip link.
	await page.keyboard.press('Tab');
	await expect(skipLink).toBeFocused();

	// Back is the browser's own (Alt+← is handled by the browser UI, which headless Chromium lacks).
	await page.goBack();
	await expect(page).toHaveURL(/\?q=/);
	await expect(searchBox).toHaveValue(QUERY_WITH_RESULTS);
	await expect(firstResultLink).toBeVisible();
});

test.describe('focus is always visible when tabbing through the page', () => {
	test.describe.configure({ timeout: 120_000 });
	for (const site of PAGES) {
		test(`${site.name} (${site.path})`, async ({ page }) => {
			await openPage(page, site);
			const { failures, tabs } = await elementsWithoutVisibleFocus(page);
			expect(tabs, 'at least the skip links take focus').toBeGreaterThan(2);
			expect(failures).toEqual([]);
		});
	}
});
