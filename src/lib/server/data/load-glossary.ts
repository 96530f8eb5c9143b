// data/: loads and validates the glossary (data/glossary.json). Server only (zod).
import { join } from 'node:path';
import { getDataset, readDataFile } from './load';
import { validateGlossary, type GlossaryEntry } from './glossary-schema';
import type { SourceHosts } from './schema';

export const GLOSSARY_FILE = 'glossary.json';

/** Reads and validates the glossary, its sources checked against the matrix's host table. */
export function loadGlossary(sourceHosts: SourceHosts, dir = join(process.cwd(), 'data')): GlossaryEntry[] {
	return validateGlossary(readDataFile(dir, GLOSSARY_FILE), sourceHosts);
}

let cached: GlossaryEntry[] | undefined;

/** Read once per process: every prerendered page marks its sigles from it. */
export function getGlossary(): GlossaryEntry[] {
	cached ??= loadGlossary(getDataset().sourceHosts);
	return cached;
}
