import { getTerritoires } from '$lib/server/territoires/load';
import { departementCodes } from '$lib/server/territoires/views';

export function load() {
	const territoires = getTerritoires();
	const codes = new Set(departementCodes(territoires));
	return {
		regions: Object.entries(territoires.regions).map(([code, nom]) => ({
			code,
			nom,
			departements: Object.entries(territoires.departements)
				.filter(([depCode, dep]) => dep.region === code && codes.has(depCode))
				.map(([depCode, dep]) => ({ code: depCode, nom: dep.nom }))
		})),
		others: Object.entries(territoires.departements)
			.filter(([depCode, dep]) => codes.has(depCode) && !territoires.regions[dep.region])
			.map(([depCode, dep]) => ({ code: depCode, nom: dep.nom }))
	};
}
