// data/: loads and validates the Senate follow-up files. Server only (zod).
import { join } from 'node:path';
import { readDataFile } from './load';
import { validateSenate, type SenateData } from './senate-schema';

export const SENATE_FILES = { recommendations: 'recommendations.json', figures: 'report-figures.json' } as const;

/** Reads and validates the Senate follow-up files in `data/`; throws a DataError naming file, entry and field. */
export function loadSenate(dir = join(process.cwd(), 'data')): SenateData {
	return validateSenate({
		recommendations: readDataFile(dir, SENATE_FILES.recommendations),
		figures: readDataFile(dir, SENATE_FILES.figures)
	});
}

let cached: SenateData | undefined;

/** Read once per process: the build prerenders several pages from it. */
export function getSenate(): SenateData {
	cached ??= loadSenate();
	return cached;
}
