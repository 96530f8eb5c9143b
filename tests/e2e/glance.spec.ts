import { expect, test, type Page } from '@playwright/test';
import { byRole } from '../../src/lib/matrix/vocabulary';
import { operatorRank } from '../../src/lib/operators';
import type { Dataset } from '../../src/lib/types';
import { buildSearchIndex, searchTopics, toSearchEntries } from '../../src/lib/search';
import { PAGES, QUERY_WITH_RESULTS, appScripts, openPage, searchAnswer } from './pages';

/** Issue 14: the answer in one glance, on a phone, on paper and without JavaScript. */

const PHONE = { width: 375, height: 740 };

async function matrix(page: Page): Promise<Dataset> {
	return (await page.request.get('/donnees/matrice.json')).json();
}

/** A request a préfecture receives: three needs in one message. */
const THREE_NEEDS =
	"Nous voulons reconvertir une friche en logements, rénover l'école et installer des bornes de recharge pour véhicules électriques.";

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree nodes). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test.describe('on a 375 × 740 phone', () => {
	test.use({ viewport: PHONE });

	test('the first result is on the first screen after typing, and after Enter', async ({ page }) => {
		test.slow(); // typing waits for the page on a shared machine
		await openPage(page, { name: 'recherche', path: '/' });
		await page.getByRole('searchbox').pressSequentially(QUERY_WITH_RESULTS);
		const firstTitle = searchAnswer(page, QUERY_WITH_RESULTS).locator('[data-topic-id] h3').first();
		await expect(firstTitle).toBeInViewport({ ratio: 1 });
		expect(await page.evaluate(() => window.scrollY), 'nothing scrolled to get there').toBe(0);

		await page.getByRole('searchbox').press('Enter');
		await expect(page.getByRole('heading', { name: 'Résultats' })).toBeFocused();
		await expect(firstTitle).toBeInViewport({ ratio: 1 });
	});

	test('results show the lead operator first and five results before « voir plus »', async ({ page }) => {
		const data = await matrix(page);
		// A broad query, so that there are more than five results.
		const query = 'habitat';
		const total = searchTopics(buildSearchIndex(toSearchEntries(data)), query).length;
		await page.goto(`/?q=${query}`, { waitUntil: 'networkidle' });
		const results = searchAnswer(page, query).locator('[data-topic-id]');
		await expect(results.first()).toBeVisible();
		await expect(results).toHaveCount(Math.min(total, 5));
		for (const item of await results.all()) {
			const id = await item.getAttribute('data-topic-id');
			const lead = byRole(data.topics.find((topic) => topic.id === id)!.operators, operatorRank)[0];
			await expect(item.locator('[data-lead-operator]')).toHaveAttribute('data-lead-operator', lead.operatorId);
		}
		test.skip(total <= 5, 'the data has five results or fewer for this query');
		await page.getByRole('button', { name: /Voir plus de résultats/ }).click();
		await expect(results).toHaveCount(total);
		await expect(results.nth(5).locator('h3 a')).toBeFocused();
	});

	test('a topic page starts with « Par où commencer »: who, what to ask, which door', async ({ page }) => {
		const data = await matrix(page);
		const topic = [...data.topics].sort((a, b) => b.operators.length - a.operators.length)[0];
		const lead = byRole(topic.operators, operatorRank)[0];
		const operator = data.operators.find((candidate) => candidate.id === lead.operatorId)!;
		await page.goto(`/sujets/${topic.id}`);
		const start = page.locator('[data-start-here]');
		// The first block after the page's heading, and on the first screen.
		await expect(page.locator('main h1 + *')).toHaveAttribute('data-start-here', '');
		await expect(start).toBeInViewport();
		await expect(start.locator('[data-operator-lead]')).toHaveAttribute('data-operator-lead', lead.operatorId);
		await expect(start.getByRole('link', { name: new RegExp(operator.shortName) }).last()).toHaveAttribute(
			'href',
			operator.howToAskUrl
		);
		// Then the operators in that order, and cards instead of the wide table.
		const order = await page
			.locator('section[data-operator]')
			.evaluateAll((sections) => sections.map((section) => section.getAttribute('data-operator')));
		expect(order[0]).toBe(lead.operatorId);
		await expect(page.locator('[data-comparison-cards]')).toBeVisible();
		await expect(page.locator('[data-operator-card]')).toHaveCount(topic.operators.length);
		await expect(page.getByRole('table', { name: /Ce qui distingue/ })).toBeHidden();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
	});

	test('the header is one line and its menu opens and closes with the keyboard', async ({ page }) => {
		await page.goto('/', { waitUntil: 'networkidle' });
		const header = await page.locator('header').boundingBox();
		expect(header?.height ?? 999, 'a compact header').toBeLessThanOrEqual(80);
		const menu = page.getByRole('navigation', { name: 'Menu principal' });
		// A <details> disclosure: its summary is the button, its open attribute the state.
		const disclosure = menu.locator('details');
		const button = disclosure.locator('summary', { hasText: 'Menu' });
		const firstLink = menu.getByRole('link').first();
		await expect(disclosure).not.toHaveAttribute('open');
		await expect(firstLink).toBeHidden();
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(disclosure).toHaveAttribute('open');
		await expect(menu.getByRole('link', { name: 'Orienter une demande' })).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(firstLink).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(disclosure).not.toHaveAttribute('open');
		await expect(button).toBeFocused();
	});

	test('the menu opens on a page that ships no JavaScript', async ({ page }) => {
		await page.goto('/chevauchements');
		expect(await appScripts(page).count(), 'no script of the app on this page').toBe(0);
		const menu = page.getByRole('navigation', { name: 'Menu principal' });
		await expect(menu.getByRole('link', { name: 'La matrice' })).toBeHidden();
		await menu.locator('summary', { hasText: 'Menu' }).click();
		await expect(menu.getByRole('link', { name: 'La matrice' })).toBeVisible();
	});
});

