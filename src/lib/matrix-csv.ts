import type { Dataset } from './types';

/** Separator for several values inside one cell (keywords, programmes, sources). */
export const MULTI_VALUE_SEPARATOR = ' | ';

/** One row per topic–operator link; the topic's own fields repeat so each row stands alone in a spreadsheet. */
export const MATRIX_COLUMNS = [
	{ name: 'theme_id', title: 'Identifiant du thème', description: 'Identifiant stable du thème (voir themes.json).', type: 'string' },
	{ name: 'theme_label', title: 'Thème', description: 'Libellé du thème (informatif).', type: 'string' },
	{ name: 'topic_id', title: 'Identifiant du sujet', description: 'Identifiant stable du sujet, utilisé dans les adresses /sujets/….', type: 'string' },
	{ name: 'topic_label', title: 'Sujet', description: 'Libellé du sujet.', type: 'string' },
	{ name: 'topic_description', title: 'Description du sujet', description: 'Une ou deux phrases.', type: 'string' },
	{ name: 'topic_keywords', title: 'Mots-clés', description: 'Mots et sigles tapés par les usagers, séparés par « | ».', type: 'string' },
	{ name: 'topic_operator_count', title: "Nombre d'opérateurs du sujet", description: "Nombre d'opérateurs compétents sur ce sujet (1 à 5).", type: 'integer' },
	{ name: 'operator_id', title: "Identifiant de l'opérateur", description: 'anru, anah, ademe, cerema, bdt ou anct.', type: 'string' },
	{ name: 'operator_name', title: 'Opérateur', description: "Nom court de l'opérateur (informatif).", type: 'string' },
	{ name: 'offer', title: 'Offre', description: "Ce que l'opérateur propose sur ce sujet.", type: 'string' },
	{ name: 'programmes', title: 'Programmes et outils', description: 'Programmes ou outils nommés, séparés par « | ».', type: 'string' },
	{ name: 'kinds', title: "Types d'aide", description: 'financement, pret, etude, accompagnement, outil, formation ; séparés par « | ».', type: 'string' },
	{ name: 'phases', title: 'Phases', description: 'amont, etudes, realisation ; séparées par « | ».', type: 'string' },
	{ name: 'source_urls', title: 'Sources (adresses)', description: 'Adresses des pages sources, séparées par « | ».', type: 'string' },
	{ name: 'source_titles', title: 'Sources (titres)', description: 'Titres des sources, dans le même ordre, séparés par « | ».', type: 'string' },
	{ name: 'source_checked_on', title: 'Sources (relevées le)', description: 'Dates de relevé AAAA-MM-JJ, dans le même ordre, séparées par « | ».', type: 'string' }
] as const;

export type MatrixColumn = (typeof MATRIX_COLUMNS)[number]['name'];

export function matrixRows(dataset: Dataset): string[][] {
	const themeLabels = new Map(dataset.themes.map((theme) => [theme.id, theme.label]));
	const operatorNames = new Map(dataset.operators.map((operator) => [operator.id, operator.shortName]));
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
				operatorNames.get(link.operatorId) ?? '',
				link.offer,
				join(link.programmes),
				join(link.kinds),
				join(link.phases),
				join(link.sources.map((source) => source.url)),
				join(link.sources.map((source) => source.title)),
				join(link.sources.map((source) => source.checkedOn))
			]);
		}
	}
	return rows;
}
