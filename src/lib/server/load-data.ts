import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataError, validateDataset, type Dataset } from './validate';

export const DATA_FILES = { operators: 'operators.json', themes: 'themes.json', topics: 'topics.json' } as const;

/** Reads and validates `data/`; throws a DataError naming file, entry and field. */
export function loadDataset(dir = join(process.cwd(), 'data')): Dataset {
	const read = (name: string) => {
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
	};
	return validateDataset({
		operators: read(DATA_FILES.operators),
		themes: read(DATA_FILES.themes),
		topics: read(DATA_FILES.topics)
	});
}

let cached: Dataset | undefined;

/** The dataset for the build: read once per process, since every prerendered page needs it. */
export function getDataset(): Dataset {
	cached ??= loadDataset();
	return cached;
}
