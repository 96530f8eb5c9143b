// Spreadsheet round trip: the matrix CSV columns, and the rows an export writes. Build and Node only.
import { formatConditions } from '../../matrix/eligibility';
import { sourceKind } from '../../matrix/sources';
import { operatorName, operatorNames } from '../../operators';
import type { Dataset, Link, Source, Topic } from '../../types';

/** Separator for several values inside one cell (keywords, programmes, sources). */
export const MULTI_VALUE_SEPARATOR = ' | ';

/** One row per topic–operator link; the topic's own fields repeat so each row stands alone in a spreadsheet. */
export const MATRIX_COLUMNS = [
	{
		name: 'theme_id',
		title: 'Identifiant du thème',
		description: 'Identifiant stable du thème (voir themes.json).',
		type: 'string'
	},
	{ name: 'theme_label', title: 'Thème', description: 'Libellé du thème (informatif).', type: 'string' },
	{
		name: 'topic_id',
		title: 'Identifiant du sujet',
		description: 'Identifiant stable du sujet, utilisé dans les adresses /sujets/….',
		type: 'string'
	},
	{ name: 'topic_label', title: 'Sujet', description: 'Libellé du sujet.', type: 'string' },
	{ name: 'topic_description', title: 'Description du sujet', description: 'Une ou deux phrases.', type: 'string' },
	{
		name: 'topic_keywords',
		title: 'Mots-clés',
		description: 'Mots et sigles tapés par les usagers, séparés par « | ».',
		type: 'string'
	},
	{
		name: 'topic_operator_count',
		title: "Nombre d'opérateurs du sujet",
		description: "Nombre d'opérateurs compétents sur ce sujet, recalculé à l'import.",
		type: 'integer'
	},
	{
		name: 'operator_id',
		title: "Identifiant de l'opérateur",
		description: 'anru, anah, ademe, cerema, bdt ou anct.',
		type: 'string'
	},
	{ name: 'operator_name', title: 'Opérateur', description: "Nom court de l'opérateur (informatif).", type: 'string' },
	{ name: 'offer', title: 'Offre', description: "Ce que l'opérateur propose sur ce sujet.", type: 'string' },
	{
		name: 'programmes',
		title: 'Programmes et outils',
		description: 'Programmes ou outils nommés, séparés par « | ».',
		type: 'string'
	},
	{
		name: 'kinds',
		title: "Types d'aide",
		description: 'financement, pret, etude, accompagnement, outil, formation ; séparés par « | ».',
		type: 'string'
	},
	{ name: 'phases', title: 'Phases', description: 'amont, etudes, realisation ; séparées par « | ».', type: 'string' },
	{
		name: 'source_urls',
		title: 'Sources (adresses)',
		description: 'Adresses des pages sources, séparées par « | ».',
		type: 'string'
	},
	{
		name: 'source_titles',
		title: 'Sources (titres)',
		description: 'Titres des sources, dans le même ordre, séparés par « | ».',
		type: 'string'
	},
	{
		name: 'source_checked_on',
		title: 'Sources (relevées le)',
		description: 'Dates de relevé AAAA-MM-JJ, dans le même ordre, séparées par « | ».',
		type: 'string'
	},
	{
		name: 'role',
		title: "Rôle de l'opérateur",
		description: 'pilote, financeur, expertise ou partenaire.',
		type: 'string'
	},
	{
		name: 'eligible_if',
		title: 'Réservé à',
		description:
			'Vide : ouvert à toutes les communes et intercommunalités. Sinon, au choix (une suffit), séparées par « | » : un programme (acv, pvd, va, ort, qpv, npnru, territoires-industrie, montagne, littoral) ou population<=N.',
		type: 'string'
	},
	{
		name: 'source_kinds',
		title: 'Sources (types)',
		description:
			'operateur, etat, presse ou autre, dans le même ordre que les adresses ; déduit de l’adresse (informatif).',
		type: 'string'
	}
] as const;

export type MatrixColumn = (typeof MATRIX_COLUMNS)[number]['name'];

