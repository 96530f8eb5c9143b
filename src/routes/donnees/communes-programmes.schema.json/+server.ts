import { COMMUNE_CSV_COLUMNS } from '$lib/server/territoires/csv';

export const prerender = true;

/** Table Schema (frictionless) of communes-programmes.csv. */
export function GET() {
	const schema = {
		$schema: 'https://frictionlessdata.io/schemas/table-schema.json',
		name: 'qui-fait-quoi-communes-programmes',
		title: 'Communes et programmes de l’État (Action cœur de ville, Petites villes de demain, ORT, QPV)',
		description:
			'Fichier communes-programmes.csv : UTF-8 avec BOM, séparateur « ; », une ligne par commune actuelle (découpage administratif 2026).',
		homepage: '/a-propos#territoires',
		licenses: [
			{
				name: 'etalab-2.0',
				title: 'Licence Ouverte 2.0',
				path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'
			}
		],
		fields: COMMUNE_CSV_COLUMNS,
		primaryKey: ['code_insee'],
		missingValues: ['']
	};
	return new Response(JSON.stringify(schema, null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
