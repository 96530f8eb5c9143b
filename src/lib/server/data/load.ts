// data/: loads and validates the matrix files, once per process. Server only (zod).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataError, validateDataset, type Dataset } from './validate';

export const DATA_FILES = { operators: 'operators.json', themes: 'themes.json', topics: 'topics.json' } as const;
/** The reference tables the matrix is checked against: written by hand, read as they are. */
export const REFERENCE_FILES = {
	programmes: 'programmes.json',
	sourceHosts: 'source-hosts.json',
	unsourced: 'unsourced.json'
} as const;

/** Reads one JSON file of `data/`; a missing file or broken syntax becomes a DataError naming the file. */
export function readDataFile(dir: string, name: string): { file: string; content: unknown } {
	const path = join(dir, name);
	const file = relative(process.cwd(), path) || path;
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new DataError([{ file, entry: 'fichier entier', field: '(fichier)', message: 'fichier introuvable ou illisible' }]);
	}
	try {
		return { file, content: JSON.parse(text) as unknown };
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		throw new DataError([{ file, entry: 'fichier entier', field: '(syntaxe)', message: `JSON invalide : ${detail}` }]);
	}
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
