// The auditors' workbook, sheet by sheet, as plain cells: French headers, labels instead of codes, one view
// per sheet. No file format here (see write.ts). Build time only.
import { countLabel, formatDate, listLabel } from '../../format/french';
import { eligibilityText } from '../../matrix/eligibility';
import { groupByTheme, toMatrixRow } from '../../matrix/model';
import { sourceHost, sourceKind, SOURCE_KINDS } from '../../matrix/sources';
import { matrixTable } from '../../matrix/table';
import {
	HELP_KIND_LABELS,
	HELP_KINDS,
	inVocabularyOrder,
	PHASE_LABELS,
	PHASES,
	ROLE_LABELS
} from '../../matrix/vocabulary';
import { byOperator, operatorName, operatorNames, type OperatorId } from '../../operators';
import type { OverlapReport } from '../../overlaps/report';
import type { Dataset } from '../../types';

export type Cell = string | number | Date | { text: string; hyperlink: string };

export interface SheetColumn {
	header: string;
	/** In characters, as spreadsheets count column widths. */
	width: number;
	/** Long text or one value per line: wrapped in its cell. */
	wrap?: boolean;
	/** Spreadsheet number format, for dates. */
	numFmt?: string;
}

export interface SheetSpec {
	name: string;
	columns: SheetColumn[];
	rows: Cell[][];
	/** Columns kept in view when scrolling sideways (the header row always is). */
	frozenColumns: number;
	/** Filter buttons on the header row: every sheet that is a table has them. */
	filter: boolean;
}

export const SHEET_NAMES = {
	matrix: 'Qui fait quoi',
	links: 'Liens',
	overlaps: 'Chevauchements',
	sources: 'Sources',
	about: 'À propos'
} as const;

/** Several values in one cell, one per line: lines of the source columns match each other. */
const lines = (values: readonly string[]) => values.join('\n');

const OFFER_WIDTH = 48;

/** « Qui fait quoi » : the matrix itself, one row per topic, each operator's short offer in its column. */
export function matrixSheet(dataset: Dataset): SheetSpec {
	const table = matrixTable(dataset.themes, dataset.operators, dataset.topics.map(toMatrixRow));
	const [theme, topic, ...rest] = table.header;
	const count = rest.pop() ?? '';
	return {
		name: SHEET_NAMES.matrix,
		columns: [
			{ header: theme, width: 24, wrap: true },
			{ header: topic, width: 36, wrap: true },
			...rest.map((header) => ({ header, width: OFFER_WIDTH, wrap: true })),
			{ header: count, width: 14 }
		],
		rows: table.rows,
		frozenColumns: 2,
		filter: true
	};
}

/** « Liens » : one row per topic–operator link, with every field of the round-trip CSV in words. */
export function linksSheet(dataset: Dataset): SheetSpec {
	const names = operatorNames(dataset.operators);
	const kindLabels = sourceKindLabels(dataset);
	const rows: Cell[][] = [];
	for (const group of groupByTheme(dataset.themes, dataset.topics)) {
		for (const topic of group.topics) {
			for (const link of byOperator(topic.operators, (item) => item.operatorId)) {
				rows.push([
					group.theme.label,
					topic.label,
					operatorName(names, link.operatorId),
					ROLE_LABELS[link.role],
					eligibilityText(link.eligibleIf, dataset.programmes),
					link.offer,
					lines(link.programmes),
					lines(inVocabularyOrder(link.kinds, HELP_KINDS).map((kind) => HELP_KIND_LABELS[kind])),
					lines(inVocabularyOrder(link.phases, PHASES).map((phase) => PHASE_LABELS[phase])),
					lines(link.sources.map((source) => source.title)),
					lines(link.sources.map((source) => source.url)),
					lines(link.sources.map((source) => kindLabels[sourceKind(source.url, dataset.sourceHosts)])),
					lines(link.sources.map((source) => formatDate(source.checkedOn))),
					topic.operators.length
				]);
			}
		}
	}
	return {
		name: SHEET_NAMES.links,
		columns: [
			{ header: 'Thème', width: 30, wrap: true },
			{ header: 'Sujet', width: 36, wrap: true },
			{ header: 'Opérateur', width: 22 },
			{ header: 'Rôle', width: 12 },
			{ header: 'Réservé à', width: 36, wrap: true },
			{ header: 'Offre', width: 70, wrap: true },
			{ header: 'Programmes et outils', width: 30, wrap: true },
			{ header: "Types d'aide", width: 30, wrap: true },
			{ header: 'Phases', width: 22, wrap: true },
			{ header: 'Sources', width: 50, wrap: true },
			{ header: 'Adresses des sources', width: 50, wrap: true },
			{ header: 'Types de sources', width: 30, wrap: true },
			{ header: 'Sources relevées le', width: 20, wrap: true },
			{ header: "Nombre d'opérateurs du sujet", width: 14 }
		],
		rows,
		frozenColumns: 3,
		filter: true
	};
}

