// data/: validates every entry and reports each problem with file, entry and field. Server only.
import { countLabel } from '../../format/french';
import type { z } from 'zod';
import { moreProblemsLine, ProblemList } from '../problems';
import type { LineOf } from './json';
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

/** A data file's name as shown in messages, its parsed content, and where its values are (when read from disk). */
export interface RawFile {
	file: string;
	content: unknown;
	lineOf?: LineOf;
}

/** The raw content of each data file, keyed by the file name shown in messages. */
export interface RawDataset {
	operators: RawFile;
	themes: RawFile;
	topics: RawFile;
	programmes: RawFile;
	sourceHosts: RawFile;
	unsourced: RawFile;
}

/** A data problem, located precisely enough for a maintainer to fix it without reading code. */
export interface DataProblem {
	file: string;
	entry: string;
	field: string;
	message: string;
	/** Line of the file where the entry or field is, when the file was read from disk. */
	line?: number;
}

export class DataError extends Error {
	/** The first problems found (at most MAX_PROBLEMS), and how many more there were. */
	constructor(
		readonly problems: DataProblem[],
		readonly more = 0
	) {
		super(
			`Données invalides (${countLabel(problems.length + more, 'problème')}) :\n` +
				[...problems.map(formatProblem), ...(more > 0 ? [`  ${moreProblemsLine(more)}`] : [])].join('\n')
		);
		this.name = 'DataError';
	}

	static throwIfAny(problems: ProblemList<DataProblem>): void {
		if (problems.length > 0) throw new DataError(problems.items, problems.more);
	}
}

export function formatProblem(problem: DataProblem): string {
	const line = problem.line === undefined ? '' : ` (ligne ${problem.line})`;
	return `  - ${problem.file}, ${problem.entry}, champ « ${problem.field} » : ${problem.message}${line}`;
}

/** Everything but the topics (operators, themes, reference tables): what the CSV import checks topics against. */
export function validateReference(raw: Omit<RawDataset, 'topics'>): Omit<Dataset, 'topics'> {
	const problems = new ProblemList<DataProblem>();
	const reference = validateReferenceInto(raw, problems);
	DataError.throwIfAny(problems);
	return reference;
}

function validateReferenceInto(
	raw: Omit<RawDataset, 'topics'>,
	problems: ProblemList<DataProblem>
): Omit<Dataset, 'topics'> {
	const operators = validateEntries(raw.operators, operatorSchema, describeAs('opérateur'), problems);
	const themes = validateEntries(raw.themes, themeSchema, describeAs('thème'), problems);
	checkUniqueIds(raw.operators.file, 'opérateur', operators, problems);
	checkUniqueIds(raw.themes.file, 'thème', themes, problems);
	const programmes = validateEntries(raw.programmes, programmeSchema, describeAs('programme'), problems);
	checkUniqueIds(raw.programmes.file, 'programme', programmes, problems);
	const sourceHosts = validateObject(raw.sourceHosts, sourceHostsSchema, problems) ?? NO_SOURCE_HOSTS;
	// An empty list is fine here: every withdrawn link may come back with a source.
	const unsourced = validateEntries(
		raw.unsourced,
		unsourcedLinkSchema,
		(_, index) => `lien retiré n° ${index + 1}`,
		problems,
		{ allowEmpty: true }
	);
	return { operators, themes, programmes, sourceHosts, unsourced };
}

/** Stands in for an invalid source-hosts.json, whose own problems are already listed, so checks can go on. */
const NO_SOURCE_HOSTS: SourceHosts = { kinds: [], banned: { why: '', hosts: [], hostLabels: [] } };

/** Validates every file and every entry, reporting all problems at once rather than the first. */
export function validateDataset(raw: RawDataset): Dataset {
	const problems = new ProblemList<DataProblem>();
	const reference = validateReferenceInto(raw, problems);
	const { operators, themes } = reference;
	const topics = validateEntries(raw.topics, topicSchema, describeAs('sujet'), problems);
	checkUniqueIds(raw.topics.file, 'sujet', topics, problems);
	if (reference.sourceHosts !== NO_SOURCE_HOSTS) checkLinks(raw, topics, reference, problems);

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

	DataError.throwIfAny(problems);
	return { ...reference, topics };
}

