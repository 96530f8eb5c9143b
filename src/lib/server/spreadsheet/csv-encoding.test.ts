import { describe, expect, it } from 'vitest';
import { charactersOutsideWindows1252, decodeCsv } from './csv-encoding';

const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe('decodeCsv', () => {
	it('reads UTF-8 with or without a BOM', () => {
		const bytes = new TextEncoder().encode('\uFEFFÉnergie ’ œ €');
		expect(decodeCsv(bytes)).toEqual({ text: 'Énergie ’ œ €', encoding: 'utf-8', bom: true });
		expect(decodeCsv(bytes.slice(3))).toEqual({ text: 'Énergie ’ œ €', encoding: 'utf-8', bom: false });
	});

	it('falls back to Windows-1252, including its 0x80–0x9F characters', () => {
		// « Énergie ’ œ € … » as French Excel writes it in « CSV (séparateur : point-virgule) »
		const bytes = new Uint8Array([0xab, 0xa0, 0xc9, 0x6e, 0x92, 0x9c, 0x80, 0x85, 0x96, 0xa0, 0xbb]);
		expect(decodeCsv(bytes)).toEqual({ text: '«\u00a0Én’œ€…–\u00a0»', encoding: 'windows-1252', bom: false });
	});

	it('refuses UTF-16 with a message saying how to save instead', () => {
		const result = decodeCsv(new Uint8Array([0xff, 0xfe, 0x61, 0x00]));
		expect(result).toEqual({ error: expect.stringContaining('CSV UTF-8') });
	});
});

describe('decodeCsv on mixed or unknown encodings', () => {
	it('refuses UTF-8 holding one Windows-1252 byte, at the line and character of that byte', () => {
		// « Réseau » in UTF-8 on line 1, then « d\xE9partemental » as Windows-1252 writes « é », on line 2.
		const bytes = new Uint8Array([...utf8('a;Réseau\r\nb;d'), 0xe9, ...utf8('partemental\r\n')]);
		expect(decodeCsv(bytes)).toEqual({
			line: 2,
			column: 4,
			error: expect.stringMatching(/^l’octet 0xE9 \(« é » en Windows-1252\) n’est pas de l’UTF-8.*« CSV UTF-8 »/)
		});
	});

	it('refuses a BOM followed by bytes that are not UTF-8, instead of reading the BOM as « ï»¿ »', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('theme_id;x\r\n'), 0x92, 0x0d, 0x0a]);
		expect(decodeCsv(bytes)).toMatchObject({ line: 2, column: 1, error: expect.stringContaining('0x92') });
	});

	it('keeps a U+FFFD the file really holds, and finds the bad byte after it', () => {
		const bytes = new Uint8Array([...utf8('\uFFFD é '), 0xff]);
		expect(decodeCsv(bytes)).toMatchObject({ line: 1, column: 5, error: expect.stringContaining('0xFF') });
		expect(decodeCsv(bytes.slice(0, -1))).toEqual({ text: '\uFFFD é ', encoding: 'utf-8', bom: false });
	});

	it('refuses a byte Windows-1252 leaves undefined', () => {
		expect(decodeCsv(new Uint8Array([0x61, 0x0a, 0x62, 0x81]))).toMatchObject({
			line: 2,
			column: 2,
			error: expect.stringContaining('0x81 n’est ni de l’UTF-8 ni un caractère Windows-1252')
		});
	});
});

describe('charactersOutsideWindows1252', () => {
	it('lists once each character a Windows-1252 save would turn into « ? »', () => {
		expect(charactersOutsideWindows1252('Énergie ’ œ € … « » ł ł ✓ 😀 ?')).toEqual(['ł', '✓', '😀']);
	});
});
