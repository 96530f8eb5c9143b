/** npm run data:export -- FICHIER.csv [--data DOSSIER] [--force] : la matrice en CSV, à ouvrir dans Excel ou LibreOffice. */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { CSV_BOM, toCsv } from '../spreadsheet/csv';
import { charactersOutsideWindows1252 } from '../spreadsheet/csv-encoding';
import { matrixExportProblems, matrixRows } from '../spreadsheet/matrix-columns';
import { dataDirFrom, userPath } from '../data/files';
import { loadDataset } from '../data/load';
import { DataError } from '../data/validate';
import { FileError } from '../files/errors';
import { codePointLabel } from '../files/text';
import { writeFilesAtomically } from '../files/write';
import { consoleOutput, readCommandArgs, runCommand, type CommandOutput } from './output';

const USAGE = 'Usage : npm run data:export -- FICHIER.csv [--data DOSSIER] [--force]';

function realPath(path: string): string | undefined {
	try {
		return realpathSync(path);
	} catch {
		return undefined;
	}
}

/**
 * `data:export -- data/topics.json` used to overwrite the source of truth: nothing is written inside the data
 * folder (links followed), and an existing file only with --force.
 */
function checkTarget(target: string, dataDir: string, force: boolean): void {
	const data = realPath(dataDir) ?? dataDir;
	const resolved = realPath(target) ?? join(realPath(dirname(target)) ?? dirname(target), basename(target));
	if (resolved === data || resolved.startsWith(data + sep)) {
		throw new FileError(
			`Export refusé : ${target} est dans le dossier des données (${dataDir}), que seuls data:import et ` +
				'data:check --fix écrivent. Exportez ailleurs, par exemple : npm run data:export -- matrice.csv'
		);
	}
	if (existsSync(target) && !force) {
		throw new FileError(`Export refusé : ${target} existe déjà. Pour le remplacer, ajoutez --force.`);
	}
}

export function exportCommand(argv: readonly string[], io: CommandOutput = consoleOutput): number {
	const args = readCommandArgs(argv, USAGE, io, { allowed: ['data', 'force'], files: 1 });
	if (!args) return 2;
	return runCommand(io, () => {
		const target = userPath(args.positionals[0]);
		const dir = dataDirFrom(args.values.data);
		let dataset;
		try {
			dataset = loadDataset(dir);
		} catch (error) {
			if (!(error instanceof DataError)) throw error;
			io.err(`${error.message}\nExport refusé : corrigez d'abord les données (npm run data:check).`);
			return 1;
		}
		const problems = matrixExportProblems(dataset);
		if (problems.length > 0) {
			io.err(
				`Export refusé : ces valeurs ne reviendraient pas intactes du CSV.\n${problems.map((p) => `  - ${p}`).join('\n')}`
			);
			return 1;
		}
		checkTarget(target, dir, args.values.force === true);
		const rows = matrixRows(dataset);
		const csv = toCsv(rows);
		writeFilesAtomically([{ path: target, content: csv }]);
		io.out(
			`${rows.length - 1} lignes (une par lien sujet–opérateur, ${dataset.topics.length} sujets) écrites dans ${target}`
		);
		io.out('Format : UTF-8 avec BOM, séparateur « ; », une ligne d’en-tête à ne pas modifier.');
		const outside = charactersOutsideWindows1252(csv.slice(CSV_BOM.length));
		if (outside.length > 0) {
			io.out(
				`Remarque : ${outside.map((char) => `« ${char} » (${codePointLabel(char.codePointAt(0) ?? 0)})`).join(', ')} ` +
					'seraient remplacés par « ? » par un enregistrement « CSV (séparateur : point-virgule) » : enregistrez plutôt en « CSV UTF-8 ».'
			);
		}
		return 0;
	});
}
