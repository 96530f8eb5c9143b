import { error } from '@sveltejs/kit';
import { operatorNames } from '$lib/operators';
import { getDataset } from '$lib/server/data/load';
import { getTerritoires } from '$lib/server/territoires/load';
import { departementCodes, departementData } from '$lib/server/territoires/views';

export const entries = () => departementCodes(getTerritoires()).map((code) => ({ code }));

export function load({ params }) {
	const territoires = getTerritoires();
	const departement = departementData(territoires, params.code);
	if (!departement) error(404, 'Département introuvable');
	const dataset = getDataset();
	return {
		departement,
		names: operatorNames(dataset.operators),
		programmes: dataset.programmes.filter((programme) =>
			territoires.lists.lists.some((list) => list.id === programme.id)
		)
	};
}
