import { getDataset } from '$lib/server/load-data';
import { countMatrix } from '$lib/matrix';

export function load() {
	return { counts: countMatrix(getDataset().topics) };
}
