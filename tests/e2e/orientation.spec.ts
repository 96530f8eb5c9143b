import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

interface MatrixTopic {
	id: string;
	label: string;
	operators: { operatorId: string; role: string }[];
}

const noteHeading = { name: "Note d'orientation", exact: true } as const;

test('a topic label as the request puts that topic first, with operators ranked and the reminder', async ({ page }) => {
	const matrix = await (await page.request.get('/donnees/matrice.json')).json();
	const topic: MatrixTopic =
		(matrix.topics as MatrixTopic[]).find((candidate) => candidate.operators.length > 1) ?? matrix.topics[0];
	await page.goto(`/orientation?q=${encodeURIComponent(topic.label)}`);
	await expect(page.getByRole('heading', noteHeading)).toBeVisible();
	await expect(page.locator('.note [data-topic-id]').first()).toHaveAttribute('data-topic-id', topic.id);
	const ranked = page.locator('.note [data-need]').first().locator('[data-topic-id]').first();
	for (const link of topic.operators)
		await expect(ranked.locator(`[data-operator="${link.operatorId}"]`)).toBeVisible();
	await expect(ranked).toContainText("Point d'entrée");
	// The pilot, when the topic has one, is the first door to knock on.
	const pilot = topic.operators.find((link) => link.role === 'pilote');
	if (pilot) await expect(ranked.locator('[data-role]').first()).toHaveAttribute('data-role', 'pilote');
	await expect(page.locator('#subsidiarite')).toContainText('subsidiarité');
	await expect(page.locator('#subsidiarite')).toContainText('CAUE');
	await expect(page.getByRole('textbox', { name: /Demande de la collectivité/ })).toHaveValue(topic.label);
});

test('a pasted request with three needs gets three needs, each with its topic, its operators and their entry points', async ({
	page
}) => {
	const request = [
		"Nous voulons reconvertir l'ancienne laiterie, un site pollué, en logements avec un centre de santé.",
		'Le pont de la rue principale est fissuré.',
		"L'école est encore chauffée au fioul."
	].join('\n');
	await page.goto(`/orientation?q=${encodeURIComponent(request)}`);
	await expect(page.getByRole('heading', noteHeading)).toBeVisible();
	const needs = page.locator('.note [data-need]');
	await expect(needs).toHaveCount(3);
	const expected = [
		['reconversion-friches-depollution'],
		['ponts-'],
		['chaleur-renouvelable-fonds-chaleur', 'renovation-ecoles']
	];
	for (const [position, prefixes] of expected.entries()) {
		const need = needs.nth(position);
		const ids = await need
			.locator('[data-topic-id]')
			.evaluateAll((items) => items.map((item) => item.getAttribute('data-topic-id') ?? ''));
		expect(
			ids.some((id) => prefixes.some((prefix) => id.startsWith(prefix))),
			`${position + 1}: ${ids}`
		).toBe(true);
		await expect(need.locator('[data-operator]').first()).toBeVisible();
		await expect(need).toContainText("Point d'entrée");
	}
	await expect(needs.nth(2)).toContainText('fioul');
});

test('a need that finds nothing is named, and the others still get their operators', async ({ page }) => {
	await page.goto(`/orientation?q=${encodeURIComponent('Réparer le pont communal.\nOrganiser un concert de jazz.')}`);
	await expect(page.locator('.note [data-need]')).toHaveCount(2);
	await expect(page.locator('.note [data-need="2"] [data-need-empty]')).toContainText('Aucun sujet trouvé');
	await expect(page.locator('.note [data-need="1"] [data-operator]').first()).toBeVisible();
});

test('the « petite commune » filter puts first the offers a village can ask for, and stays in the address', async ({
	page
}) => {
	const request = encodeURIComponent('financer un chef de projet revitalisation');
	const firstOperator = page.locator('.note [data-need="1"] [data-topic-id] [data-operator]').first();
	await page.goto(`/orientation?q=${request}`);
	await expect(page.getByRole('checkbox', { name: /Petite commune/ })).not.toBeChecked();
	await expect(firstOperator).toHaveAttribute('data-operator', 'anct');
	await page.goto(`/orientation?q=${request}&petite=1`);
	await expect(page.getByRole('checkbox', { name: /Petite commune/ })).toBeChecked();
	await expect(page.locator('.note')).toContainText('Classement pour une petite commune');
	// The ANCT pilots the post for Petites villes de demain only; the Anah's offer is open to all.
	await expect(firstOperator).toHaveAttribute('data-operator', 'anah');
});

test('the note is copied as plain text, with a visible confirmation', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/orientation?q=reseau%20de%20chaleur');
	await page.getByRole('button', { name: /Copier la note/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Note copiée' })).toBeVisible();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text).toContain('reseau de chaleur');
	expect(text).toContain("Point d'entrée");
	expect(text).toContain('subsidiarité');
	expect(text).not.toMatch(/<[a-z]/);
});

test('when the clipboard is refused, the text is shown selected in a read-only field', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refusé')) } });
	});
	await page.goto('/orientation?q=friche');
	await page.getByRole('button', { name: /Copier la note/ }).click();
	const field = page.getByRole('textbox', { name: 'Texte de la note' });
	await expect(field).toBeVisible();
	await expect(field).toHaveAttribute('readonly', '');
	await expect(page.getByRole('status').filter({ hasText: 'Ctrl+C' })).toBeVisible();
	const selected = await field.evaluate(
		(element: HTMLTextAreaElement) => element.selectionEnd - element.selectionStart
	);
	expect(selected).toBeGreaterThan(100);
});

test('the note prints on A4 without the form, the buttons or the site navigation', async ({ page }, testInfo) => {
	await page.goto('/orientation?q=friche');
	await expect(page.getByRole('heading', noteHeading)).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('form')).toBeHidden();
	await expect(page.getByRole('button', { name: /Copier la note/ })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeHidden();
	await expect(page.getByRole('heading', noteHeading)).toBeVisible();
	// Local engineering first: the printed note says so before it names any state operator.
	const headings = await page.locator('article h3').allInnerTexts();
	expect(headings.findIndex((text) => /ingénierie locale/i.test(text))).toBeGreaterThanOrEqual(0);
	expect(headings.findIndex((text) => /ingénierie locale/i.test(text))).toBeLessThan(
		headings.findIndex((text) => /Opérateurs de l'État/i.test(text))
	);
	const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('note.pdf') });
	expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page shows the request form and the subsidiarity reminder', async ({ page }) => {
		await page.goto('/orientation?q=friche');
		await expect(page.getByRole('textbox', { name: /Demande de la collectivité/ })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Préparer la note' })).toBeVisible();
		await expect(page.locator('#subsidiarite')).toContainText('ingénierie locale');
	});
});

for (const path of ['/orientation', '/orientation?q=friche', '/orientation?q=zzzzqqq']) {
	test(`axe finds no violation on ${path}`, async ({ page }) => {
		// A full axe pass takes seconds on two shared cores, more under a parallel build.
		test.slow();
		await page.goto(path, { waitUntil: 'networkidle' });
		if (path.includes('friche')) await expect(page.getByRole('heading', noteHeading)).toBeVisible();
		if (path.includes('zzzz')) await expect(page.getByText('Aucun sujet ne correspond')).toBeVisible();
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations).toEqual([]);
	});
}
