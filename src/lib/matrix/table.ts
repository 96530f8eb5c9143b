// The matrix as a plain table of cells, in the shape ANCT's services use: one row per topic, one column per
// operator with its short offer. What /matrice exports as CSV and the workbook's first sheet hold. Browser-safe.
import { groupByTheme, type MatrixRow } from './model';

export interface MatrixTable {
	header: string[];
	/** Theme, topic, one short offer (or '') per operator, number of operators: in the order /matrice shows them. */
	rows: (string | number)[][];
}

export const MATRIX_TABLE_TOPIC_HEADERS = ['Thème', 'Sujet'] as const;
export const MATRIX_TABLE_COUNT_HEADER = "Nombre d'opérateurs";

export function matrixTable(
	themes: readonly { id: string; label: string }[],
	operators: readonly { id: string; shortName: string }[],
	rows: readonly MatrixRow[]
): MatrixTable {
	return {
		header: [
			...MATRIX_TABLE_TOPIC_HEADERS,
			...operators.map((operator) => operator.shortName),
			MATRIX_TABLE_COUNT_HEADER
		],
		rows: groupByTheme(themes, rows).flatMap((group) =>
			group.topics.map((row) => [
				group.theme.label,
				row.label,
				...operators.map((operator) => row.summaries[operator.id as keyof MatrixRow['summaries']] ?? ''),
				row.operatorIds.length
			])
		)
	};
}
