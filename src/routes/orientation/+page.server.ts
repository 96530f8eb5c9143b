import { toSearchEntries } from '$lib/search';
import { byRole } from '$lib/matrix/vocabulary';
import { operatorRank } from '$lib/operators';
import { getDataset } from '$lib/server/data/load';
import { frenchTypography } from '$lib/format/french';
import { typesetOperator } from '$lib/format/typeset';

// The note prints offers, programmes, sources and entry points: unlike the home page it needs full links.
export function load() {
	const dataset = getDataset();
	return {
		entries: toSearchEntries(dataset),
		operators: dataset.operators.map(typesetOperator),
		programmes: dataset.programmes,
		// Each topic's operators by role, the pilot first, as on the topic page; texts typeset for display.
		topics: dataset.topics.map(({ id, label, operators }) => ({
			id,
			label: frenchTypography(label),
			operators: byRole(operators, operatorRank).map((link) => ({
				...link,
				offer: frenchTypography(link.offer),
				programmes: link.programmes.map(frenchTypography)
			}))
		}))
	};
}
