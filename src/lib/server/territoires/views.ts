// Territoires: a département's data as its page and its JSON file show it. Node only.
import type { DepartementData } from '../../communes/departement';
import { withDe } from '../../communes/names';
import { doorsFor } from './doors';
import type { Territoires } from './load';

export function departementData(territoires: Territoires, code: string): DepartementData | undefined {
	const dep = territoires.departements[code];
	if (!dep) return undefined;
	const communes = territoires.communes.filter((commune) => commune.departement === code);
	const pick = (map: Record<string, string>, keys: Iterable<string>) =>
		Object.fromEntries([...new Set(keys)].sort().flatMap((key) => (map[key] ? [[key, map[key]]] : [])));
	const sousPrefectures: Record<string, string> = {};
	for (const arrondissement of new Set(communes.flatMap((commune) => commune.arrondissement ?? []))) {
		const arr = territoires.arrondissements[arrondissement];
		const town = arr && arr.chefLieu !== dep.chefLieu ? territoires.byCode.get(arr.chefLieu)?.nom : undefined;
		if (town) sousPrefectures[arrondissement] = town;
	}
	const engineering = territoires.localEngineering.find((entry) => entry.departement === code);
	return {
		code,
		nom: dep.nom,
		de: withDe(dep.nom, dep.liaison),
		region: { code: dep.region, nom: territoires.regions[dep.region] ?? dep.region },
		communes,
		epci: pick(
			territoires.epci,
			communes.flatMap((commune) => commune.epci ?? [])
		),
		qpv: pick(
			territoires.qpv,
			communes.flatMap((commune) => commune.qpv)
		),
		sousPrefectures,
		doors: doorsFor(territoires, code),
		...(engineering ? { localEngineering: { bodies: engineering.bodies, sources: engineering.sources } } : {})
	};
}

export const departementCodes = (territoires: Territoires) =>
	Object.keys(territoires.departements).filter((code) => territoires.communes.some((c) => c.departement === code));