/**
 * What a link's trust rests on: every source on an allowed host, at least one on the operator's own site or
 * another State site, programmes that exist, at most one pilot per topic. Each problem names topic, operator, URL.
 */
function checkLinks(
	raw: RawDataset,
	topics: readonly Topic[],
	{ programmes, sourceHosts }: Pick<Dataset, 'programmes' | 'sourceHosts'>,
	problems: ProblemList<DataProblem>
): void {
	const programmeIds = new Set(programmes.map((programme) => programme.id));
	for (const topic of topics) {
		const entry = `sujet « ${topic.id} »`;
		topic.operators.forEach((link, index) => {
			const at = (field: string, message: string) =>
				problems.push({ file: raw.topics.file, entry, field: `operators[${index}].${field}`, message });
			const classes = link.sources.map((source) => classifySource(source.url, sourceHosts));
			classes.forEach((found, position) => {
				if ('banned' in found)
					at(
						`sources[${position}].url`,
						`${link.operatorId} : source refusée, ${found.banned} (${link.sources[position].url})`
					);
			});
			if (!classes.some((found) => 'kind' in found && isOfficial(found.kind))) {
				at(
					'sources',
					`${link.operatorId} : aucune source officielle (site de l'opérateur ou de l'État, selon ${raw.sourceHosts.file}) ; sources : ${link.sources.map((source) => source.url).join(', ')}`
				);
			}
			link.eligibleIf.forEach((condition, position) => {
				if ('programme' in condition && !programmeIds.has(condition.programme)) {
					at(
						`eligibleIf[${position}].programme`,
						`${link.operatorId} : programme inconnu « ${condition.programme} » (absent de ${raw.programmes.file})`
					);
				}
			});
		});
		const pilots = topic.operators.filter((link) => link.role === 'pilote').map((link) => link.operatorId);
		if (pilots.length > 1) {
			problems.push({
				file: raw.topics.file,
				entry,
				field: 'operators[].role',
				message: `plusieurs pilotes (${pilots.join(', ')}) : un seul opérateur porte le sujet`
			});
		}
	}
}

/** Parses a JSON object file with its schema; every issue becomes a problem naming the field. */
function validateObject<T>(raw: RawFile, schema: z.ZodType<T>, problems: ProblemList<DataProblem>): T | undefined {
	const result = schema.safeParse(raw.content);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const line = raw.lineOf?.(issue.path);
		problems.push({
			file: raw.file,
			entry: 'fichier entier',
			field: formatPath(issue.path) || '(racine)',
			message: issue.message,
			...(line === undefined ? {} : { line })
		});
	}
	return undefined;
}

/**
 * Parses each entry of a JSON list with its schema; every issue becomes a problem naming the entry and field.
 * An empty list is refused: every page is built from these lists (`[]` in topics.json crashed the build).
 */
export function validateEntries<T>(
	raw: RawFile,
	schema: z.ZodType<T>,
	describe: (item: unknown, index: number) => string,
	problems: ProblemList<DataProblem>,
	{ allowEmpty = false } = {}
): T[] {
	if (!Array.isArray(raw.content) || (raw.content.length === 0 && !allowEmpty)) {
		const message = Array.isArray(raw.content)
			? 'liste vide : au moins une entrée est attendue, le site ne peut pas être construit sans'
			: 'une liste JSON [ … ] est attendue';
		problems.push({ file: raw.file, entry: 'fichier entier', field: '(racine)', message });
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
			const where = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
			const line = problems.full ? undefined : raw.lineOf?.([index, ...where]);
			problems.push({
				file: raw.file,
				entry: describe(item, index),
				field: formatPath(issue.path) || '(entrée)',
				message: issue.message,
				...(line === undefined ? {} : { line })
			});
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

function checkUniqueIds(file: string, kind: string, items: { id: string }[], problems: ProblemList<DataProblem>): void {
	const seen = new Set<string>();
	for (const item of items) {
		if (seen.has(item.id)) {
			problems.push({ file, entry: `${kind} « ${item.id} »`, field: 'id', message: 'identifiant en double' });
		}
		seen.add(item.id);
	}
}
