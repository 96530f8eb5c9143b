import { expect, test } from '@playwright/test';

interface MatrixJson {
	topics: {
		id: string;
		label: string;
		operators: { operatorId: string; role: string; eligibleIf: unknown[]; sources: { url: string; kind: string }[] }[];
	}[];
}

test('a topic page puts the pilot first, says each operator’s role, who may ask, and each source’s kind', async ({
	page,
	request
}) => {
	const data: MatrixJson = await (await request.get('/donnees/matrice.json')).json();
	// A topic whose pilot is not first in the operators' fixed order: the page must reorder it.
	const topic = data.topics.find((candidate) => {
		const pilot = candidate.operators.findIndex((link) => link.role === 'pilote');
		return pilot > 0;
	});
	test.skip(!topic, 'no topic has a pilot after another operator in the fixed order');
	const pilot = topic!.operators.find((link) => link.role === 'pilote')!;
	await page.goto(`/sujets/${topic!.id}`);
	const sections = page.locator('section[data-role]');
	await expect(sections.first()).toHaveAttribute('data-operator', pilot.operatorId);
	await expect(sections.first().locator('.topic-operator__role')).toContainText('Pilote');
	await expect(sections.first().locator('[data-eligibility]')).toContainText(
		pilot.eligibleIf.length > 0 ? 'Réservé' : 'Ouvert à toutes les communes'
	);
	const firstSource = sections.first().locator('[data-source-kind]').first();
	await expect(firstSource).toHaveAttribute('data-source-kind', pilot.sources[0].kind);
	await expect(firstSource).toHaveText(/Site de l'opérateur|Site de l'État/);
});

test('/a-propos gives the share of officially sourced links, the count beside the report’s, and what was withdrawn', async ({
	page,
	request
}) => {
	const data: MatrixJson = await (await request.get('/donnees/matrice.json')).json();
	const links = data.topics.flatMap((topic) => topic.operators);
	const official = links.filter((link) => link.sources.some((source) => ['operateur', 'etat'].includes(source.kind)));
	await page.goto('/a-propos');
	const share = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1 }).format(
		official.length / links.length
	);
	await expect(page.locator('[data-official-share]')).toHaveText(new RegExp(share.replace(/\s/g, '\\s')));
	await expect(page.locator('[data-counts]')).toContainText(`${data.topics.length} sujets`);
	await expect(page.locator('[data-counts]')).toContainText('Le rapport du Sénat compte');
	await expect(page.locator('[data-unsourced] li').first()).toBeVisible();
});
