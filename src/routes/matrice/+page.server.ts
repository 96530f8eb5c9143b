import { getDataset } from '$lib/server/data/load';
import { countMatrix, toMatrixRow } from '$lib/matrix/model';

// Lean on purpose: the matrix needs names and one sentence per offer, not sources (those are on topic pages).
export function load() {
	const { operators, themes, topics } = getDataset();
	return {
		counts: countMatrix(topics),
		operators: operators.map(({ id, shortName, name }) => ({ id, shortName, name })),
		themes: themes.map(({ id, label }) => ({ id, label })),
		rows: topics.map(toMatrixRow)
	};
}
