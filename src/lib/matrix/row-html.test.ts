import { describe, expect, it } from 'vitest';
import { escapeHtml, operatorCellsHtml, type MatrixColumn } from './row-html';
import type { MatrixRow } from './model';
import { OPERATOR_IDS } from '../operators';

// The six operators in their order; one name has spaces, as in the data.
const columns: MatrixColumn[] = OPERATOR_IDS.map((id) => ({
	id,
	shortName: id === 'bdt' ? 'Banque des Territoires' : id.toUpperCase()
}));

const row: MatrixRow = {
	id: 'friches',
	label: 'Friches',
	themeId: 'foncier',
	operatorIds: ['anru', 'cerema', 'anct'],
	summaries: { anru: 'Études <urbaines> & « quartiers ».', cerema: 'Diagnostic "sol".', anct: "Chef d'orchestre." }
};

/** The cells of the string, split at their end tags (the tests run in Node, without a DOM). */
function cells(html: string): string[] {
	return html.split('</td>').filter(Boolean);
}

describe('operatorCellsHtml', () => {
	it('gives one cell per operator column, a mark only where the operator is competent', () => {
		const html = operatorCellsHtml(row, columns);
		const parts = cells(html);
		expect(parts).toHaveLength(columns.length);
		const marked = columns.filter((_, index) => parts[index].includes('class="matrix-mark"')).map(({ id }) => id);
		expect(marked).toEqual(row.operatorIds);
	});

	it('links each mark to the operator on the topic page and names it « Opérateur : offre »', () => {
		const anct = cells(operatorCellsHtml(row, columns))[5];
		expect(anct).toContain('href="/sujets/friches#operateur-anct"');
		expect(anct).toContain('data-operator="anct"');
		expect(anct).toContain('<span class="visually-hidden">ANCT : Chef d&#39;orchestre.</span>');
	});

	it('escapes the offers, so data can never inject markup', () => {
		const html = operatorCellsHtml(row, columns);
		expect(html).not.toContain('<urbaines>');
		expect(html).toContain('Études &lt;urbaines&gt; &amp; « quartiers ».');
		expect(html).toContain('Diagnostic &quot;sol&quot;.');
	});

	it('opens offers towards the inside of the table: first column from the left, last two from the right', () => {
		const everywhere: MatrixRow = {
			...row,
			operatorIds: columns.map(({ id }) => id),
			summaries: Object.fromEntries(columns.map(({ id }) => [id, 'Offre.']))
		};
		const aligns = cells(operatorCellsHtml(everywhere, columns)).map(
			(cell) => /matrix-mark__tip--(\w+)/.exec(cell)?.[1]
		);
		expect(aligns).toEqual(['start', 'center', 'center', 'center', 'end', 'end']);
	});
});

describe('escapeHtml', () => {
	it('escapes the five characters that matter in text and attributes, and nothing else', () => {
		expect(escapeHtml(`<a href="x" title='y'>&</a> « é »`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt; « é »'
		);
	});
});
