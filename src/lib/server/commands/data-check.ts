/** npm run data:check [-- --data DOSSIER] [--fix] : valide data/, dit si les fichiers sont en forme canonique, compte. */
import { join } from 'node:path';
import { canonicalOperatorList, canonicalThemes, canonicalTopics, formatDataFile } from '../data/canonical';
import { countMatrix } from '../../matrix/model';
import { matrixExportProblems } from '../spreadsheet/matrix-columns';
import { dataDirFrom, describeCounts, readDataText, reportMismatch, type DataFileKey } from '../data/files';
import { writeFilesAtomically } from '../files/write';
import { DATA_FILES, loadDataset } from '../data/load';
import { loadSenate } from '../data/load-senate';
import { reportCounts } from '../../senate/figures';
import { formatShare } from '../../format/french';
import { provenance } from '../../matrix/provenance';
import { DataError } from '../data/validate';
import { consoleOutput, readCommandArgs, runCommand, withDataLock, type CommandOutput } from './output';

const USAGE = 'Usage : npm run data:check [-- --data DOSSIER] [--fix]';

export function checkCommand(argv: readonly string[], io: CommandOutput = consoleOutput): number {
	const args = readCommandArgs(argv, USAGE, io, { allowed: ['data', 'fix'], files: 0 });
	if (!args) return 2;
	return runCommand(io, () => {
		const dir = dataDirFrom(args.values.data);
		const fix = args.values.fix === true;
		return withDataLock(dir, fix, io, () => check(dir, fix, io));
	});
}

function check(dir: string, fix: boolean, io: CommandOutput): number {
	let dataset;
	let senate;
	try {
		dataset = loadDataset(dir);
		// The Senate follow-up files live in data/ too and must fail the check as they fail the build.
		senate = loadSenate(dir);
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		io.err(error.message);
		return 1;
	}
	io.out(`${dir} : données valides.`);

	let status = 0;
	const canonical: Record<DataFileKey, string> = {
		operators: formatDataFile(canonicalOperatorList(dataset.operators)),
		themes: formatDataFile(canonicalThemes(dataset.themes)),
		topics: formatDataFile(canonicalTopics(dataset.topics, dataset.themes))
	};
	const toFix = (Object.keys(canonical) as DataFileKey[]).filter((key) => readDataText(dir, key) !== canonical[key]);
	for (const key of Object.keys(canonical) as DataFileKey[]) {
		io.out(`  ${DATA_FILES[key]} : ${toFix.includes(key) ? 'PAS en forme canonique' : 'forme canonique'}`);
	}
	if (toFix.length > 0 && fix) {
		writeFilesAtomically(toFix.map((key) => ({ path: join(dir, DATA_FILES[key]), content: canonical[key] })));
		io.out(`Réécrits en forme canonique : ${toFix.map((key) => DATA_FILES[key]).join(', ')}.`);
	} else if (toFix.length > 0) {
		io.err(
			'Forme canonique : JSON indenté par tabulations, clés dans l’ordre du schéma, sujets groupés par thème, ' +
				'liens dans l’ordre des opérateurs. Sans elle, un export puis un import changeraient les fichiers. ' +
				'Corrigez avec : npm run data:check -- --fix'
		);
		status = 1;
	}

	const csvProblems = matrixExportProblems(dataset);
	if (csvProblems.length > 0) {
		io.err(`Valeurs qui ne passeraient pas par le CSV :\n${csvProblems.map((p) => `  - ${p}`).join('\n')}`);
		status = 1;
	}
	io.out(`Comptes : ${describeCounts(countMatrix(dataset.topics))}`);
	const trust = provenance(dataset.topics, dataset.sourceHosts);
	const kinds = dataset.sourceHosts.kinds.map((kind) => `${kind.id} ${trust.sourcesByKind[kind.id]}`).join(', ');
	io.out(
		`Sources : ${formatShare(trust.officialLinks / trust.links)} des liens ont une source officielle ` +
			`(${trust.officialLinks} sur ${trust.links}) ; ${trust.sources} sources par type : ${kinds}.`
	);
	const mismatch = reportMismatch(dataset.topics, reportCounts(senate.figures));
	if (mismatch) io.out(mismatch);
	return status;
}
