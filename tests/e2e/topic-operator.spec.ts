import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { frenchTypography } from '../../src/lib/format/french';
import { ROLES, type Role } from '../../src/lib/matrix/vocabulary';
import { OPERATOR_IDS } from '../../src/lib/operators';

interface Link {
	operatorId: string;
	offer: string;
	programmes: string[];
	role: Role;
	kinds: string[];
	sources: { url: string; title: string; checkedOn: string; kind: string }[];
}
interface MatrixJson {
	operators: {
		id: string;
		shortName: string;
		name: string;
		mandate: string;
		entryPoint: string;
		howToAsk: string;
		howToAskUrl: string;
	}[];
	themes: { id: string; label: string }[];
	topics: { id: string; label: string; themeId: string; operators: Link[] }[];
}

async function matrixJson(request: APIRequestContext): Promise<MatrixJson> {
	return (await request.get('/donnees/matrice.json')).json();
}

/** What a reader sees of a topic page, read in one pass (a page at a time, 80 of them). */
function readTopicPage() {
	const links = (root: ParentNode) =>
		[...root.querySelectorAll('a')].map((link) => ({
			href: link.getAttribute('href'),
			text: link.textContent?.trim()
		}));
	return {
		title: document.querySelector('h1')?.textContent?.trim(),
		breadcrumb: links(document.querySelector('nav.fr-breadcrumb') ?? document.createElement('nav')),
		comparisons: [...document.querySelectorAll('main table caption')].map((caption) => caption.textContent?.trim()),
		links: links(document.querySelector('main') ?? document),
		sections: [...document.querySelectorAll<HTMLElement>('section[id^="operateur-"]')].map((section) => ({
			id: section.id,
			role: section.dataset.role,
			sourceKinds: [...section.querySelectorAll('[data-source-kind]')].map((mark) =>
				mark.getAttribute('data-source-kind')
			),
			text: section.innerText,
			marks: [...section.querySelectorAll('[data-operator]')].map((mark) => mark.getAttribute('data-operator')),
			links: links(section),
			dates: [...section.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))
		}))
	};
}

test('every topic page renders without JavaScript: each operator’s offer, sources and how to ask', async ({
	browser,
	request
}) => {
	test.setTimeout(300_000); // every topic page, one after the other, on a machine other builds share
	const data = await matrixJson(request);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const topic of data.topics) {
		await page.goto(`/sujets/${topic.id}`);
		const seen = await page.evaluate(readTopicPage);
		// Pages typeset data text (no-break spaces, issue 14); the data keeps plain spaces.
		expect(seen.title).toBe(frenchTypography(topic.label));
		const theme = data.themes.find((candidate) => candidate.id === topic.themeId)!;
		expect(seen.breadcrumb).toContainEqual({ href: '/matrice', text: 'La matrice' });
		expect(seen.breadcrumb).toContainEqual({ href: `/matrice?theme=${theme.id}#theme-${theme.id}`, text: theme.label });
		expect(seen.comparisons.includes(`Ce qui distingue les ${topic.operators.length} opérateurs`)).toBe(
			topic.operators.length > 1
		);
		expect(seen.links.map((link) => link.href)).toContain(`/orientation?q=${encodeURIComponent(topic.label)}`);

		// Every operator once, ordered by role: the pilot first, partners last.
		expect(seen.sections.map((section) => section.id).sort()).toEqual(
			topic.operators.map((link) => `operateur-${link.operatorId}`).sort()
		);
		const ranks = seen.sections.map((section) => ROLES.indexOf(section.role as Role));
		expect(ranks, topic.id).toEqual([...ranks].sort((a, b) => a - b));
		topic.operators.forEach((link) => {
			const operator = data.operators.find((candidate) => candidate.id === link.operatorId)!;
			const section = seen.sections.find((candidate) => candidate.id === `operateur-${link.operatorId}`)!;
			expect(section.role).toBe(link.role);
			expect(section.sourceKinds).toEqual(link.sources.map((source) => source.kind));
			expect(section.marks).toContain(link.operatorId);
			for (const text of [link.offer, operator.entryPoint, operator.howToAsk, ...link.programmes])
				expect(section.text).toContain(frenchTypography(text));
			expect(section.links.map((a) => a.href)).toContain(operator.howToAskUrl);
			for (const source of link.sources) {
				expect(section.links).toContainEqual({ href: source.url, text: source.title });
				expect(section.dates).toContain(source.checkedOn);
			}
		});
	}
	await context.close();
});

