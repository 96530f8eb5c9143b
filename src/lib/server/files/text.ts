// Files: strict UTF-8 decoding, and positions in a text as an editor shows them. Node only.
import iconv from 'iconv-lite';

const REPLACEMENT = '\uFFFD';

export interface TextPosition {
	/** 1-based line, counting CRLF, LF and CR as one line break each. */
	line: number;
	/** 1-based character on that line. */
	column: number;
}

export interface Utf8Reading {
	/** The text, with U+FFFD where a byte was not UTF-8. */
	text: string;
	/** The first byte that is not UTF-8, if any: its value, its offset, and where it sits in `text`. */
	invalid?: { byte: number; offset: number; index: number };
}

/** Decodes UTF-8 and finds the first byte that is not UTF-8 (a U+FFFD written in the file as EF BF BD is valid). */
export function decodeUtf8(bytes: Uint8Array): Utf8Reading {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const text = iconv.decode(buffer, 'utf8', { stripBOM: false });
	let offset = 0;
	let from = 0;
	for (let index = text.indexOf(REPLACEMENT); index !== -1; index = text.indexOf(REPLACEMENT, index + 1)) {
		offset += Buffer.byteLength(text.slice(from, index));
		if (buffer[offset] !== 0xef || buffer[offset + 1] !== 0xbf || buffer[offset + 2] !== 0xbd) {
			return { text, invalid: { byte: buffer[offset], offset, index } };
		}
		offset += 3;
		from = index + 1;
	}
	return { text };
}

/** Line and character of `index` in `text`. */
export function textPosition(text: string, index: number): TextPosition {
	const before = text.slice(0, index);
	const breaks = before.match(/\r\n|\r|\n/g)?.length ?? 0;
	const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
	return { line: breaks + 1, column: [...before.slice(lineStart)].length + 1 };
}

/** « ligne 3, caractère 12 » */
export function describePosition({ line, column }: TextPosition): string {
	return `ligne ${line}, caractère ${column}`;
}

/** « 0xE9 » */
export function byteLabel(byte: number): string {
	return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** « U+202E » */
export function codePointLabel(code: number): string {
	return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
