import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { getTerritoires } from '../../src/lib/server/territoires/load';
import { BUILD_DIR, layoutShiftWhileLoading } from './pages';

// Communes picked from the data, not hard-coded: an Action cœur de ville city without PVD, and a PVD commune.
const territoires = getTerritoires();
const nevers = territoires.communes.find((commune) => commune.nom === 'Nevers' && commune.departement === '58')!;
const pvdCommune = territoires.communes.find(
	(commune) => commune.programmes.includes('pvd') && !commune.programmes.includes('acv') && commune.qpv.length === 0
)!;
const matrix = JSON.parse(readFileSync(join(BUILD_DIR, 'donnees/matrice.json'), 'utf8')) as {
	topics: { id: string; label: string; operators: { operatorId: string; eligibleIf: { programme?: string }[] }[] }[];
};
/** A topic with an offer reserved to Petites villes de demain alone. */
const pvdOffer = matrix.topics.flatMap((topic) =>
	topic.operators
		.filter((link) => link.eligibleIf.length === 1 && link.eligibleIf[0].programme === 'pvd')
		.map((link) => ({ topic, operatorId: link.operatorId }))
)[0];

const communeField = (page: Page) => page.getByRole('combobox', { name: /Votre commune/ });

test.describe('choosing a commune', () => {
	test('by typing with a typo, with the keyboard: the address carries it and the device remembers it', async ({
		page
	}) => {
		const shardRequests: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/donnees/communes/recherche/')) shardRequests.push(request.url());
		});
		await page.goto('/', { waitUntil: 'networkidle' });
		expect(shardRequests, 'the commune index is not loaded with the page').toEqual([]);

		const field = communeField(page);
		await expect(field).toHaveAttribute('name', 'commune');
		await field.pressSequentially('Neveres');
		const option = page.getByRole('option', { name: /^Nevers/ });
		await expect(option).toBeVisible();
		await expect(option).toContainText('Nièvre (58)');
		await expect(field).toHaveAttribute('aria-expanded', 'true');
		expect(shardRequests.length, 'one shard of the index, for the letters typed').toBe(1);
		const position = await page
			.getByRole('option')
			.evaluateAll(
				(options, code) => options.findIndex((item) => item.getAttribute('data-code') === code),
				nevers.code
			);
		for (let step = 0; step <= position; step += 1) await field.press('ArrowDown');
		await expect(field).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? 'missing id');
		await field.press('Enter');

		await expect(page).toHaveURL(new RegExp(`commune=${nevers.code}`));
		await expect(field).toHaveValue('Nevers (58)');
		await expect(field).toHaveAttribute('aria-expanded', 'false');
		await expect(page.locator(`[data-commune-chosen="${nevers.code}"]`)).toBeVisible();

		// Remembered: another page opens with the same commune in its address.
		await page.goto('/orientation', { waitUntil: 'networkidle' });
		await expect(page).toHaveURL(new RegExp(`commune=${nevers.code}`));
		await expect(communeField(page)).toHaveValue('Nevers (58)');
	});

	test('« st etienne » and « chateau chinon » find the commune meant', async ({ page }) => {
		await page.goto('/', { waitUntil: 'networkidle' });
		const field = communeField(page);
		await field.pressSequentially('st etienne');
		await expect(page.getByRole('option').first()).toContainText('Saint-Étienne');
		await field.fill('');
		await field.pressSequentially('chateau chinon');
		await expect(page.getByRole('option').first()).toContainText('Château-Chinon (Ville)');
	});
});

