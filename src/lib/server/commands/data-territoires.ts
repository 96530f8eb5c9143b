/** npm run data:territoires : reconstruit data/territoires/communes.json depuis les listes brutes et dit ce qui diffère. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { countLabel, formatNumber } from '../../format/french';
import { LISTED_PROGRAMMES } from '../../communes/types';
import { buildTerritoires, type BuildReport } from '../territoires/build';
import { COMMUNES_FILE, formatCommunesFile } from '../territoires/compact';
import { readRawInputs, RAW_FILES, TERRITOIRES_DIR } from '../territoires/raw';
import { consoleOutput, type CommandOutput } from './output';

const require = createRequire(import.meta.url);

/** What communes.json says it was built from: the package version and the vendored files. */
export function generatedFrom(): Record<string, string> {
	const version = (require('@etalab/decoupage-administratif/package.json') as { version: string }).version;
	return {
		communes: `@etalab/decoupage-administratif ${version} (communes, départements, régions, arrondissements, EPCI)`,
		...Object.fromEntries(Object.entries(RAW_FILES).map(([key, file]) => [key, `data/territoires/${file}`]))
	};
}

/** The file `npm run data:territoires` writes, as text: a test compares it with the committed one. */
export function buildCommunesFile(dir = TERRITOIRES_DIR): {
	text: string;
	report: BuildReport;
	counts: Record<string, number>;
} {
	const { data, report } = buildTerritoires(readRawInputs(dir));
	const counts = Object.fromEntries(
		LISTED_PROGRAMMES.map((id) => [id, data.communes.filter((commune) => commune.programmes.includes(id)).length])
	);
	return {
		text: formatCommunesFile(data, generatedFrom()),
		report,
		counts: { communes: data.communes.length, ...counts }
	};
}

export function territoiresCommand(io: CommandOutput = consoleOutput, dir = TERRITOIRES_DIR): number {
	const { text, report, counts } = buildCommunesFile(dir);
	writeFileSync(join(dir, COMMUNES_FILE), text);
	io.out(`data/territoires/${COMMUNES_FILE} écrit : ${countLabel(counts.communes, 'commune')}.`);
	io.out(
		LISTED_PROGRAMMES.map((id) => `${id.toUpperCase()} ${formatNumber(counts[id])}`).join(' · ') +
			' (communes actuelles de chaque liste)'
	);
	const remapped = new Set(
		report.remapped.map(({ list, from, to }) => `${list} : ${from} est une ancienne commune, comptée dans ${to}.`)
	);
	for (const line of remapped) io.out(`  ${line}`);
	for (const { list, code } of report.unknown) io.err(`  ${list} : code ${code} introuvable, ignoré.`);
	return 0;
}
