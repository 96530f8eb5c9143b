import { getDataset } from '$lib/server/data/load';
import { countMatrix } from '$lib/matrix/model';
import { provenance } from '$lib/matrix/provenance';

export function load() {
	const { operators, topics, themes } = getDataset();
	return {
		counts: countMatrix(topics),
		provenance: provenance(topics),
		themeCount: themes.length,
		operators: operators.map(({ id, shortName, name, website }) => ({ id, shortName, name, website }))
	};
}