test('a topic with several operators says so and compares them by phase and kind of help', async ({
	page,
	request
}) => {
	test.slow(); // axe
	const data = await matrixJson(request);
	const topic = [...data.topics].sort((a, b) => b.operators.length - a.operators.length)[0];
	test.skip(topic.operators.length < 2, 'the dataset has no multi-operator topic');
	await page.goto(`/sujets/${topic.id}`);
	await expect(page.locator('main')).toContainText(`${topic.operators.length} opérateurs de l'État sont compétents`);
	const comparison = page.getByRole('table', { name: `Ce qui distingue les ${topic.operators.length} opérateurs` });
	await expect(comparison.locator('tbody tr')).toHaveCount(topic.operators.length);
	await expect(comparison.getByRole('columnheader', { name: "Type d'aide" })).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('every operator page renders without JavaScript: mandate, topics, exclusive ones and overlaps', async ({
	browser,
	request
}) => {
	test.setTimeout(120_000); // six pages, on a machine other builds share
	const data = await matrixJson(request);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const operator of data.operators) {
		const covers = (topic: MatrixJson['topics'][number], id: string) =>
			topic.operators.some((link) => link.operatorId === id);
		const own = data.topics.filter((topic) => covers(topic, operator.id));
		const alone = own.filter((topic) => topic.operators.length === 1);
		await page.goto(`/operateurs/${operator.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(operator.name);
		const main = page.locator('main');
		await expect(main).toContainText(frenchTypography(operator.mandate));
		await expect(main).toContainText(frenchTypography(operator.entryPoint));
		await expect(main).toContainText(frenchTypography(operator.howToAsk));

		const all = page.locator('section[aria-labelledby="sujets"] li[data-topic-id]');
		await expect(all).toHaveCount(own.length);
		const exclusive = page.locator('section[aria-labelledby="seul"] li[data-topic-id]');
		expect(await exclusive.evaluateAll((items) => items.map((item) => item.getAttribute('data-topic-id')))).toEqual(
			alone.map((t) => t.id)
		);

		for (const other of OPERATOR_IDS.filter((id) => id !== operator.id)) {
			const shared = own.filter((topic) => covers(topic, other)).length;
			const row = page.locator(`tr[data-operator-pair="${other}"]`);
			await expect(row).toHaveAttribute('data-count', String(shared));
			const pair = OPERATOR_IDS.filter((id) => id === operator.id || id === other);
			await expect(row.getByRole('link')).toHaveCount(shared > 0 ? 1 : 0);
			if (shared > 0)
				await expect(row.getByRole('link')).toHaveAttribute(
					'href',
					`/matrice?operateur=${pair[0]}&operateur=${pair[1]}`
				);
		}
	}
	await context.close();
});

test('an operator’s « shared with » link lists exactly the shared topics in the matrix', async ({ page, request }) => {
	test.slow(); // a client-side navigation to the full table
	const data = await matrixJson(request);
	const pairs = data.operators.flatMap((a) => data.operators.filter((b) => b.id !== a.id).map((b) => [a, b] as const));
	const shared = (a: string, b: string) =>
		data.topics.filter((topic) => [a, b].every((id) => topic.operators.some((link) => link.operatorId === id)));
	const pair = pairs.find(([a, b]) => shared(a.id, b.id).length > 0);
	test.skip(!pair, 'no two operators share a topic in this dataset');
	const [operator, other] = pair!;
	await page.goto(`/operateurs/${operator.id}`);
	await page.locator(`tr[data-operator-pair="${other.id}"]`).getByRole('link').click();
	await expect(page).toHaveURL(/\/matrice\?operateur=/, { timeout: 15_000 });
	await expect(page.locator('[role="status"][data-ready="true"]')).toBeAttached({ timeout: 15_000 });
	const expected = shared(operator.id, other.id)
		.map((topic) => topic.id)
		.sort();
	await expect(page.locator('tr[data-topic-id]')).toHaveCount(expected.length);
	const shown = await page
		.locator('tr[data-topic-id]')
		.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-topic-id')));
	expect(shown.sort()).toEqual(expected);
});

test('axe finds no violation on an operator page', async ({ page, request }) => {
	test.slow();
	const data = await matrixJson(request);
	await page.goto(`/operateurs/${data.operators[0].id}`);
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
