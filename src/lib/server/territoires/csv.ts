// Territoires: communes-programmes.csv, one line per commune with its programmes, and its Table Schema columns. Node only.
import { LISTED_PROGRAMMES } from '../../communes/types';
import type { Territoires } from './load';

export const COMMUNE_CSV_COLUMNS = [
	{
		name: 'code_insee',
		title: 'Code INSEE de la commune',
		type: 'string',
		constraints: { required: true, pattern: '(\\d{5}|2[AB]\\d{3})' }
	},
	{ name: 'commune', title: 'Nom de la commune', type: 'string', constraints: { required: true } },
	{ name: 'departement_code', title: 'Code du département', type: 'string', constraints: { required: true } },
	{ name: 'departement', title: 'Nom du département', type: 'string', constraints: { required: true } },
	{ name: 'epci_siren', title: 'SIREN de l’intercommunalité (EPCI à fiscalité propre)', type: 'string' },
	{ name: 'epci', title: 'Nom de l’intercommunalité', type: 'string' },
	{ name: 'population', title: 'Population municipale (millésime 2026 du découpage administratif)', type: 'integer' },
	...LISTED_PROGRAMMES.map((id) => ({
		name: id,
		title: `Dans la liste ${id.toUpperCase()} (oui ou non)`,
		type: 'string',
		constraints: { required: true, enum: ['oui', 'non'] }
	})),
	{ name: 'qpv_codes', title: 'Codes des quartiers prioritaires 2024, séparés par « | »', type: 'string' },
	{ name: 'qpv_noms', title: 'Noms des quartiers prioritaires 2024, séparés par « | »', type: 'string' }
] as const;

export function communeCsvRows(territoires: Territoires): string[][] {
	return [
		COMMUNE_CSV_COLUMNS.map((column) => column.name),
		...territoires.communes.map((commune) => [
			commune.code,
			commune.nom,
			commune.departement,
			territoires.departements[commune.departement]?.nom ?? '',
			commune.epci ?? '',
			commune.epci ? (territoires.epci[commune.epci] ?? '') : '',
			commune.population === null ? '' : String(commune.population),
			...LISTED_PROGRAMMES.map((id) => (commune.programmes.includes(id) ? 'oui' : 'non')),
			commune.qpv.join('|'),
			commune.qpv.map((code) => territoires.qpv[code] ?? code).join('|')
		])
	];
}
