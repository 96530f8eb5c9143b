// The six state operators: their ids, their one canonical order, their pairs and their names.
// Browser-safe; every page, export and command orders and names operators through this module.
import { frenchTypography } from './format/french';

/** The six operators, in the order the Senate report names them: the canonical order everywhere. */
export const OPERATOR_IDS = ['anru', 'anah', 'ademe', 'cerema', 'bdt', 'anct'] as const;
export type OperatorId = (typeof OPERATOR_IDS)[number];

const RANK = new Map<string, number>(OPERATOR_IDS.map((id, index) => [id, index]));

export function isOperatorId(value: string): value is OperatorId {
	return RANK.has(value);
}

/** Position in the canonical order; unknown ids sort last. */
export function operatorRank(id: string): number {
	return RANK.get(id) ?? OPERATOR_IDS.length;
}

/** Known operator ids in canonical order, without repeats: the one spelling of an operator set. */
export function sortOperators(ids: Iterable<string>): OperatorId[] {
	const wanted = new Set(ids);
	return OPERATOR_IDS.filter((id) => wanted.has(id));
}

/** Items (links, rows…) sorted by their operator in canonical order; stable otherwise. */
export function byOperator<T>(items: readonly T[], operatorOf: (item: T) => string): T[] {
	return [...items].sort((a, b) => operatorRank(operatorOf(a)) - operatorRank(operatorOf(b)));
}

/** Compares two canonical operator sets as rank sequences: [anru, anah] before [anru, ademe] before [anah]. */
export function compareOperatorSets(a: readonly OperatorId[], b: readonly OperatorId[]): number {
	for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
		const difference = operatorRank(a[index]) - operatorRank(b[index]);
		if (difference !== 0) return difference;
	}
	return a.length - b.length;
}

/** Every pair among `ids` (all six by default), each pair and the list in canonical order. */
export function operatorPairs(ids: Iterable<string> = OPERATOR_IDS): [OperatorId, OperatorId][] {
	const ordered = sortOperators(ids);
	return ordered.flatMap((first, index) =>
		ordered.slice(index + 1).map((second): [OperatorId, OperatorId] => [first, second])
	);
}

/** id → short name (« Banque des Territoires »), the form every page and export shows. */
export type OperatorNames = Record<string, string>;

export function operatorNames(operators: readonly { id: string; shortName: string }[]): OperatorNames {
	return Object.fromEntries(operators.map((operator) => [operator.id, operator.shortName]));
}

/** The short name of an operator, or its id if the names do not know it (never blank). */
export function operatorName(names: OperatorNames, id: string): string {
	return names[id] ?? id;
}

interface NamedOperator {
	shortName: string;
	name: string;
}

/** « Agence nationale de l'habitat (Anah) », but « Banque des Territoires (groupe Caisse des Dépôts) »: each name once. */
export function operatorFullName(operator: NamedOperator): string {
	return operator.name.includes(operator.shortName) ? operator.name : `${operator.name} (${operator.shortName})`;
}

/** What to write after a tag that already shows the short name: the full name, or only what it adds. */
export function operatorNameAfterShortName(operator: NamedOperator): string {
	return operator.name.startsWith(operator.shortName)
		? operator.name.slice(operator.shortName.length).trim()
		: operator.name;
}

/**
 * The words of an operator's « how to ask » link, true to where it leads: a home page is announced as the site,
 * never as a way to contact the operator.
 */
export function howToAskLabel(operator: { shortName: string; howToAskUrl: string }): string {
	let path = '/';
	try {
		path = new URL(operator.howToAskUrl).pathname;
	} catch {
		// Data validation refuses bad URLs; a bad one would read as the site.
	}
	return frenchTypography(
		path === '/' ? `${operator.shortName} : site internet` : `${operator.shortName} : comment le saisir`
	);
}
