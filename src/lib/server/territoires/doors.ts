// Territoires: the door each operator opens to a département's communes, from data/territoires/portes.json. Node only.
import { fold } from '../../search/normalise';
import { withDe } from '../../communes/names';
import type { DoorView } from '../../communes/departement';
import type { Territoires } from './load';

/** A door as the pages show it: the same shape the browser reads from a département's file. */
export type Door = DoorView;

/** « Côtes-d'Armor » → « cotes-d-armor »: the préfectures' host names. */
export const prefectureSlug = (nom: string) =>
	fold(nom)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

export function prefectureSite(territoires: Territoires, departement: string): string | undefined {
	const dep = territoires.departements[departement];
	const { pattern, departements } = territoires.doors.prefectureSites;
	return dep && departements.includes(departement) ? pattern.replace('{slug}', prefectureSlug(dep.nom)) : undefined;
}

/** Every operator's door for a département, in data order. */
export function doorsFor(territoires: Territoires, departement: string): Door[] {
	const dep = territoires.departements[departement];
	if (!dep) return [];
	const depName = withDe(dep.nom, dep.liaison);
	const chefLieu = territoires.byCode.get(dep.chefLieu)?.nom;
	const site = prefectureSite(territoires, departement);
	return territoires.doors.operators.map((door): Door => {
		const base = { operatorId: door.operatorId, role: door.role, sources: door.sources };
		if (door.kind === 'prefecture' || door.kind === 'ddt') {
			const name =
				door.kind === 'prefecture'
					? `Préfecture ${depName}`
					: `Direction départementale des territoires (DDT ou DDTM) ${depName}`;
			return {
				...base,
				name,
				city: chefLieu,
				contact: site ? { url: site, title: `Site de la préfecture ${depName}` } : door.national,
				national: !site
			};
		}
		const local = door.local.find(
			(candidate) => candidate.departements.includes(departement) || candidate.regions.includes(dep.region)
		);
		if (local)
			return {
				...base,
				name: local.name,
				city: local.city,
				contact: local.contact,
				national: false,
				sources: local.sources
			};
		return { ...base, name: door.national.title, contact: door.national, national: true };
	});
}
