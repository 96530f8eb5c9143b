import { describe, expect, it } from 'vitest';
import { csvCell, toSelectionCsv } from './selection';

describe('the selection CSV', () => {
	it('quotes cells holding a separator, a quote or a line break, and doubles the quotes', () => {
		expect(csvCell('Études ; travaux')).toBe('"Études ; travaux"');
		expect(csvCell('Le « Fonds vert », dit "FV"')).toBe('"Le « Fonds vert », dit ""FV"""');
		expect(csvCell('deux\nlignes')).toBe('"deux\nlignes"');
		expect(csvCell('Finance les études.')).toBe('Finance les études.');
		expect(csvCell(3)).toBe('3');
	});

	it('keeps a spreadsheet from running a cell as a formula', () => {
		for (const formula of ['=HYPERLINK("http://x")', '+33 1', '-2', '@SUM(A1)', '\tx', '＝1+1']) {
			expect(csvCell(formula).replace(/^"/, '')).toMatch(/^'/);
		}
		expect(csvCell("'=1")).toBe("''=1");
		expect(csvCell("Prêt à l'usage")).toBe("Prêt à l'usage");
	});

	it('starts with a BOM and ends every row with CRLF, header first', () => {
		const csv = toSelectionCsv({ header: ['Thème', 'Sujet', 'Nombre'], rows: [['Habitat', 'Copro ; ville', 2]] });
		expect(csv).toBe('\uFEFFThème;Sujet;Nombre\r\nHabitat;"Copro ; ville";2\r\n');
	});
});
