// data/: paths, reading, atomic writes and count summaries for the data commands. Node only.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { countMatrix, type MatrixCounts } from '../../matrix/model';
import type { ReportCounts } from '../../senate/figures';
import type { Topic } from '../../types';
import { DATA_FILES } from './load';

export type DataFileKey = keyof typeof DATA_FILES;

/** A path typed on the command line: npm runs scripts from the project root, but says where the user was. */
export function userPath(path: string): string {
	return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** `--data DIR` lets scripts and tests work on a copy; the default is the project's data/. */
export function dataDirFrom(option: string | undefined): string {
	return option === undefined ? join(process.cwd(), 'data') : userPath(option);
}

export function readDataText(dir: string, key: DataFileKey): string | undefined {
	try {
		return readFileSync(join(dir, DATA_FILES[key]), 'utf8');
	} catch {
		return undefined;
	}
}

/**
 * Writes every file to a temporary file beside it, then renames them all: a crash or a full disk leaves
 * either the old files or the new ones, never a half-written JSON.
 */
export function writeFilesAtomically(files: readonly { path: string; content: string }[]): void {
	const staged: { temporary: string; path: string }[] = [];
	try {
		for (const file of files) {
			const temporary = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.tmp`);
			staged.push({ temporary, path: file.path });
			writeFileSync(temporary, file.content);
		}
	} catch (error) {
		for (const { temporary } of staged) rmSync(temporary, { force: true });
		throw error;
	}
	for (const { temporary, path } of staged) renameSync(temporary, path);
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
