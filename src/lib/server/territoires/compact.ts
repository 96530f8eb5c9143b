// Territoires: the one text form of data/territoires/communes.json, one commune per line so a refresh diffs well. Node only.
import type { Commune } from '../../communes/types';
import type { TerritoiresData } from './build';

export const COMMUNES_FILE = 'communes.json';
export const COMMUNE_COLUMNS = [
	'code',
	'nom',
	'departement',
	'arrondissement',
	'epci',
	'population',
	'programmes',
	'qpv'
] as const satisfies readonly (keyof Commune)[];

export type CommuneRow = [string, string, string, string | null, string | null, number | null, string[], string[]];

export const toRow = (commune: Commune): CommuneRow => COMMUNE_COLUMNS.map((key) => commune[key]) as CommuneRow;

export function fromRow(row: CommuneRow): Commune {
	return Object.fromEntries(COMMUNE_COLUMNS.map((key, index) => [key, row[index]])) as unknown as Commune;
}

/** Maps and metadata tab-indented as every data file; the 34 969 communes one per line. */
export function formatCommunesFile(data: TerritoiresData, generatedFrom: Record<string, string>): string {
	const { communes, ...maps } = data;
	const head = JSON.stringify({ generatedFrom, ...maps, columns: COMMUNE_COLUMNS }, null, '\t');
	const rows = communes.map((commune) => `\t\t${JSON.stringify(toRow(commune))}`).join(',\n');
	return `${head.slice(0, -2)},\n\t"communes": [\n${rows}\n\t]\n}\n`;
}
