import { getDataset } from '$lib/server/data/load';

// The page carries only what its form needs; the note's data comes once there is a request
// (/donnees/orientation.json). The note says who a reserved offer is for (« réservé aux communes Petites villes de
// demain »): the programmes' names.
export function load() {
	return { programmes: getDataset().programmes };
}