test('on a desktop the menu shows in full, with « Orienter une demande », and no menu button', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/');
	const menu = page.getByRole('navigation', { name: 'Menu principal' });
	await expect(menu.locator('summary', { hasText: 'Menu' })).toBeHidden();
	await expect(menu.getByRole('link', { name: 'Orienter une demande' })).toHaveAttribute('href', '/orientation');
	// And beside the search field, carrying the query.
	await page.getByRole('searchbox').pressSequentially('friche');
	await expect(page.locator('main').getByRole('link', { name: 'Orienter une demande' })).toHaveAttribute(
		'href',
		'/orientation?q=friche'
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: PHONE });

	for (const path of ['/', '/orientation']) {
		test(`${path} says in words that it needs JavaScript and where to go instead`, async ({ page }) => {
			await page.goto(`${path}?q=friche`);
			const notice = page.locator('main [data-noscript]');
			await expect(notice).toBeVisible();
			await expect(notice).toContainText('JavaScript');
			await expect(notice.getByRole('link', { name: /matrice/ })).toHaveAttribute('href', '/matrice');
			await expect(notice.getByRole('link', { name: /thème/ })).toHaveAttribute('href', '/#themes-titre');
		});
	}

	test('the menu opens from its button, which needs no script', async ({ page }) => {
		await page.goto('/sujets/' + (await matrix(page)).topics[0].id);
		const menu = page.getByRole('navigation', { name: 'Menu principal' });
		await expect(menu.getByRole('link', { name: 'La matrice' })).toBeHidden();
		await menu.locator('summary', { hasText: 'Menu' }).click();
		await expect(menu.getByRole('link', { name: 'La matrice' })).toBeVisible();
	});
});

test('sigles: /glossaire defines each one with its source, and pages explain them on first use', async ({ page }) => {
	await page.goto('/glossaire');
	const entries = page.locator('[data-glossary] dt');
	expect(await entries.count()).toBeGreaterThan(10);
	await expect(page.locator('[data-glossary]')).toContainText(
		'gestion des milieux aquatiques et prévention des inondations'
	);
	for (const link of await page.locator('[data-glossary] .glossary__source a').all())
		expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);

	// A topic whose label names a sigle explains it on first use, and only there.
	const data = await matrix(page);
	const terms = await entries.locator('abbr').allInnerTexts();
	const topic = data.topics.find((candidate) =>
		terms.some((term) => new RegExp(`\\b${term}\\b`).test(candidate.label))
	)!;
	await page.goto(`/sujets/${topic.id}`);
	const abbr = page.locator('main abbr[title]').first();
	await expect(abbr).toBeVisible();
	expect((await abbr.getAttribute('title'))?.length).toBeGreaterThan(5);
	const term = await abbr.innerText();
	await expect(page.locator(`main abbr[title]`).filter({ hasText: new RegExp(`^${term}$`) })).toHaveCount(1);
});

