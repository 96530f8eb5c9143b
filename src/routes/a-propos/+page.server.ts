import { getDataset } from '$lib/server/load-data';
import { countMatrix } from '$lib/matrix';
import { provenance } from '$lib/provenance';

export function load() {
	const { operators, topics, themes } = getDataset();
	return {
		counts: countMatrix(topics),
		provenance: provenance(topics),
		themeCount: themes.length,
		operators: operators.map(({ id, shortName, name, website }) => ({ id, shortName, name, website }))
	};
}