export function matrixRows(dataset: Dataset): string[][] {
	const themeLabels = new Map(dataset.themes.map((theme) => [theme.id, theme.label]));
	const names = operatorNames(dataset.operators);
	const join = (values: readonly string[]) => values.join(MULTI_VALUE_SEPARATOR);
	const rows: string[][] = [MATRIX_COLUMNS.map((column) => column.name)];
	for (const topic of dataset.topics) {
		for (const link of topic.operators) {
			rows.push([
				topic.themeId,
				themeLabels.get(topic.themeId) ?? '',
				topic.id,
				topic.label,
				topic.description,
				join(topic.keywords),
				String(topic.operators.length),
				link.operatorId,
				operatorName(names, link.operatorId),
				link.offer,
				join(link.programmes),
				join(link.kinds),
				join(link.phases),
				join(link.sources.map((source) => source.url)),
				join(link.sources.map((source) => source.title)),
				join(link.sources.map((source) => source.checkedOn)),
				link.role,
				formatConditions(link.eligibleIf),
				join(link.sources.map((source) => sourceKind(source.url, dataset.sourceHosts)))
			]);
		}
	}
	return rows;
}

/** Columns the import ignores: they repeat what operators.json and themes.json say, or what rows imply. */
export const INFORMATIVE_COLUMNS: readonly MatrixColumn[] = [
	'theme_label',
	'topic_operator_count',
	'operator_name',
	'source_kinds'
];

/** Items that would not survive the trip to CSV and back: a `|` inside one value would split it in two. */
export function matrixExportProblems(dataset: Dataset): string[] {
	const problems: string[] = [];
	const check = (topicId: string, column: MatrixColumn, values: readonly string[]) => {
		for (const value of values.filter((item) => item.includes('|'))) {
			problems.push(
				`sujet « ${topicId} », ${column} : « ${value} » contient « | », qui sépare les valeurs d'une cellule`
			);
		}
	};
	for (const topic of dataset.topics) {
		check(topic.id, 'topic_keywords', topic.keywords);
		for (const link of topic.operators) {
			check(topic.id, 'programmes', link.programmes);
			check(
				topic.id,
				'source_titles',
				link.sources.map((source) => source.title)
			);
			check(
				topic.id,
				'source_urls',
				link.sources.map((source) => source.url)
			);
		}
	}
	return problems;
}

const TOPIC_FIELD_COLUMNS = {
	id: 'topic_id',
	themeId: 'theme_id',
	label: 'topic_label',
	description: 'topic_description',
	keywords: 'topic_keywords',
	operators: 'operator_id'
} as const satisfies Record<keyof Topic, MatrixColumn>;

const LINK_FIELD_COLUMNS = {
	operatorId: 'operator_id',
	offer: 'offer',
	programmes: 'programmes',
	kinds: 'kinds',
	phases: 'phases',
	role: 'role',
	eligibleIf: 'eligible_if',
	sources: 'source_urls'
} as const satisfies Record<keyof Link, MatrixColumn>;

const SOURCE_FIELD_COLUMNS = {
	url: 'source_urls',
	title: 'source_titles',
	checkedOn: 'source_checked_on'
} as const satisfies Record<keyof Source, MatrixColumn>;

export interface CellAddress {
	/** Index of the link (so of the row) within the topic; undefined for the topic's own fields. */
	link?: number;
	column: MatrixColumn;
	/** 0-based position inside a `|`-separated list, when the problem is one item. */
	item?: number;
}

/** Where a field of a Topic lives in the CSV, given its path (e.g. a zod issue path). */
export function cellForPath(path: readonly PropertyKey[]): CellAddress {
	const [field, linkIndex, linkField, index, sourceField] = path;
	if (field === 'operators' && typeof linkIndex === 'number' && typeof linkField === 'string') {
		if (linkField === 'sources' && typeof index === 'number') {
			const column = SOURCE_FIELD_COLUMNS[sourceField as keyof Source] ?? 'source_urls';
			return { link: linkIndex, column, item: index };
		}
		const column = LINK_FIELD_COLUMNS[linkField as keyof Link] ?? 'operator_id';
		return { link: linkIndex, column, item: typeof index === 'number' ? index : undefined };
	}
	const column = TOPIC_FIELD_COLUMNS[field as keyof Topic] ?? 'topic_id';
	return { column, item: typeof linkIndex === 'number' ? linkIndex : undefined };
}
