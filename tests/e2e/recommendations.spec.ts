import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { RECOMMENDATION_STATUSES, STATUS_TEXT, type Recommendation } from '../../src/lib/senate/recommendations';
import type { ReportFigure } from '../../src/lib/senate/figures';

// The page is prerendered from these files: the test reads the same ones to know what it must show.
const readData = <T>(name: string): T =>
	JSON.parse(readFileSync(join(import.meta.dirname, '../../data', name), 'utf8')) as T;
const recommendations = readData<Recommendation[]>('recommendations.json');
const figures = readData<ReportFigure[]>('report-figures.json');

interface MatrixJson {
	operators: { id: string; shortName: string }[];
	topics: { operators: { operatorId: string }[] }[];
}

/** Spaces as Intl prints them (narrow no-break) or as typed: the same words either way. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

async function expectListedVerdicts(page: Page) {
	const items = page.locator('[data-recommendation]');
	await expect(items).toHaveCount(recommendations.length);
	for (const status of RECOMMENDATION_STATUSES) {
		const expected = recommendations.filter((recommendation) => recommendation.status === status).length;
		await expect(page.locator(`[data-recommendation][data-status="${status}"]`), status).toHaveCount(expected);
	}
}

test('lists the 14 recommendations with the 2024 verdicts: 7 followed, 2 under way, 3 mixed, 2 not retained', async ({
	page
}) => {
	await page.goto('/recommandations');
	await expectListedVerdicts(page);
	// The report's own split, as the issue states it.
	const count = (status: string) => recommendations.filter((recommendation) => recommendation.status === status).length;
	expect([recommendations.length, ...RECOMMENDATION_STATUSES.map(count)]).toEqual([14, 7, 2, 3, 2]);
	await expect(page.locator('[data-status-summary]')).toContainText(
		'Suivi en 2024 des 14 recommandations : 7 suivies, 2 en cours, 3 insatisfaisantes ou contrastées, 2 non retenues.'
	);
});

test('gives each recommendation its heading, wording, a visible verdict label and the report line', async ({
	page
}) => {
	await page.goto('/recommandations');
	await expect(page.getByRole('heading', { level: 3, name: /^Recommandation n° \d+$/ })).toHaveCount(
		recommendations.length
	);
	// One read of the rendered items, then plain assertions: fourteen items times six locators is slow on a busy machine.
	const rendered = await page.locator('[data-recommendation]').evaluateAll((items) =>
		items.map((item) => ({
			number: Number(item.getAttribute('data-recommendation')),
			status: item.getAttribute('data-status'),
			heading: item.querySelector('h3')?.textContent?.trim(),
			badge: item.querySelector('.fr-badge')?.textContent?.trim(),
			text: (item.textContent ?? '').replace(/\s+/g, ' ')
		}))
	);
	for (const recommendation of recommendations) {
		const item = rendered.find((candidate) => candidate.number === recommendation.number);
		expect(item, `n° ${recommendation.number}`).toBeDefined();
		expect(item!.heading).toBe(`Recommandation n° ${recommendation.number}`);
		expect(item!.status).toBe(recommendation.status);
		expect(item!.badge).toBe(STATUS_TEXT[recommendation.status].label);
		expect(item!.text).toContain(words(recommendation.wording));
		expect(item!.text).toContain(`l. ${recommendation.line}`);
		if (recommendation.comment) expect(item!.text).toContain(`l. ${recommendation.comment.line}`);
	}
});

test('links n° 10 to the topics its three operators share, with counts computed from the open data', async ({
	page,
	request
}) => {
	const matrix = (await (await request.get('/donnees/matrice.json')).json()) as MatrixJson;
	const shortName = new Map(matrix.operators.map((operator) => [operator.id, operator.shortName]));
	const shared = (ids: string[]) =>
		matrix.topics.filter((topic) => ids.every((id) => topic.operators.some((link) => link.operatorId === id))).length;
	await page.goto('/recommandations');
	const item = page.locator('[data-recommendation="10"]');
	const pairs = [
		['ademe', 'cerema'],
		['ademe', 'anct'],
		['cerema', 'anct']
	];
	for (const pair of pairs) {
		const link = item.locator(`a[href="/matrice?operateur=${pair[0]}&operateur=${pair[1]}"]`);
		const count = shared(pair);
		await expect(link).toHaveAttribute('data-shared-topics', String(count));
		await expect(link).toHaveText(
			`${shortName.get(pair[0])} et ${shortName.get(pair[1])} : ${count} sujet${count > 1 ? 's' : ''} en commun`
		);
	}
	await expect(item.locator('a[href="/chevauchements#anct-ademe-cerema"]')).toBeVisible();
	await expect(page.locator('[data-recommendation="11"] a[href="/matrice"]')).toBeVisible();
	await expect(page.locator('[data-recommendation="7"] a[href="/orientation#subsidiarite"]')).toBeVisible();
});

test('shows the report’s figures with their line, and reach as a computed share', async ({ page }) => {
	await page.goto('/recommandations');
	const table = page.getByRole('table', { name: /Les chiffres du rapport/ });
	await expect(table.locator('[data-figure]')).toHaveCount(figures.length);
	for (const figure of figures)
		await expect(table.locator(`[data-figure="${figure.id}"]`)).toContainText(`l. ${figure.line}`);
	const value = (id: string) => figures.find((figure) => figure.id === id)!.value;
	const percent = (ratio: number) =>
		words(
			new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
				ratio
			)
		);
	const pvdShare = words(await table.locator('[data-figure="petites-villes-de-demain"] [data-share]').innerText());
	expect(pvdShare).toBe(`${percent(value('petites-villes-de-demain') / value('communes'))} des 34 935 communes`);
	expect(pvdShare).toContain('4,7 %');
	const supported = words(await table.locator('[data-figure="collectivites-accompagnees"] [data-share]').innerText());
	expect(supported).toContain(percent(value('collectivites-accompagnees') / (value('communes') + value('epci'))));
});

test('has no accessibility violation axe can find', async ({ page }) => {
	// axe walks a long page: on a machine shared by parallel builds it has needed close to the default 30 s.
	test.slow();
	await page.goto('/recommandations');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the recommendations and the figures are in the page as served', async ({ page }) => {
		await page.goto('/recommandations');
		await expectListedVerdicts(page);
		await expect(page.getByRole('heading', { name: 'Les chiffres du rapport' })).toBeVisible();
	});
});
