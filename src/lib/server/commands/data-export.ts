/** npm run data:export -- FICHIER.csv [--data DOSSIER] : la matrice en CSV, à ouvrir dans Excel ou LibreOffice. */
import { CSV_BOM, toCsv } from '../spreadsheet/csv';
import { charactersOutsideWindows1252 } from '../spreadsheet/csv-encoding';
import { matrixExportProblems, matrixRows } from '../spreadsheet/matrix-columns';
import { dataDirFrom, userPath, writeFilesAtomically } from '../data/files';
import { loadDataset } from '../data/load';
import { DataError } from '../data/validate';
import { consoleOutput, readCommandArgs, type CommandOutput } from './output';

const USAGE = 'Usage : npm run data:export -- FICHIER.csv [--data DOSSIER]';

export function exportCommand(argv: readonly string[], io: CommandOutput = consoleOutput): number {
	const args = readCommandArgs(argv, USAGE, io, { allowed: ['data'], files: 1 });
	if (!args) return 2;
	const target = userPath(args.positionals[0]);
	let dataset;
	try {
		dataset = loadDataset(dataDirFrom(args.values.data));
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
			`Remarque : ${outside.map((char) => `« ${char} » (U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')} ` +
				'seraient remplacés par « ? » par un enregistrement « CSV (séparateur : point-virgule) » : enregistrez plutôt en « CSV UTF-8 ».'
		);
	}
	return 0;
}
