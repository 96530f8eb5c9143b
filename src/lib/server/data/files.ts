// data/: paths, reading and count summaries for the data commands. Node only.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileError } from '../files/errors';
import { readInputFile } from '../files/read';
import { decodeUtf8 } from '../files/text';
import { countMatrix, type MatrixCounts } from '../../matrix/model';
import type { ReportCounts } from '../../senate/figures';
import type { Topic } from '../../types';
import { DATA_FILES } from './load';

export type DataFileKey = keyof typeof DATA_FILES;

/** A path typed on the command line: npm runs scripts from the project root, but says where the user was. */
export function userPath(path: string): string {
	return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/**
 * `--data DIR` lets scripts and tests work on a copy; the default is the project's data/. A folder that does not
 * exist is refused in one line (it used to be reported as « une liste JSON est attendue »).
 */
export function dataDirFrom(option: string | undefined): string {
	const dir = option === undefined ? join(process.cwd(), 'data') : userPath(option);
	let isFolder = false;
	try {
		isFolder = statSync(dir).isDirectory();
	} catch {
		// Reported below, as for a file.
	}
	if (!isFolder) throw new FileError(`Dossier de données introuvable : ${dir} n’existe pas ou n’est pas un dossier.`);
	return dir;
}

/** A data file's text as it is on disk, or undefined if it cannot be read (loadDataset says why). */
export function readDataText(dir: string, key: DataFileKey): string | undefined {
	try {
		return decodeUtf8(readInputFile(join(dir, DATA_FILES[key]))).text;
	} catch (error) {
		if (error instanceof FileError) return undefined;
		throw error;
	}
}

/** « 80 sujets, dont 65 multi-opérateurs et 15 avec un seul opérateur ; 212 liens sujet–opérateur. » */
export function describeCounts(counts: MatrixCounts): string {
	return `${counts.topics} sujets, dont ${counts.multiOperator} multi-opérateurs et ${counts.singleOperator} avec un seul opérateur ; ${counts.links} liens sujet–opérateur.`;
}

/** A note when the data's counts differ from the report's (data/report-figures.json): /a-propos shows both. */
export function reportMismatch(topics: readonly Topic[], report: ReportCounts | undefined): string | undefined {
	const counts = countMatrix(topics);
	if (!report || (counts.topics === report.topics && counts.multiOperator === report.multiOperator)) return undefined;
	return `Remarque : le rapport du Sénat (n° 126, 7 novembre 2024) compte ${report.topics} sujets dont ${report.multiOperator} multi-opérateurs ; les données en comptent ${counts.topics} dont ${counts.multiOperator}. La page /a-propos montre les deux décomptes et les sujets qui font la différence.`;
}
