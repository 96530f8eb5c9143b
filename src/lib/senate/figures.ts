// The Senate report's figures as sentences and shares. Browser-safe.
import { formatNumber, listLabel } from '../format/french';
import type { ReportFigure } from '../server/data/senate-schema';

// Type-only: ships no zod to the browser.
export type { ReportFigure } from '../server/data/senate-schema';

export interface FigureShare {
	/** 0..1: the figure divided by the sum of its bases. */
	ratio: number;
	/** The sum of the bases, e.g. 34 935 communes + 1 254 EPCI. */
	base: number;
	/** « 34 935 communes et 1 254 EPCI »: what the share is of. */
	baseText: string;
}

/** The report's own count of the « qui fait quoi ? » table, which the site's computed counts are compared with. */
export const REPORT_COUNT_IDS = {
	topics: 'sujets-qui-fait-quoi',
	multiOperator: 'sujets-plusieurs-operateurs'
} as const;

export interface ReportCounts {
	topics: number;
	multiOperator: number;
}

/** The report's 80 topics and 65 multi-operator topics, read from data/report-figures.json; undefined if absent. */
export function reportCounts(figures: readonly ReportFigure[]): ReportCounts | undefined {
	const value = (id: string) => figures.find((figure) => figure.id === id)?.value;
	const topics = value(REPORT_COUNT_IDS.topics);
	const multiOperator = value(REPORT_COUNT_IDS.multiOperator);
	return topics === undefined || multiOperator === undefined ? undefined : { topics, multiOperator };
}

/** The figure as a share of its bases, computed from the data; null when it has none. */
export function figureShare(figure: ReportFigure, figures: readonly ReportFigure[]): FigureShare | null {
	if (!figure.shareOf) return null;
	const bases = figure.shareOf.map((id) => figures.find((candidate) => candidate.id === id));
	if (bases.some((base) => base === undefined)) return null;
	const known = bases as ReportFigure[];
	const base = known.reduce((sum, item) => sum + item.value, 0);
	return { ratio: figure.value / base, base, baseText: listLabel(known.map(figureText)) };
}

/** « environ 200 millions d'euros », « 1 644 territoires », « plus de 54 % ». */
export function figureText(figure: Pick<ReportFigure, 'value' | 'unit' | 'qualifier'>): string {
	const amount = `${formatNumber(figure.value)}\u00a0${figure.unit}`;
	return figure.qualifier ? `${figure.qualifier} ${amount}` : amount;
}
