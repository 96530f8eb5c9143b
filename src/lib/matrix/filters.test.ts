import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	NO_FILTERS,
	combinationHref,
	filterRows,
	hasFilters,
	matrixHref,
	parseFilters,
	serializeFilters,
	sharedTopicsHref,
	type FilterableRow,
	type MatrixFilters
} from './filters';
import { OPERATOR_IDS, type OperatorId } from '../operators';

const THEMES = ['habitat', 'energie', 'mobilite'];

// Hand-made rows: each filter below keeps a subset one can check by eye.
const ROWS = [
	{ id: 'copro', themeId: 'habitat', operatorIds: ['anah'] },
	{ id: 'centre-bourg', themeId: 'habitat', operatorIds: ['anah', 'bdt', 'anct'] },
	{ id: 'quartiers', themeId: 'habitat', operatorIds: ['anru', 'anah', 'bdt'] },
	{ id: 'chaleur', themeId: 'energie', operatorIds: ['ademe', 'bdt'] },
	{ id: 'eclairage', themeId: 'energie', operatorIds: ['ademe', 'cerema', 'bdt', 'anct', 'anah'] },
	{ id: 'velo', themeId: 'mobilite', operatorIds: ['cerema'] }
] satisfies (FilterableRow & { id: string })[];

const ids = (filters: Partial<MatrixFilters>) => filterRows(ROWS, { ...NO_FILTERS, ...filters }).map((row) => row.id);
const parse = (query: string) => parseFilters(new URLSearchParams(query), THEMES);

describe('parseFilters', () => {
	it('reads every parameter of the URL contract', () => {
		expect(parse('theme=habitat&operateur=bdt&operateur=anah&exactement=1&chevauchements=1&min=3')).toEqual({
			theme: 'habitat',
			operators: ['anah', 'bdt'],
			exact: true,
			overlapsOnly: true,
			min: 3
		});
	});

	it('ignores unknown themes, operators and values', () => {
		expect(parse('theme=jardinage&operateur=dreal&operateur=ANAH&chevauchements=oui&min=9&exactement=true')).toEqual(
			NO_FILTERS
		);
		expect(parse('min=abc')).toEqual(NO_FILTERS);
		expect(parse('min=2.5')).toEqual(NO_FILTERS);
		expect(parse('min=1')).toEqual(NO_FILTERS);
	});

	it('drops « exactement » without operators and duplicate operators', () => {
		expect(parse('exactement=1').exact).toBe(false);
		expect(parse('operateur=anct&operateur=anct').operators).toEqual(['anct']);
	});

	it('reads the empty values a plain GET form sends as no filter', () => {
		expect(parse('theme=&min=')).toEqual(NO_FILTERS);
	});
});

describe('serializeFilters', () => {
	it('writes the canonical query, operators in the report order', () => {
		const query = serializeFilters({
			theme: 'energie',
			operators: ['bdt', 'ademe'],
			exact: true,
			overlapsOnly: true,
			min: 2
		});
		expect(query.toString()).toBe('theme=energie&operateur=ademe&operateur=bdt&exactement=1&chevauchements=1&min=2');
	});

	it('writes nothing for the full table', () => {
		expect(serializeFilters(NO_FILTERS).toString()).toBe('');
		expect(hasFilters(NO_FILTERS)).toBe(false);
		expect(matrixHref()).toBe('/matrice');
	});

	it('round-trips: parse(serialize(f)) is f, for any valid view', () => {
		const operatorsArb = fc.subarray([...OPERATOR_IDS]);
		const filtersArb = fc.record({
			theme: fc.constantFrom(null, ...THEMES),
			operators: operatorsArb,
			exact: fc.boolean(),
			overlapsOnly: fc.boolean(),
			min: fc.constantFrom(null, 2, 3, 4, 5, 6)
		});
		fc.assert(
			fc.property(filtersArb, (filters) => {
				const normal = { ...filters, exact: filters.exact && filters.operators.length > 0 };
				expect(parseFilters(serializeFilters(filters), THEMES)).toEqual(normal);
			})
		);
	});

	it('round-trips any query string to the same canonical URL', () => {
		fc.assert(
			fc.property(fc.string(), (query) => {
				const once = serializeFilters(parse(query)).toString();
				expect(serializeFilters(parse(once)).toString()).toBe(once);
			})
		);
	});
});

describe('the links other pages use', () => {
	it('lists shared topics of a pair and exact combinations, in a stable order', () => {
		expect(sharedTopicsHref(['bdt', 'anah'])).toBe('/matrice?operateur=anah&operateur=bdt');
		expect(combinationHref(['anct', 'anah', 'bdt'] as OperatorId[])).toBe(
			'/matrice?operateur=anah&operateur=bdt&operateur=anct&exactement=1'
		);
	});
});

describe('filterRows', () => {
	it('keeps everything without filters', () => {
		expect(ids({})).toEqual(ROWS.map((row) => row.id));
	});

	it('filters by theme', () => {
		expect(ids({ theme: 'energie' })).toEqual(['chaleur', 'eclairage']);
	});

	it('keeps rows where every listed operator is competent', () => {
		expect(ids({ operators: ['anah'] })).toEqual(['copro', 'centre-bourg', 'quartiers', 'eclairage']);
		expect(ids({ operators: ['anah', 'bdt'] })).toEqual(['centre-bourg', 'quartiers', 'eclairage']);
		expect(ids({ operators: ['anru', 'cerema'] })).toEqual([]);
	});

	it('keeps rows whose operators are exactly the listed ones with « exactement »', () => {
		expect(ids({ operators: ['anah'], exact: true })).toEqual(['copro']);
		expect(ids({ operators: ['anah', 'bdt', 'anct'], exact: true })).toEqual(['centre-bourg']);
	});

	it('keeps overlaps only, or a minimum number of operators', () => {
		expect(ids({ overlapsOnly: true })).toEqual(['centre-bourg', 'quartiers', 'chaleur', 'eclairage']);
		expect(ids({ min: 3 })).toEqual(['centre-bourg', 'quartiers', 'eclairage']);
		expect(ids({ min: 5 })).toEqual(['eclairage']);
	});

	it('combines filters with AND', () => {
		expect(ids({ theme: 'habitat', operators: ['bdt'], min: 3 })).toEqual(['centre-bourg', 'quartiers']);
		expect(ids({ theme: 'habitat', operators: ['anah'], overlapsOnly: true })).toEqual(['centre-bourg', 'quartiers']);
		expect(ids({ theme: 'energie', operators: ['bdt', 'ademe'], exact: true })).toEqual(['chaleur']);
		expect(ids({ theme: 'mobilite', overlapsOnly: true })).toEqual([]);
	});

	it('applies a filter parsed from a shared URL exactly as the form set it', () => {
		const shared = matrixHref({ theme: 'habitat', operators: ['bdt'], min: 3 });
		const restored = parseFilters(new URL(shared, 'https://example.fr').searchParams, THEMES);
		expect(filterRows(ROWS, restored).map((row) => row.id)).toEqual(['centre-bourg', 'quartiers']);
	});
});
