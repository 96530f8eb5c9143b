// data/: the one canonical text form of every file, so equal data is byte-identical. Server only.
import { HELP_KINDS, inVocabularyOrder, PHASES } from '../../matrix/vocabulary';
import { byOperator } from '../../operators';
import type { Link, Operator, Source, Theme, Topic } from '../../types';

// Key orders of the zod schemas in src/lib/server/schema.ts (a unit test checks they stay equal), so data
// files written by hand, by the dataset engineer or by the CSV import are byte-identical when equal.
export const OPERATOR_KEYS = ['id', 'shortName', 'name', 'mandate', 'website', 'entryPoint', 'howToAsk', 'howToAskUrl'] as const satisfies readonly (keyof Operator)[];
export const THEME_KEYS = ['id', 'label', 'description'] as const satisfies readonly (keyof Theme)[];
export const TOPIC_KEYS = ['id', 'themeId', 'label', 'description', 'keywords', 'operators'] as const satisfies readonly (keyof Topic)[];
export const LINK_KEYS = [
	'operatorId',
	'offer',
	'programmes',
	'kinds',
	'phases',
	'role',
	'eligibleIf',
	'sources'
] as const satisfies readonly (keyof Link)[];
export const SOURCE_KEYS = ['url', 'title', 'checkedOn'] as const satisfies readonly (keyof Source)[];

/** The one text form of every file in data/: tab-indented JSON and a final newline. */
export function formatDataFile(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}

function pick<T extends object>(value: T, keys: readonly (keyof T)[]): T {
	return Object.fromEntries(keys.map((key) => [key, value[key]])) as T;
}

export function canonicalLink(link: Link): Link {
	return {
		...pick(link, LINK_KEYS),
		kinds: inVocabularyOrder(link.kinds, HELP_KINDS),
		phases: inVocabularyOrder(link.phases, PHASES),
		sources: link.sources.map((source) => pick(source, SOURCE_KEYS))
	};
}

/** Topics grouped by theme in the themes' order (stable within a theme), links in OPERATOR_IDS order. */
export function canonicalTopics(topics: readonly Topic[], themes: readonly Theme[]): Topic[] {
	const themeIndex = new Map(themes.map((theme, index) => [theme.id, index]));
	const rank = (topic: Topic) => themeIndex.get(topic.themeId) ?? themes.length;
	return [...topics]
		.sort((a, b) => rank(a) - rank(b))
		.map((topic) => ({
			...pick(topic, TOPIC_KEYS),
			operators: byOperator(topic.operators, (link) => link.operatorId).map(canonicalLink)
		}));
}

export function canonicalThemes(themes: readonly Theme[]): Theme[] {
	return themes.map((theme) => pick(theme, THEME_KEYS));
}

export function canonicalOperatorList(operators: readonly Operator[]): Operator[] {
	return operators.map((operator) => pick(operator, OPERATOR_KEYS));
}
