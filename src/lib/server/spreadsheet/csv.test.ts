import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ROW_BYTES, columnLetter, csvCell, detectSeparator, parseCsv, toCsv, unprotectCell } from './csv';

const cells = (text: string, separator = ';') => parseCsv(text, separator).records.map((record) => record.cells);

describe('csvCell (export)', () => {
	it('quotes cells holding the separator, a quote or a line break', () => {
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell('dit "non"')).toBe('"dit ""non"""');
		expect(csvCell('deux\nlignes')).toBe('"deux\nlignes"');
		expect(csvCell('a,b')).toBe('a,b');
		expect(csvCell('a,b', ',')).toBe('"a,b"');
	});

	it('keeps formula-looking cells as text with a leading apostrophe, and import removes exactly that one', () => {
		for (const value of ['=HYPERLINK("x")', '+33 1', '-5', '@SUM', "'=déjà protégé", "''+deux"]) {
			const cell = csvCell(value);
			expect(cell.replace(/^"|"$/g, '').replaceAll('""', '"').startsWith("'")).toBe(true);
			expect(cells(`${cell}\r\n`)).toEqual([[value]]);
		}
		expect(unprotectCell("l'eau")).toBe("l'eau");
		expect(unprotectCell("'ordinaire")).toBe("'ordinaire");
	});
});

describe('parseCsv', () => {
	it('reads CRLF, LF and CR line ends, and a last line without one', () => {
		expect(cells('a;b\r\nc;d\r\n')).toEqual([
			['a', 'b'],
			['c', 'd']
		]);
		expect(cells('a;b\nc;d')).toEqual([
			['a', 'b'],
			['c', 'd']
		]);
		expect(cells('a;b\rc;d\r')).toEqual([
			['a', 'b'],
			['c', 'd']
		]);
	});

	it('keeps empty cells, including a trailing one', () => {
		expect(cells(';x;\n')).toEqual([['', 'x', '']]);
	});

	it('reads quoted cells with separators, doubled quotes and line breaks, numbering rows as a spreadsheet does', () => {
		const { records, problems } = parseCsv('id;offre\r\n1;"Une offre ;\r\nsur ""deux"" lignes"\r\n2;simple\r\n');
		expect(problems).toEqual([]);
		expect(records.map((record) => record.cells)).toEqual([
			['id', 'offre'],
			['1', 'Une offre ;\r\nsur "deux" lignes'],
			['2', 'simple']
		]);
		expect(records.map((record) => [record.row, record.line])).toEqual([
			[1, 1],
			[2, 2],
			[3, 4]
		]);
	});

	it('reports an unclosed quote where it opened', () => {
		const { records, problems } = parseCsv('a;b\n1;2\n3;"jamais fermé\n4;5\n');
		expect(records.map((record) => record.cells)).toEqual([
			['a', 'b'],
			['1', '2']
		]);
		expect(problems).toEqual([
			expect.objectContaining({
				row: 3,
				line: 3,
				cell: 1,
				message: expect.stringContaining('guillemet ouvert jamais refermé')
			})
		]);
	});

	it('reads line ends of all three kinds mixed in one file', () => {
		expect(cells('a;b\r\nc;d\ne;f\rg;h')).toEqual([
			['a', 'b'],
			['c', 'd'],
			['e', 'f'],
			['g', 'h']
		]);
	});

	it('reports an unclosed quote on the line where it opened, after a cell spanning lines', () => {
		const { problems } = parseCsv('a;b;c\n1;"deux\r\nlignes";"jamais fermé\n4;5;6\n');
		expect(problems).toEqual([expect.objectContaining({ row: 2, line: 3, cell: 2 })]);
	});

	it('refuses a row longer than MAX_ROW_BYTES, saying it is likely an unclosed quote', () => {
		const { records, problems } = parseCsv(`a;b\n1;2\n3;${'x'.repeat(MAX_ROW_BYTES + 1)}\n4;5\n`);
		expect(records).toHaveLength(2);
		expect(problems).toEqual([
			expect.objectContaining({ row: 3, line: 3, cell: 1, message: expect.stringContaining('guillemet ouvert') })
		]);
	});

	it('reports text after a closing quote but keeps reading', () => {
		const { records, problems } = parseCsv('"ab"c;d\n');
		expect(records[0].cells).toEqual(['abc', 'd']);
		expect(problems[0]).toMatchObject({ row: 1, cell: 0 });
	});

	it('strips a BOM and reads back exactly what toCsv wrote, whatever the text', () => {
		const text = fc.string({
			unit: fc.constantFrom('a', 'é', ';', ',', '"', "'", '=', '-', '+', '@', '\n', '\r', ' ', '|', '\t')
		});
		fc.assert(
			fc.property(
				fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
				fc.constantFrom(';', ','),
				(rows, separator) => {
					const parsed = parseCsv(toCsv(rows, { separator }), separator);
					expect(parsed.problems).toEqual([]);
					expect(parsed.records.map((record) => record.cells)).toEqual(rows);
				}
			)
		);
	});
});

describe('detectSeparator', () => {
	it('picks the separator the header row uses, ignoring quoted text and later rows', () => {
		expect(detectSeparator('a;b;c\n1,5;2,5;3')).toBe(';');
		expect(detectSeparator('a,b,"c;d"\n1;2;3;4')).toBe(',');
		expect(detectSeparator('seule')).toBe(';');
	});
});

describe('columnLetter', () => {
	it('names columns as spreadsheets do', () => {
		expect([0, 9, 15, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
			'A',
			'J',
			'P',
			'Z',
			'AA',
			'AB',
			'AZ',
			'BA',
			'ZZ',
			'AAA'
		]);
	});
});
