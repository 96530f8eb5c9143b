import { toSearchEntries } from '$lib/search';
import { byRole } from '$lib/matrix/vocabulary';
import { operatorRank } from '$lib/operators';
import { getDataset } from '$lib/server/data/load';

// The note prints offers, programmes, sources and entry points: unlike the home page it needs full links.
export function load() {
	const dataset = getDataset();
	return {
		entries: toSearchEntries(dataset),
		operators: dataset.operators,
		// The note says who a reserved offer is for (« réservé aux communes Petites villes de demain »).
		programmes: dataset.programmes,
		// Each topic's operators by role, the pilot first, as on the topic page.
		topics: dataset.topics.map(({ id, label, operators }) => ({
			id,
			label,
			operators: byRole(operators, operatorRank)
		}))
	};
}
