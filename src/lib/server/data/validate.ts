// data/: validates every entry and reports each problem with file, entry and field. Server only.
import { countLabel } from '../../format/french';
import type { z } from 'zod';
import { operatorSchema, themeSchema, topicSchema, type Operator, type Theme, type Topic } from './schema';

export interface Dataset {
	operators: Operator[];
	themes: Theme[];
	topics: Topic[];
}

/** The raw content of each data file, keyed by the file name shown in messages. */
export interface RawDataset {
	operators: { file: string; content: unknown };
	themes: { file: string; content: unknown };
	topics: { file: string; content: unknown };
}

/** A data problem, located precisely enough for a maintainer to fix it without reading code. */
export interface DataProblem {
	file: string;
	entry: string;
	field: string;
	message: string;
}

export class DataError extends Error {
	constructor(readonly problems: DataProblem[]) {
		super(
			`Données invalides (${countLabel(problems.length, 'problème')}) :\n` +
				problems.map(formatProblem).join('\n')
		);
		this.name = 'DataError';
	}
}

export function formatProblem(problem: DataProblem): string {
	return `  - ${problem.file}, ${problem.entry}, champ « ${problem.field} » : ${problem.message}`;
}

/** Validates every file and every entry, reporting all problems at once rather than the first. */
export function validateDataset(raw: RawDataset): Dataset {
	const problems: DataProblem[] = [];
	const operators = validateEntries(raw.operators, operatorSchema, describeAs('opérateur'), problems);
	const themes = validateEntries(raw.themes, themeSchema, describeAs('thème'), problems);
	const topics = validateEntries(raw.topics, topicSchema, describeAs('sujet'), problems);

	checkUniqueIds(raw.operators.file, 'opérateur', operators, problems);
	checkUniqueIds(raw.themes.file, 'thème', themes, problems);
	checkUniqueIds(raw.topics.file, 'sujet', topics, problems);

	const themeIds = new Set(themes.map((theme) => theme.id));
	const operatorIds = new Set(operators.map((operator) => operator.id));
	for (const topic of topics) {
		const entry = `sujet « ${topic.id} »`;
		if (!themeIds.has(topic.themeId)) {
			problems.push({
				file: raw.topics.file,
				entry,
				field: 'themeId',
				message: `thème inconnu « ${topic.themeId} » (absent de ${raw.themes.file})`
			});
		}
		const seen = new Set<string>();
		topic.operators.forEach((link, index) => {
			const field = `operators[${index}].operatorId`;
			if (seen.has(link.operatorId)) {
				problems.push({ file: raw.topics.file, entry, field, message: `opérateur « ${link.operatorId} » présent deux fois` });
			}
			seen.add(link.operatorId);
			if (!operatorIds.has(link.operatorId)) {
				problems.push({ file: raw.topics.file, entry, field, message: `opérateur « ${link.operatorId} » absent de ${raw.operators.file}` });
			}
		});
	}

	if (problems.length > 0) throw new DataError(problems);
	return { operators, themes, topics };
}

/** Parses each entry of a JSON list with its schema; every issue becomes a problem naming the entry and field. */
export function validateEntries<T>(
	raw: { file: string; content: unknown },
	schema: z.ZodType<T>,
	describe: (item: unknown, index: number) => string,
	problems: DataProblem[]
): T[] {
	if (!Array.isArray(raw.content)) {
		problems.push({ file: raw.file, entry: 'fichier entier', field: '(racine)', message: 'une liste JSON [ … ] est attendue' });
		return [];
	}
	const valid: T[] = [];
	raw.content.forEach((item: unknown, index: number) => {
		const result = schema.safeParse(item);
		if (result.success) {
			valid.push(result.data);
			return;
		}
		for (const issue of result.error.issues) {
			problems.push({ file: raw.file, entry: describe(item, index), field: formatPath(issue.path) || '(entrée)', message: issue.message });
		}
	});
	return valid;
}

const describeAs = (kind: string) => (item: unknown, index: number) => describeEntry(kind, item, index);

function describeEntry(kind: string, item: unknown, index: number): string {
	const id = typeof item === 'object' && item !== null && 'id' in item ? (item as { id: unknown }).id : undefined;
	return typeof id === 'string' && id.length > 0 ? `${kind} « ${id} »` : `${kind} n° ${index + 1} (sans id)`;
}

function formatPath(path: PropertyKey[]): string {
	return path
		.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
		.join('');
}

function checkUniqueIds(file: string, kind: string, items: { id: string }[], problems: DataProblem[]): void {
	const seen = new Set<string>();
	for (const item of items) {
		if (seen.has(item.id)) {
			problems.push({ file, entry: `${kind} « ${item.id} »`, field: 'id', message: 'identifiant en double' });
		}
		seen.add(item.id);
	}
}
