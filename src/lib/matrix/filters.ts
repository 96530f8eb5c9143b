// The /matrice view as a URL: parse, serialise and apply its filters. Browser-safe.
import { isOperatorId, OPERATOR_IDS, sortOperators, type OperatorId } from '../operators';

/**
 * The /matrice view as a URL: the contract other pages link to.
 * `theme=<themeId>` · `operateur=<id>` (repeatable: every listed operator is competent) ·
 * `exactement=1` (with operateur: the operator set is exactly the listed one) ·
 * `chevauchements=1` (two operators or more) · `min=<n>` (at least n operators). Unknown values are ignored.
 */
export const MATRIX_PATH = '/matrice';

export const FILTER_PARAMS = {
	theme: 'theme',
	operator: 'operateur',
	exact: 'exactement',
	overlapsOnly: 'chevauchements',
	min: 'min'
} as const;

export interface MatrixFilters {
	theme: string | null;
	/** Deduplicated, in OPERATOR_IDS order, so equal views serialise to equal URLs. */
	operators: OperatorId[];
	/** Only meaningful with operators; parse drops it otherwise. */
	exact: boolean;
	overlapsOnly: boolean;
	/** At least this many operators, 2 to 6; a minimum of 1 filters nothing and is dropped. */
	min: number | null;
}

export const NO_FILTERS: MatrixFilters = { theme: null, operators: [], exact: false, overlapsOnly: false, min: null };

/** The minimums worth offering: 2 up to the number of operators. */
export const MIN_CHOICES: readonly number[] = Array.from({ length: OPERATOR_IDS.length - 1 }, (_, index) => index + 2);

/** What a filtered row needs: its theme and its competent operators. */
export interface FilterableRow {
	themeId: string;
	operatorIds: readonly string[];
}

/** Reads filters from a query string; `themeIds` are the known themes (others are ignored). */
export function parseFilters(params: URLSearchParams, themeIds: readonly string[]): MatrixFilters {
	const theme = params.get(FILTER_PARAMS.theme);
	const operators = sortOperators(params.getAll(FILTER_PARAMS.operator).filter(isOperatorId));
	const min = Number(params.get(FILTER_PARAMS.min));
	return {
		theme: theme !== null && themeIds.includes(theme) ? theme : null,
		operators,
		exact: operators.length > 0 && params.get(FILTER_PARAMS.exact) === '1',
		overlapsOnly: params.get(FILTER_PARAMS.overlapsOnly) === '1',
		min: MIN_CHOICES.includes(min) ? min : null
	};
}

/** The canonical query string of a view: fixed parameter order, operators in OPERATOR_IDS order, no defaults. */
export function serializeFilters(filters: MatrixFilters): URLSearchParams {
	const params = new URLSearchParams();
	if (filters.theme) params.set(FILTER_PARAMS.theme, filters.theme);
	const operators = sortOperators(filters.operators);
	for (const id of operators) params.append(FILTER_PARAMS.operator, id);
	if (filters.exact && operators.length > 0) params.set(FILTER_PARAMS.exact, '1');
	if (filters.overlapsOnly) params.set(FILTER_PARAMS.overlapsOnly, '1');
	if (filters.min !== null && MIN_CHOICES.includes(filters.min)) params.set(FILTER_PARAMS.min, String(filters.min));
	return params;
}

/** `/matrice?…` for a view; `/matrice` when nothing is filtered. */
export function matrixHref(filters: Partial<MatrixFilters> = {}): string {
	const query = serializeFilters({ ...NO_FILTERS, ...filters }).toString();
	return query ? `${MATRIX_PATH}?${query}` : MATRIX_PATH;
}

/** The topics two (or more) operators share: every one of them is competent. */
export function sharedTopicsHref(operators: readonly OperatorId[]): string {
	return matrixHref({ operators: [...operators] });
}

/** The topics whose operators are exactly this combination. */
export function combinationHref(operators: readonly OperatorId[]): string {
	return matrixHref({ operators: [...operators], exact: true });
}

export function hasFilters(filters: MatrixFilters): boolean {
	return serializeFilters(filters).size > 0;
}

export function matchesFilters(row: FilterableRow, filters: MatrixFilters): boolean {
	const count = row.operatorIds.length;
	if (filters.theme !== null && row.themeId !== filters.theme) return false;
	if (!filters.operators.every((id) => row.operatorIds.includes(id))) return false;
	if (filters.exact && filters.operators.length > 0 && count !== filters.operators.length) return false;
	if (filters.overlapsOnly && count < 2) return false;
	if (filters.min !== null && count < filters.min) return false;
	return true;
}

export function filterRows<T extends FilterableRow>(rows: readonly T[], filters: MatrixFilters): T[] {
	return rows.filter((row) => matchesFilters(row, filters));
}
