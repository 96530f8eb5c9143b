/** npm run data:import -- FICHIER.csv [--data DOSSIER] [--dry-run] [--supprimer] : le CSV modifié dans un tableur, vers data/topics.json. */
import { countLabel, plural } from '../../format/french';
import { join } from 'node:path';
import { diffTopics, formatDiff, isEmptyDiff, type TopicsDiff } from '../spreadsheet/diff';
import { formatDataFile } from '../data/canonical';
import { countMatrix } from '../../matrix/model';
import type { Topic } from '../../types';
import { dataDirFrom, userPath, describeCounts, readDataText, reportMismatch } from '../data/files';
import { DATA_FILES, readDataFile, REFERENCE_FILES } from '../data/load';
import { loadSenate } from '../data/load-senate';
import { reportCounts } from '../../senate/figures';
import { importMatrixCsv } from '../spreadsheet/matrix-import';
import { DataError, validateReference } from '../data/validate';
import { readInputFile } from '../files/read';
import { writeFilesAtomically } from '../files/write';
import { moreProblemsLine } from '../problems';
import { consoleOutput, readCommandArgs, runCommand, withDataLock, type CommandOutput } from './output';

const USAGE = 'Usage : npm run data:import -- FICHIER.csv [--data DOSSIER] [--dry-run] [--supprimer]';

function parseJson(text: string | undefined): unknown {
	try {
		return text === undefined ? undefined : JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** Enough shape to list what changed, even if the old topics.json was hand-edited into an invalid state. */
function isTopicList(value: unknown): value is Topic[] {
	return Array.isArray(value) && value.every((item) => typeof item?.id === 'string' && Array.isArray(item?.operators));
}

/** The report's counts, to compare with; an invalid Senate file is data:check's business, not the import's. */
function reportCountsIn(dir: string) {
	try {
		return reportCounts(loadSenate(dir).figures);
	} catch {
		return undefined;
	}
}

/** Only the deletions of a diff, to list what `--supprimer` would allow. */
function deletionsOf(diff: TopicsDiff): TopicsDiff {
	const none = { topicsAdded: [], topicsModified: [], linksAdded: [], linksModified: [], orderChanged: false };
	return { ...diff, ...none };
}

export function importCommand(argv: readonly string[], io: CommandOutput = consoleOutput): number {
	const args = readCommandArgs(argv, USAGE, io, { allowed: ['data', 'dry-run', 'supprimer'], files: 1 });
	if (!args) return 2;
	return runCommand(io, () => {
		const dir = dataDirFrom(args.values.data);
		const source = userPath(args.positionals[0]);
		return withDataLock(dir, !args.values['dry-run'], io, () => importInto(dir, source, args.values, io));
	});
}

function importInto(
	dir: string,
	source: string,
	options: { 'dry-run'?: boolean; supprimer?: boolean },
	io: CommandOutput
): number {
	const topicsPath = join(dir, DATA_FILES.topics);
	const bytes = readInputFile(source);
	// Themes, operators and the reference tables are not in the CSV: they must be valid before topics can be
	// checked against them.
	let reference;
	try {
		reference = validateReference({
			operators: readDataFile(dir, DATA_FILES.operators),
			themes: readDataFile(dir, DATA_FILES.themes),
			programmes: readDataFile(dir, REFERENCE_FILES.programmes),
			sourceHosts: readDataFile(dir, REFERENCE_FILES.sourceHosts),
			unsourced: readDataFile(dir, REFERENCE_FILES.unsourced)
		});
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		io.err(
			`${error.message}\nImport refusé : les thèmes, opérateurs et tables de référence de ${dir} doivent d'abord être valides.`
		);
		return 1;
	}

	const result = importMatrixCsv(bytes, reference);
	const format = result.encoding
		? ` (${result.encoding === 'utf-8' ? `UTF-8${result.bom ? ' avec BOM' : ''}` : 'Windows-1252'}, séparateur « ${result.separator} »)`
		: '';
	io.out(`${source} : ${countLabel(result.rowCount, 'ligne')} de données ${plural(result.rowCount, 'lue')}${format}.`);
	if (!result.topics) {
		const count = result.problems.length + result.moreProblems;
		io.err(
			`Import refusé : ${countLabel(count, 'problème')} à corriger dans le fichier. Rien n'a été écrit dans ${dir}.\n` +
				result.problems.map((problem) => `  - ${problem}`).join('\n') +
				(result.moreProblems > 0 ? `\n  ${moreProblemsLine(result.moreProblems)}` : '')
		);
		return 1;
	}

	if (result.warnings.length > 0) {
		io.out(`Remarques (sans effet sur l'import) :\n${result.warnings.map((w) => `  - ${w}`).join('\n')}`);
	}
	const beforeText = readDataText(dir, 'topics');
	const before = parseJson(beforeText);
	const diff = diffTopics(isTopicList(before) ? before : [], result.topics);
	const content = formatDataFile(result.topics);
	if (content === beforeText) {
		io.out(`Aucun changement : ${topicsPath} est déjà identique.`);
	} else {
		io.out(
			isEmptyDiff(diff)
				? 'Aucun changement de contenu ; mise en forme normalisée.'
				: `Changements :\n${formatDiff(diff).join('\n')}`
		);
		const deleted = diff.topicsRemoved.length + diff.linksRemoved.length;
		if (deleted > 0 && !options.supprimer) {
			io.err(
				`Import refusé : il supprimerait ${countLabel(diff.topicsRemoved.length, 'sujet')} et ` +
					`${countLabel(diff.linksRemoved.length, 'lien')} de ${topicsPath}. Rien n'a été écrit.\n` +
					`${formatDiff(deletionsOf(diff)).join('\n')}\n` +
					'Un fichier coupé (enregistré à moitié, lignes filtrées ou masquées dans le tableur) supprime les lignes qui manquent. ' +
					'Si ces suppressions sont voulues, relancez avec --supprimer.'
			);
			return 1;
		}
		if (options['dry-run']) io.out(`--dry-run : ${topicsPath} n'a pas été modifié.`);
		else {
			writeFilesAtomically([{ path: topicsPath, content }]);
			io.out(`${topicsPath} mis à jour.`);
		}
	}
	io.out(`Résultat : ${describeCounts(countMatrix(result.topics))}`);
	const mismatch = reportMismatch(result.topics, reportCountsIn(dir));
	if (mismatch) io.out(mismatch);
	return 0;
}
