// data/: JSON text to a value, or a French message at the line and character where the syntax breaks. Node only.
import {
	findNodeAtLocation,
	parse as parseLocating,
	parseTree,
	printParseErrorCode,
	type Node,
	type ParseError
} from 'jsonc-parser';
import { textPosition, type TextPosition } from '../files/text';

export type JsonReading = { value: unknown } | { error: string; at: TextPosition };

// JSON.parse says where it stopped only for some errors (« Unexpected token 'x' » has no position, measured on
// Node 20): jsonc-parser, in strict mode, locates the same errors.
const MESSAGES: Record<ReturnType<typeof printParseErrorCode>, string> = {
	InvalidSymbol: 'caractère inattendu',
	InvalidNumberFormat: 'nombre mal écrit',
	PropertyNameExpected: 'nom de champ entre guillemets attendu (une virgule de trop avant « } » ?)',
	ValueExpected: 'valeur attendue (une virgule de trop avant « ] » ou « } » ?)',
	ColonExpected: '« : » attendu après le nom du champ',
	CommaExpected: 'virgule attendue',
	CloseBraceExpected: '« } » attendu',
	CloseBracketExpected: '« ] » attendu',
	EndOfFileExpected: 'fin du fichier attendue : du texte suit la liste',
	InvalidCommentToken: 'commentaire interdit en JSON',
	UnexpectedEndOfComment: 'commentaire interdit en JSON',
	UnexpectedEndOfString: 'texte entre guillemets jamais refermé',
	UnexpectedEndOfNumber: 'nombre incomplet',
	InvalidUnicode: 'séquence \\u mal écrite',
	InvalidEscapeCharacter: 'séquence d’échappement inconnue après « \\ »',
	InvalidCharacter: 'caractère de contrôle interdit dans un texte JSON (tabulation ou retour à la ligne non échappés ?)',
	'<unknown ParseErrorCode>': 'JSON invalide'
};

export function parseJson(text: string): JsonReading {
	if (text.startsWith('\uFEFF')) {
		return {
			at: { line: 1, column: 1 },
			error: 'le fichier commence par une marque d’ordre des octets (BOM, U+FEFF, invisible dans un éditeur) : enregistrez-le en UTF-8 sans BOM'
		};
	}
	try {
		return { value: JSON.parse(text) as unknown };
	} catch (error) {
		const errors: ParseError[] = [];
		parseLocating(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
		const first = errors[0];
		const fallback = /at position (\d+)/.exec(String(error));
		const offset = first?.offset ?? (fallback ? Number(fallback[1]) : 0);
		const message = first ? MESSAGES[printParseErrorCode(first.error)] : String(error);
		return { error: message, at: textPosition(text, offset) };
	}
}

/** Finds the line of a value of `text` by its path ([3, 'operators', 0, 'offer']), or of its nearest parent. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** A LineOf for valid JSON `text`; the tree and the line starts are computed on first use, once. */
export function jsonLineOf(text: string): LineOf {
	let tree: Node | undefined;
	let lineStarts: number[] | undefined;
	return (path) => {
		tree ??= parseTree(text);
		lineStarts ??= [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((match) => match.index + match[0].length)];
		const keys = path.filter((key): key is string | number => typeof key !== 'symbol');
		for (let length = keys.length; tree && length >= 0; length -= 1) {
			const node = findNodeAtLocation(tree, keys.slice(0, length));
			if (node) return lineAt(lineStarts, node.parent?.type === 'property' ? node.parent.offset : node.offset);
		}
		return undefined;
	};
}

function lineAt(lineStarts: readonly number[], offset: number): number {
	let low = 0;
	let high = lineStarts.length - 1;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (lineStarts[middle] <= offset) low = middle;
		else high = middle - 1;
	}
	return low + 1;
}
