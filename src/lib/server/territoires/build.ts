// Territoires: builds the compact commune table from the raw lists, and says what could not be matched. Node only.
import { LISTED_PROGRAMMES, type Commune, type ListedProgramme } from '../../communes/types';
import type { RawInputs } from './raw';

export interface TerritoiresData {
	regions: Record<string, string>;
	departements: Record<string, { nom: string; region: string; chefLieu: string; liaison: number }>;
	arrondissements: Record<string, { nom: string; chefLieu: string }>;
	epci: Record<string, string>;
	qpv: Record<string, string>;
	communes: Commune[];
}

export interface BuildReport {
	/** Codes of a list that name a former commune, and the current commune they were mapped to. */
	remapped: { list: ListedProgramme; from: string; to: string }[];
	/** Codes of a list that match no commune, current or former. */
	unknown: { list: ListedProgramme; code: string }[];
}

/** ANCT's file writes many codes as numbers: 1053 is 01053; Corsica's 2A/2B codes are already strings. */
export const padInsee = (code: number | string) => String(code).padStart(5, '0');

export function buildTerritoires(raw: RawInputs): { data: TerritoiresData; report: BuildReport } {
	const current = raw.communes.filter((commune) => commune.type === 'commune-actuelle');
	const currentCodes = new Set(current.map((commune) => commune.code));
	// Former communes (déléguées, associées) point to the current commune they merged into.
	const formerTo = new Map(
		raw.communes
			.filter((commune) => commune.type !== 'commune-actuelle' && commune.chefLieu)
			.map((commune) => [commune.code, commune.chefLieu as string])
	);
	const report: BuildReport = { remapped: [], unknown: [] };
	const members = new Map<ListedProgramme, Set<string>>(LISTED_PROGRAMMES.map((id) => [id, new Set()]));
	const add = (list: ListedProgramme, code: string) => {
		if (currentCodes.has(code)) return void members.get(list)?.add(code);
		const to = formerTo.get(code);
		if (to && currentCodes.has(to)) {
			report.remapped.push({ list, from: code, to });
			members.get(list)?.add(to);
		} else report.unknown.push({ list, code });
	};
	for (const row of raw.acv) add('acv', padInsee(row.insee_com));
	for (const [code, flags] of Object.entries(raw.anct)) {
		if (flags.pvd) add('pvd', code);
		if (flags.ort) add('ort', code);
	}
	const qpvByCommune = new Map<string, string[]>();
	for (const qpv of raw.qpv)
		for (const code of qpv.insee) {
			add('qpv', code);
			const target = currentCodes.has(code) ? code : (formerTo.get(code) ?? code);
			qpvByCommune.set(target, [...(qpvByCommune.get(target) ?? []), qpv.code]);
		}

	const epciOf = new Map(raw.epci.flatMap((epci) => epci.membres.map((member) => [member.code, epci.code] as const)));
	const communes: Commune[] = current.map((commune) => ({
		code: commune.code,
		nom: commune.nom,
		departement: commune.departement ?? '',
		arrondissement: commune.arrondissement ?? null,
		epci: epciOf.get(commune.code) ?? null,
		population: commune.population ?? null,
		programmes: LISTED_PROGRAMMES.filter((id) => members.get(id)?.has(commune.code)),
		qpv: [...new Set(qpvByCommune.get(commune.code) ?? [])].sort()
	}));
	const sortedEntries = <T>(entries: [string, T][]) =>
		Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
	return {
		report,
		data: {
			regions: sortedEntries(raw.regions.map((region) => [region.code, region.nom])),
			departements: sortedEntries(
				raw.departements.map((dep) => [
					dep.code,
					{ nom: dep.nom, region: dep.region, chefLieu: dep.chefLieu, liaison: dep.typeLiaison }
				])
			),
			arrondissements: sortedEntries(
				raw.arrondissements.map((arr) => [arr.code, { nom: arr.nom, chefLieu: arr.chefLieu }])
			),
			epci: sortedEntries(raw.epci.map((epci) => [epci.code, epci.nom])),
			qpv: sortedEntries(raw.qpv.map((qpv) => [qpv.code, qpv.label])),
			communes: communes.sort((a, b) => a.code.localeCompare(b.code))
		}
	};
}
