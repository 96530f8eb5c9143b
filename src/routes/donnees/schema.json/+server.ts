import { ROLES } from '$lib/matrix/vocabulary';
import { OPERATOR_IDS } from '$lib/operators';
import { MATRIX_COLUMNS } from '$lib/server/spreadsheet/matrix-columns';

export const prerender = true;

/** Table Schema (frictionless) of matrice.csv, the format French open-data portals validate against. */
export function GET() {
	const constraints: Record<string, object> = {
		theme_id: { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' },
		topic_id: { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' },
		topic_label: { required: true },
		topic_operator_count: { required: true, minimum: 1, maximum: OPERATOR_IDS.length },
		operator_id: { required: true, enum: [...OPERATOR_IDS] },
		offer: { required: true },
		source_urls: { required: true, pattern: 'https?://.+' },
		role: { required: true, enum: [...ROLES] }
	};
	const schema = {
		$schema: 'https://frictionlessdata.io/schemas/table-schema.json',
		name: 'qui-fait-quoi-matrice',
		title: 'Matrice « qui fait quoi ? » : un lien sujet–opérateur par ligne',
		description:
			'Fichier matrice.csv : UTF-8 avec BOM, séparateur « ; », une ligne par lien entre un sujet et un opérateur compétent.',
		homepage: '/a-propos',
		licenses: [
			{
				name: 'etalab-2.0',
				title: 'Licence Ouverte 2.0',
				path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'
			}
		],
		fields: MATRIX_COLUMNS.map((column) => ({
			name: column.name,
			title: column.title,
			description: column.description,
			type: column.type,
			...(constraints[column.name] ? { constraints: constraints[column.name] } : {})
		})),
		primaryKey: ['topic_id', 'operator_id'],
		missingValues: ['']
	};
	return new Response(JSON.stringify(schema, null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
