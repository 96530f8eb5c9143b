// data/: validates every entry and reports each problem with file, entry and field. Server only.
import { countLabel } from '../../format/french';
import type { z } from 'zod';
import { classifySource, isOfficial } from '../../matrix/sources';
import {
	operatorSchema,
	programmeSchema,
	sourceHostsSchema,
	themeSchema,
	topicSchema,
	type Operator,
	type Programme,
	type SourceHosts,
	type Theme,
	type Topic,
	type UnsourcedLink,
	unsourcedLinkSchema
} from './schema';

export interface Dataset {
	operators: Operator[];
	themes: Theme[];
	topics: Topic[];
	programmes: Programme[];
	sourceHosts: SourceHosts;
	unsourced: UnsourcedLink[];
}

/** The raw content of each data file, keyed by the file name shown in messages. */
export interface RawDataset {
	operators: { file: string; content: unknown };
	themes: { file: string; content: unknown };
	topics: { file: string; content: unknown };
	programmes: { file: string; content: unknown };
	sourceHosts: { file: string; content: unknown };
	unsourced: { file: string; content: unknown };
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
	const programmes = validateEntries(raw.programmes, programmeSchema, describeAs('programme'), problems);
	checkUniqueIds(raw.programmes.file, 'programme', programmes, problems);
	const sourceHosts = validateObject(raw.sourceHosts, sourceHostsSchema, problems);
	if (sourceHosts) checkLinks(raw, topics, programmes, sourceHosts, problems);
	const unsourced = validateEntries(raw.unsourced, unsourcedLinkSchema, (_, index) => `lien retiré n° ${index + 1}`, problems);

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

	if (problems.length > 0 || !sourceHosts) throw new DataError(problems);
	return { operators, themes, topics, programmes, sourceHosts, unsourced };
}

/**
 * What a link's trust rests on: every source on an allowed host, at least one on the operator's own site or
 * another State site, programmes that exist, at most one pilot per topic. Each problem names topic, operator, URL.
 */
function checkLinks(
	raw: RawDataset,
	topics: readonly Topic[],
	programmes: readonly Programme[],
	sourceHosts: SourceHosts,
	problems: DataProblem[]
): void {
	const programmeIds = new Set(programmes.map((programme) => programme.id));
	for (const topic of topics) {
		const entry = `sujet « ${topic.id} »`;
		topic.operators.forEach((link, index) => {
			const at = (field: string, message: string) =>
				problems.push({ file: raw.topics.file, entry, field: `operators[${index}].${field}`, message });
			const classes = link.sources.map((source) => classifySource(source.url, sourceHosts));
			classes.forEach((found, position) => {
				if ('banned' in found) at(`sources[${position}].url`, `${link.operatorId} : source refusée, ${found.banned} (${link.sources[position].url})`);
			});
			if (!classes.some((found) => 'kind' in found && isOfficial(found.kind))) {
				at(
					'sources',
					`${link.operatorId} : aucune source officielle (site de l'opérateur ou de l'État, selon ${raw.sourceHosts.file}) ; sources : ${link.sources.map((source) => source.url).join(', ')}`
				);
			}
			link.eligibleIf.forEach((condition, position) => {
				if ('programme' in condition && !programmeIds.has(condition.programme)) {
					at(`eligibleIf[${position}].programme`, `${link.operatorId} : programme inconnu « ${condition.programme} » (absent de ${raw.programmes.file})`);
				}
			});
		});
		const pilots = topic.operators.filter((link) => link.role === 'pilote').map((link) => link.operatorId);
		if (pilots.length > 1) {
			problems.push({ file: raw.topics.file, entry, field: 'operators[].role', message: `plusieurs pilotes (${pilots.join(', ')}) : un seul opérateur porte le sujet` });
		}
	}
}

/** Parses a JSON object file with its schema; every issue becomes a problem naming the field. */
function validateObject<T>(raw: { file: string; content: unknown }, schema: z.ZodType<T>, problems: DataProblem[]): T | undefined {
	const result = schema.safeParse(raw.content);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		problems.push({ file: raw.file, entry: 'fichier entier', field: formatPath(issue.path) || '(racine)', message: issue.message });
	}
	return undefined;
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