test('every page type has a description and Open Graph tags, with the topic or the query in the title', async ({
	page
}) => {
	test.slow(); // one load per page type
	for (const site of PAGES) {
		await openPage(page, site);
		const ogTitle = await page.locator('meta[property="og:title"]').getAttribute('content');
		expect(ogTitle, site.path).toBeTruthy();
		expect(await page.locator('meta[name="description"]').getAttribute('content'), site.path).toBeTruthy();
		expect(await page.locator('meta[property="og:description"]').count(), site.path).toBe(1);
	}
	const data = await matrix(page);
	await page.goto(`/sujets/${data.topics[0].id}`);
	const plain = (text: string | null) => (text ?? '').replace(/[\u202F\u00A0]/g, ' ');
	expect(plain(await page.locator('meta[property="og:title"]').getAttribute('content'))).toContain(
		data.topics[0].label
			.replace(/[\u202F\u00A0]/g, ' ')
			.split(':')[0]
			.trim()
	);
	await page.goto(`/?q=${QUERY_WITH_RESULTS}`, { waitUntil: 'networkidle' });
	await expect(page).toHaveTitle(new RegExp(QUERY_WITH_RESULTS));
});

test('sharing: the Web Share API where there is one, else the link is copied', async ({ page, context }) => {
	test.slow(); // two loads of a topic page
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const data = await matrix(page);
	await page.addInitScript(() => {
		// Desktop Chromium has no share sheet here: make sure, so the fallback is what runs.
		Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
	});
	await page.goto(`/sujets/${data.topics[0].id}`, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Partager ce sujet' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Lien copié' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

	const shared: { title?: string; url?: string }[] = [];
	await page.exposeFunction('recordShare', (payload: { title?: string; url?: string }) => shared.push(payload));
	await page.evaluate(() => {
		Object.defineProperty(navigator, 'share', {
			value: (payload: ShareData) =>
				(window as unknown as { recordShare: (p: ShareData) => Promise<void> }).recordShare(payload)
		});
	});
	await page.getByRole('button', { name: 'Partager ce sujet' }).click();
	await expect.poll(() => shared.length).toBe(1);
	expect(shared[0].url).toBe(page.url());
});

test.describe('on paper', () => {
	test('the note for a three-need request prints on two A4 pages at most, sources as host and French date', async ({
		page
	}, testInfo) => {
		test.slow(); // a note, then a PDF
		await page.goto(`/orientation?q=${encodeURIComponent(THREE_NEEDS)}`);
		await expect(page.getByRole('heading', { name: "Note d'orientation", exact: true })).toBeVisible();
		// The request names three needs: the note must have found several topics, or this test proves nothing.
		expect(await page.locator('.note [data-topic-id]').count()).toBeGreaterThanOrEqual(3);
		await page.emulateMedia({ media: 'print' });
		const references = page.locator('.note__source-ref');
		await expect(references.first()).toHaveText(/^\([a-z0-9.-]+\.[a-z]{2,}, consultée le \d{1,2} \p{L}+ \d{4}\)$/u);
		await expect(page.locator('.note__source-title').first()).toBeHidden();
		// The subsidiarity reminder prints once.
		await expect(page.getByText('doit fonctionner par subsidiarité').filter({ visible: true })).toHaveCount(1);
		const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('note-trois-besoins.pdf') });
		expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
		expect(pdfPages(pdf), 'A4 pages').toBeLessThanOrEqual(2);
	});

	test('the overlap report keeps its headings with what follows them', async ({ page }) => {
		await page.goto('/chevauchements');
		await page.emulateMedia({ media: 'print' });
		const breaks = await page
			.locator('main :is(h2, h3)')
			.evaluateAll((headings) => headings.map((heading) => getComputedStyle(heading).breakAfter));
		expect(breaks.length).toBeGreaterThan(3);
		expect(new Set(breaks)).toEqual(new Set(['avoid']));
	});
});

test('French typography and operator names, as a reader sees them', async ({ page }) => {
	test.slow(); // three pages, one a note
	await page.goto('/');
	expect(await page.locator('main h1').textContent()).toBe("Qui peut m'aider sur…\u202F?");
	await page.goto('/a-propos');
	const about = await page.locator('main').innerText();
	expect(about).not.toMatch(/Banque des Territoires \(Banque des Territoires/);
	await page.goto(`/orientation?q=${encodeURIComponent(THREE_NEEDS)}`);
	await expect(page.getByRole('heading', { name: "Note d'orientation", exact: true })).toBeVisible();
	const note = await page.locator('.note').innerText();
	expect(note).not.toMatch(
		/Banque des Territoires \(Banque des Territoires|Banque des Territoires\s+Banque des Territoires/
	);
	// No ordinary space is left before « ? ! ; : » in the note's prose.
	expect(note).not.toMatch(/\p{L} [;:!?](\s|$)/u);
});
