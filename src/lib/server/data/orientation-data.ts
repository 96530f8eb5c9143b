// The orientation note's data, built at prerender time and served as /donnees/orientation.json. Server only.
import { toSearchEntries } from '$lib/search';
import { byRole } from '$lib/matrix/vocabulary';
import { operatorRank } from '$lib/operators';
import { frenchTypography } from '$lib/format/french';
import { typesetOperator } from '$lib/format/typeset';
import type { OrientationData } from '$lib/orientation/data';
import { getDataset } from './load';

export function orientationData(): OrientationData {
	const dataset = getDataset();
	return {
		entries: toSearchEntries(dataset),
		operators: dataset.operators.map(typesetOperator),
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