export const OVERLAP_KIND_LABELS = { pair: 'Paire', combination: 'Combinaison exacte' } as const;

/** « Chevauchements » : every pair (zeros kept) then every exact combination, with the topics' names. */
export function overlapsSheet(dataset: Dataset, report: Pick<OverlapReport, 'pairs' | 'combinations'>): SheetSpec {
	const names = operatorNames(dataset.operators);
	const topicLabels = new Map(dataset.topics.map((topic) => [topic.id, topic.label]));
	const row = (kind: string, set: { operators: OperatorId[]; count: number; topics: string[] }): Cell[] => [
		kind,
		listLabel(set.operators.map((id) => operatorName(names, id))),
		set.operators.length,
		set.count,
		lines(set.topics.map((id) => topicLabels.get(id) ?? id))
	];
	return {
		name: SHEET_NAMES.overlaps,
		columns: [
			{ header: 'Type', width: 20 },
			{ header: 'Opérateurs', width: 44, wrap: true },
			{ header: "Nombre d'opérateurs", width: 14 },
			{ header: 'Nombre de sujets', width: 14 },
			{ header: 'Sujets', width: 70, wrap: true }
		],
		rows: [
			...report.pairs.map((pair) => row(OVERLAP_KIND_LABELS.pair, pair)),
			...report.combinations.map((combination) => row(OVERLAP_KIND_LABELS.combination, combination))
		],
		frozenColumns: 2,
		filter: true
	};
}

function sourceKindLabels(dataset: Dataset): Record<string, string> {
	return Object.fromEntries(dataset.sourceHosts.kinds.map((kind) => [kind.id, kind.label]));
}

/** « Sources » : each distinct address once, with its site, its kind, its date and the links citing it. */
export function sourcesSheet(dataset: Dataset): SheetSpec {
	const names = operatorNames(dataset.operators);
	const kindLabels = sourceKindLabels(dataset);
	const byUrl = new Map<string, { titles: Set<string>; checkedOn: string; citedBy: string[] }>();
	for (const topic of dataset.topics) {
		for (const link of topic.operators) {
			for (const source of link.sources) {
				const entry = byUrl.get(source.url) ?? { titles: new Set(), checkedOn: '', citedBy: [] };
				entry.titles.add(source.title);
				if (source.checkedOn > entry.checkedOn) entry.checkedOn = source.checkedOn;
				entry.citedBy.push(`${topic.label} — ${operatorName(names, link.operatorId)}`);
				byUrl.set(source.url, entry);
			}
		}
	}
	const sources = [...byUrl].map(([url, entry]) => ({
		url,
		host: sourceHost(url),
		kind: sourceKind(url, dataset.sourceHosts),
		...entry
	}));
	// Official kinds first, then by site and address: the order an auditor checks them in.
	sources.sort(
		(a, b) =>
			SOURCE_KINDS.indexOf(a.kind) - SOURCE_KINDS.indexOf(b.kind) || compare(a.host, b.host) || compare(a.url, b.url)
	);
	return {
		name: SHEET_NAMES.sources,
		columns: [
			{ header: 'Titre', width: 60, wrap: true },
			{ header: 'Adresse', width: 60 },
			{ header: 'Site', width: 28 },
			{ header: 'Type de source', width: 36, wrap: true },
			{ header: 'Relevée le', width: 16, numFmt: 'dd/mm/yyyy' },
			{ header: 'Nombre de liens qui la citent', width: 14 },
			{ header: 'Liens qui la citent (sujet — opérateur)', width: 60, wrap: true }
		],
		rows: sources.map((source) => [
			lines([...source.titles]),
			{ text: source.url, hyperlink: source.url },
			source.host,
			kindLabels[source.kind],
			new Date(`${source.checkedOn}T00:00:00Z`),
			source.citedBy.length,
			lines(source.citedBy)
		]),
		frozenColumns: 1,
		filter: true
	};
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The counts a reader checks first, in words: « 79 sujets, 16 thèmes, 6 opérateurs et 184 liens ». */
export function countsSentence(dataset: Dataset): string {
	const links = dataset.topics.reduce((sum, topic) => sum + topic.operators.length, 0);
	return listLabel([
		countLabel(dataset.topics.length, 'sujet'),
		countLabel(dataset.themes.length, 'thème'),
		countLabel(dataset.operators.length, 'opérateur'),
		countLabel(links, 'lien sujet–opérateur', 'liens sujet–opérateur')
	]);
}