test.describe('offers marked for the chosen commune', () => {
	test('a PVD commune sees the PVD offer « oui », an Action cœur de ville city without PVD sees it « non »', async ({
		page
	}) => {
		expect(pvdOffer, 'the data has an offer reserved to PVD').toBeDefined();
		const section = page.locator(`section[data-operator="${pvdOffer.operatorId}"]`);
		await page.goto(`/sujets/${pvdOffer.topic.id}?commune=${pvdCommune.code}`, { waitUntil: 'networkidle' });
		await expect(section).toHaveAttribute('data-eligible', 'oui');
		await expect(section).toContainText(`${pvdCommune.nom} figure parmi les communes Petites villes de demain`);

		await page.goto(`/sujets/${pvdOffer.topic.id}?commune=${nevers.code}`, { waitUntil: 'networkidle' });
		await expect(section).toHaveAttribute('data-eligible', 'non');
		await expect(section).toContainText('Nevers ne figure pas parmi les communes Petites villes de demain');
		// « Contacter » opens the Nièvre's door, not a home page.
		const anct = page.locator('section[data-operator="anct"] a', { hasText: 'Contacter ANCT' });
		if ((await anct.count()) > 0) await expect(anct).toHaveAttribute('href', 'https://www.nievre.gouv.fr/');
	});

	test('search results mark offers and put the closed ones last, never hidden', async ({ page }) => {
		const query = pvdOffer.topic.label;
		await page.goto(`/?q=${encodeURIComponent(query)}&commune=${nevers.code}`, { waitUntil: 'networkidle' });
		const result = page.locator(`[data-search-results] [data-topic-id="${pvdOffer.topic.id}"]`);
		const offers = result.locator('[data-eligible]');
		await expect(offers.first()).toBeVisible();
		const verdicts = await offers.evaluateAll((items) => items.map((item) => item.getAttribute('data-eligible')));
		expect(verdicts).toContain('non');
		expect(verdicts.length).toBe(pvdOffer.topic.operators.length);
		expect(verdicts.indexOf('non')).toBeGreaterThanOrEqual(verdicts.lastIndexOf('oui'));
	});

	test('a programme without a list here is « à vérifier », never « non »', async ({ page }) => {
		const vaOffer = matrix.topics.find((topic) =>
			topic.operators.some((link) => link.eligibleIf.length === 1 && link.eligibleIf[0].programme === 'va')
		);
		test.skip(!vaOffer, 'no offer reserved to Villages d’avenir in the data');
		await page.goto(`/sujets/${vaOffer!.id}?commune=${nevers.code}`, { waitUntil: 'networkidle' });
		const marked = page.locator('section[data-eligible="inconnu"]').first();
		await expect(marked).toContainText('non renseigné ici : demandez à votre préfecture');
	});

	test('the orientation note marks each offer and names the commune’s doors', async ({ page }) => {
		await page.goto(`/orientation?q=${encodeURIComponent(pvdOffer.topic.label)}&commune=${nevers.code}`, {
			waitUntil: 'networkidle'
		});
		await expect(page.getByRole('heading', { name: "Note d'orientation", exact: true })).toBeVisible();
		await expect(page.locator('[data-door="anct"]').first()).toContainText('Préfecture de la Nièvre');
		await expect(page.locator(`[data-operator-offer][data-eligible="non"]`).first()).toBeVisible();
	});
});

test.describe('the commune and département pages', () => {
	test('/commune shows its EPCI, programmes with QPV names, and a door per operator', async ({ page }) => {
		await page.goto(`/commune?code=${nevers.code}`, { waitUntil: 'networkidle' });
		await expect(page.getByRole('heading', { level: 1, name: 'Nevers' })).toBeVisible();
		for (const id of nevers.programmes) await expect(page.locator(`[data-programme="${id}"]`)).toBeVisible();
		const qpvName = territoires.qpv[nevers.qpv[0]];
		await expect(page.locator('[data-programme="qpv"]')).toContainText(qpvName);
		await expect(page.locator('[data-door]')).toHaveCount(6);
		await expect(page.locator('[data-programmes-unknown]')).toContainText(
			'non renseigné ici : demandez à votre préfecture'
		);
	});

	test('on a phone, the commune that arrives late does not move the page', async ({ page }) => {
		await page.setViewportSize({ width: 412, height: 823 });
		const shift = await layoutShiftWhileLoading(
			page,
			`/commune?code=${nevers.code}`,
			'**/donnees/**/*.json',
			'[data-door]'
		);
		expect(shift, 'cumulative layout shift (the issue asks ≤ 0.02)').toBeLessThanOrEqual(0.02);
	});

	test('/commune with an unknown code says so in French', async ({ page }) => {
		await page.goto('/commune?code=99999', { waitUntil: 'networkidle' });
		await expect(page.getByRole('alert')).toContainText('Aucune commune actuelle ne porte le code « 99999 »');
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('a département page lists its communes with their programmes and its doors', async ({ page }) => {
			await page.goto('/departements/58');
			const row = page.locator(`tr[data-commune="${nevers.code}"]`);
			await expect(row).toHaveAttribute('data-programmes', nevers.programmes.join(' '));
			await expect(page.locator('tbody tr[data-commune]')).toHaveCount(
				territoires.communes.filter((commune) => commune.departement === '58').length
			);
			await expect(page.locator('[data-door]')).toHaveCount(6);
		});

		test('/commune and the field point to the département pages', async ({ page }) => {
			await page.goto(`/commune?code=${nevers.code}`);
			await expect(page.getByRole('link', { name: 'la liste de son département' })).toHaveAttribute(
				'href',
				'/departements'
			);
			await page.goto('/');
			await expect(page.getByRole('link', { name: /trouvez-la dans la liste de son département/ })).toBeVisible();
		});
	});
});

test('the open data lists every commune with its programmes', async ({ request }) => {
	const csv = await (await request.get('/donnees/communes-programmes.csv')).text();
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines[0].split(';').slice(0, 4)).toEqual(['code_insee', 'commune', 'departement_code', 'departement']);
	expect(lines).toHaveLength(territoires.communes.length + 1);
	const schema = await (await request.get('/donnees/communes-programmes.schema.json')).json();
	expect(schema.fields.map((field: { name: string }) => field.name)).toEqual(lines[0].split(';'));
});

test('the first suggestions need at most 60 KB gzipped, whatever the first letters', () => {
	const dir = join(BUILD_DIR, 'donnees/communes/recherche');
	const names = gzipSync(readFileSync(join(BUILD_DIR, 'donnees/communes/departements.json'))).length;
	const largest = Math.max(...readdirSync(dir).map((file) => gzipSync(readFileSync(join(dir, file))).length));
	expect(largest + names).toBeLessThanOrEqual(60 * 1024);
});
