// data/: loads and validates the matrix files, once per process. Server only (zod).
import { join, relative } from 'node:path';
import { FileError } from '../files/errors';
import { readInputFile } from '../files/read';
import { byteLabel, decodeUtf8, describePosition, textPosition } from '../files/text';
import { jsonLineOf, parseJson, type LineOf } from './json';
import { DataError, validateDataset, type Dataset } from './validate';

export const DATA_FILES = { operators: 'operators.json', themes: 'themes.json', topics: 'topics.json' } as const;
/** The reference tables the matrix is checked against: written by hand, read as they are. */
export const REFERENCE_FILES = {
	programmes: 'programmes.json',
	sourceHosts: 'source-hosts.json',
	unsourced: 'unsourced.json'
} as const;

/**
 * Reads one JSON file of `data/`: a missing, oversized or non-regular file, bytes that are not UTF-8 and broken
 * syntax each become a DataError naming the file, and the line and character where it breaks.
 */
export function readDataFile(dir: string, name: string): { file: string; content: unknown; lineOf: LineOf } {
	const path = join(dir, name);
	const file = relative(process.cwd(), path) || path;
	const refuse = (field: string, message: string) => new DataError([{ file, entry: 'fichier entier', field, message }]);
	let bytes: Buffer;
	try {
		bytes = readInputFile(path);
	} catch (error) {
		throw error instanceof FileError ? refuse('(fichier)', error.reason) : error;
	}
	const { text, invalid } = decodeUtf8(bytes);
	if (invalid) {
		const at = describePosition(textPosition(text, invalid.index));
		throw refuse('(encodage)', `${at} : l’octet ${byteLabel(invalid.byte)} n’est pas de l’UTF-8 : enregistrez le fichier en UTF-8`);
	}
	const json = parseJson(text);
	if ('error' in json) throw refuse('(syntaxe)', `JSON invalide, ${describePosition(json.at)} : ${json.error}`);
	return { file, content: json.value, lineOf: jsonLineOf(text) };
}

/** Reads and validates `data/`; throws a DataError naming file, entry and field. */
export function loadDataset(dir = join(process.cwd(), 'data')): Dataset {
	return validateDataset({
		operators: readDataFile(dir, DATA_FILES.operators),
		themes: readDataFile(dir, DATA_FILES.themes),
		topics: readDataFile(dir, DATA_FILES.topics),
		programmes: readDataFile(dir, REFERENCE_FILES.programmes),
		sourceHosts: readDataFile(dir, REFERENCE_FILES.sourceHosts),
		unsourced: readDataFile(dir, REFERENCE_FILES.unsourced)
	});
}

let cached: Dataset | undefined;

/** The dataset for the build: read once per process, since every prerendered page needs it. */
export function getDataset(): Dataset {
	cached ??= loadDataset();
	return cached;
}
