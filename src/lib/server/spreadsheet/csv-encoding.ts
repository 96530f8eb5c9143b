// Spreadsheet round trip: which encoding a saved CSV is in (UTF-8 or Windows-1252, never a guess). Node only.
import iconv from 'iconv-lite';
import { CSV_BOM } from './csv';
import { byteLabel, decodeUtf8, textPosition } from '../files/text';

export type CsvEncoding = 'utf-8' | 'windows-1252';

export type DecodedCsv =
	{ text: string; encoding: CsvEncoding; bom: boolean } | { error: string; line?: number; column?: number };

const WINDOWS_1252 = 'windows-1252';

/** Characters a « CSV (séparateur : point-virgule) » save in French Excel cannot keep (it writes « ? »). */
export function charactersOutsideWindows1252(text: string): string[] {
	const roundTrip = (char: string) => iconv.decode(iconv.encode(char, WINDOWS_1252), WINDOWS_1252);
	return [...new Set(text)].filter((char) => roundTrip(char) !== char);
}

const SAVE_AS_UTF8 = 'enregistrez-le de nouveau en « CSV UTF-8 » depuis le tableur, puis relancez l’import';

/**
 * Valid UTF-8 (with or without BOM) is read as UTF-8. Otherwise the file is read as Windows-1252 (what French
 * Excel writes) only if it holds no UTF-8 multi-byte sequence: a file mixing both would be garbled either way,
 * so it is refused at its first byte that is not UTF-8.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return {
			error:
				'fichier en UTF-16 (« Texte Unicode ») : enregistrez-le en « CSV UTF-8 » ou « CSV (séparateur : point-virgule) »'
		};
	}
	const { text, invalid } = decodeUtf8(bytes);
	if (!invalid) {
		const bom = text.startsWith(CSV_BOM);
		return { text: bom ? text.slice(1) : text, encoding: 'utf-8', bom };
	}
	if (/[\u0080-\uFFFC\uFFFE\uFFFF]/.test(text)) {
		const { line, column } = textPosition(text, invalid.index);
		const asWindows1252 = iconv.decode(Buffer.from([invalid.byte]), WINDOWS_1252);
		return {
			line,
			column,
			error:
				`l’octet ${byteLabel(invalid.byte)} (« ${asWindows1252} » en Windows-1252) n’est pas de l’UTF-8, alors que le reste du fichier ` +
				`est en UTF-8 : le fichier mélange deux encodages et serait lu de travers ; ${SAVE_AS_UTF8}`
		};
	}
	const windows1252 = iconv.decode(Buffer.from(bytes), WINDOWS_1252);
	const unknown = windows1252.indexOf('\uFFFD');
	if (unknown !== -1) {
		return {
			...textPosition(windows1252, unknown),
			error: `l’octet ${byteLabel(bytes[unknown])} n’est ni de l’UTF-8 ni un caractère Windows-1252 : ${SAVE_AS_UTF8}`
		};
	}
	return { text: windows1252, encoding: 'windows-1252', bom: false };
}
