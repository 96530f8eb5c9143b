// Territoires: loads and validates data/territoires/ once per process. Server only (zod).
import { readDataFile } from '../data/load';
import { DataError, validateEntries, type DataProblem } from '../data/validate';
import { ProblemList } from '../problems';
import { COMMUNES_FILE, fromRow } from './compact';
import { TERRITOIRES_DIR } from './raw';
import {
	communesFileSchema,
	doorsFileSchema,
	listsFileSchema,
	localEngineeringSchema,
	type CommunesFile,
	type DoorsFile,
	type ListsFile,
	type LocalEngineering
} from './schema';
import type { Commune } from '../../communes/types';
import type { z } from 'zod';

export const TERRITOIRES_FILES = {
	communes: COMMUNES_FILE,
	lists: 'listes.json',
	doors: 'portes.json',
	localEngineering: 'ingenierie-locale.json'
} as const;

export interface Territoires extends Omit<CommunesFile, 'communes' | 'columns' | 'generatedFrom'> {
	generatedFrom: CommunesFile['generatedFrom'];
	communes: Commune[];
	byCode: Map<string, Commune>;
	lists: ListsFile;
	doors: DoorsFile;
	localEngineering: LocalEngineering[];
}

function parseObject<T>(
	raw: { file: string; content: unknown },
	schema: z.ZodType<T>,
	problems: ProblemList<DataProblem>
) {
	const result = schema.safeParse(raw.content);
	if (result.success) return result.data;
	for (const issue of result.error.issues.slice(0, 20)) {
		const path = issue.path.map(String);
		// A commune row is named by its code, the way a maintainer searches the file.
		const row =
			path[0] === 'communes' ? (raw.content as { communes?: unknown[][] }).communes?.[Number(path[1])] : undefined;
		problems.push({
			file: raw.file,
			entry: row ? `commune « ${String(row[0])} »` : 'fichier entier',
			field: path.join('.') || '(racine)',
			message: issue.message
		});
	}
	return undefined;
}

export function loadTerritoires(dir = TERRITOIRES_DIR): Territoires {
	const problems = new ProblemList<DataProblem>();
	const communesFile = parseObject(readDataFile(dir, TERRITOIRES_FILES.communes), communesFileSchema, problems);
	const lists = parseObject(readDataFile(dir, TERRITOIRES_FILES.lists), listsFileSchema, problems);
	const doors = parseObject(readDataFile(dir, TERRITOIRES_FILES.doors), doorsFileSchema, problems);
	const localEngineering = validateEntries(
		readDataFile(dir, TERRITOIRES_FILES.localEngineering),
		localEngineeringSchema,
		(item, index) => `département n° ${index + 1}`,
		problems
	);
	DataError.throwIfAny(problems);
	if (!communesFile || !lists || !doors) throw new DataError(problems.items, problems.more);
	const { communes: rows, regions, departements, arrondissements, epci, qpv, generatedFrom } = communesFile;
	const communes = rows.map(fromRow);
	return {
		generatedFrom,
		regions,
		departements,
		arrondissements,
		epci,
		qpv,
		communes,
		byCode: new Map(communes.map((c) => [c.code, c])),
		lists,
		doors,
		localEngineering
	};
}

let cached: Territoires | undefined;

/** Read once per process: the build prerenders a page per département from it. */
export function getTerritoires(): Territoires {
	cached ??= loadTerritoires();
	return cached;
}
