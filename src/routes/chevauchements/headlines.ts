// The overlap report's headline figures as French sentences (top pair, combination, operator, theme), ties
// included. Pure view logic: computes and words, renders nothing. Browser-safe.
import { countLabel, formatPercent, listLabel } from '$lib/format/french';
import { combinationHref, matrixHref, sharedTopicsHref } from '$lib/matrix/filters';
import { operatorName, type OperatorId, type OperatorNames } from '$lib/operators';
import type { OperatorSet, OverlapReport } from '$lib/overlaps/report';

export interface HeadlineItem {
	label: string;
	/** The figure after the label: « 20 sujets », « 30 sujets partagés sur 35 ». */
	detail: string;
	href: string;
}

export interface Headline {
	id: 'paire' | 'combinaison' | 'operateur' | 'theme';
	/** Agreed with the number of items: « La paire qui se chevauche le plus » or « Les paires qui… ». */
	lead: string;
	/** Every item tied for the top, in the report's order; empty when nothing overlaps at all. */
	items: HeadlineItem[];
	/** Said instead when there is no item. */
	none: string;
}

/** The items whose value is the largest, in their given order; none when the largest is zero. */
export function topItems<T>(items: readonly T[], value: (item: T) => number): T[] {
	const best = Math.max(0, ...items.map(value));
	return best === 0 ? [] : items.filter((item) => value(item) === best);
}

const lead = (count: number, one: string, several: string) => (count > 1 ? several : one);

export function headlines(
	report: OverlapReport,
	names: OperatorNames,
	themeLabels: Record<string, string>
): Headline[] {
	/** A pair or a combination: its operators named, its topic count, its rows in the matrix. */
	const setItems = (sets: readonly OperatorSet[], href: (ids: readonly OperatorId[]) => string) =>
		sets.map((set) => ({
			label: listLabel(set.operators.map((id) => operatorName(names, id))),
			detail: countLabel(set.count, 'sujet'),
			href: href(set.operators)
		}));
	const pairs = topItems(report.pairs, (pair) => pair.count);
	const combinations = topItems(
		report.combinations.filter((combination) => combination.operators.length > 1),
		(combination) => combination.count
	);
	const operators = topItems(report.perOperator, (row) => row.shared);
	const themes = topItems(report.perTheme, (row) => row.rate);
	return [
		{
			id: 'paire',
			lead: lead(pairs.length, 'La paire qui se chevauche le plus', 'Les paires qui se chevauchent le plus'),
			items: setItems(pairs, sharedTopicsHref),
			none: "Aucune paire d'opérateurs ne partage de sujet."
		},
		{
			id: 'combinaison',
			lead: lead(
				combinations.length,
				"La combinaison d'opérateurs la plus fréquente (exactement eux, sans autre)",
				"Les combinaisons d'opérateurs les plus fréquentes (exactement eux, sans autre)"
			),
			items: setItems(combinations, combinationHref),
			none: "Aucun sujet n'a plusieurs opérateurs."
		},
		{
			id: 'operateur',
			lead: lead(
				operators.length,
				"L'opérateur qui partage le plus de sujets avec d'autres",
				"Les opérateurs qui partagent le plus de sujets avec d'autres"
			),
			items: operators.map((row) => ({
				label: operatorName(names, row.operator),
				detail: `${countLabel(row.shared, 'sujet partagé', 'sujets partagés')} sur ${row.topics}`,
				href: matrixHref({ operators: [row.operator], overlapsOnly: true })
			})),
			none: 'Aucun opérateur ne partage de sujet avec un autre.'
		},
		{
			id: 'theme',
			lead: lead(
				themes.length,
				'Le thème où les chevauchements sont les plus fréquents',
				'Les thèmes où les chevauchements sont les plus fréquents'
			),
			items: themes.map((row) => ({
				label: themeLabels[row.themeId] ?? row.themeId,
				detail: `${countLabel(row.multiOperator, 'sujet')} sur ${row.topics} à plusieurs opérateurs (${formatPercent(row.rate)})`,
				href: matrixHref({ theme: row.themeId, overlapsOnly: true })
			})),
			none: "Aucun thème n'a de sujet à plusieurs opérateurs."
		}
	];
}

/** The headline as one plain sentence: « La paire qui se chevauche le plus : Cerema et ANCT, 22 sujets. » */
export function headlineText(headline: Headline): string {
	if (headline.items.length === 0) return headline.none;
	const items = headline.items.map((item) => `${item.label}, ${item.detail}`);
	if (items.length === 1) return `${headline.lead} : ${items[0]}.`;
	return `${headline.lead}, ex aequo : ${items.join(' ; ')}.`;
}
