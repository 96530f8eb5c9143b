// Territoires: zod schemas of data/territoires/ (commune table, programme lists, doors, local engineering), French messages. Server only.
import { z } from 'zod';
import { LISTED_PROGRAMMES } from '../../communes/types';
import { OPERATOR_IDS } from '../../operators';
import { sourceSchema } from '../data/schema';

const missing = (what: string) => (iss: { input?: unknown }) => (iss.input === undefined ? 'champ manquant' : what);
const text = z
	.string({ error: missing('doit être un texte') })
	.trim()
	.min(1, { error: 'ne doit pas être vide' });
const inseeCode = z.string({ error: missing('doit être un texte') }).regex(/^(\d{5}|2[AB]\d{3})$/, {
	error: 'code INSEE invalide (attendu : 5 caractères, ex. « 58194 » ou « 2A004 »)'
});
const depCode = z
	.string({ error: missing('doit être un texte') })
	.regex(/^(\d{2}|2[AB]|9[78]\d)$/, { error: 'code de département invalide (ex. « 58 », « 2A », « 974 »)' });
const programme = z.enum(LISTED_PROGRAMMES, {
	error: `programme inconnu (attendu : ${LISTED_PROGRAMMES.join(', ')})`
});
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/** One line of communes.json: [code, nom, département, arrondissement, EPCI, population, programmes, QPV]. */
export const communeRowSchema = z.tuple([
	inseeCode,
	text,
	depCode,
	nullable(z.string()),
	nullable(z.string().regex(/^\d{9}$/, { error: 'SIREN d’EPCI invalide (9 chiffres)' })),
	nullable(z.number().int().nonnegative({ error: 'population négative' })),
	z.array(programme),
	z.array(text)
]);

export const communesFileSchema = z.strictObject({
	generatedFrom: z.record(z.string(), text),
	regions: z.record(z.string(), text),
	departements: z.record(
		depCode,
		z.strictObject({ nom: text, region: text, chefLieu: inseeCode, liaison: z.number().int().min(0).max(8) })
	),
	arrondissements: z.record(z.string(), z.strictObject({ nom: text, chefLieu: inseeCode })),
	epci: z.record(z.string(), text),
	qpv: z.record(z.string(), text),
	columns: z.array(text),
	communes: z.array(communeRowSchema).min(1, { error: 'aucune commune' })
});

/** data/territoires/listes.json: where each programme list comes from, and how it differs from the report. */
export const programmeListSchema = z.strictObject({
	id: programme,
	title: text,
	producer: text,
	/** The upstream copy it was vendored from (repository, path, commit, date), said in words. */
	origin: text,
	date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date invalide (attendu : AAAA-MM-JJ)' }),
	licence: text,
	file: text,
	/** The figure of data/report-figures.json this list is compared with, if the report gives one. */
	reportFigure: z.string().optional(),
	/** Communes in the list minus the report's figure, and why; a test checks the number against the data. */
	difference: z.strictObject({ value: z.number().int(), why: text }).optional()
});

export const missingListSchema = z.strictObject({ id: text, why: text });

export const listsFileSchema = z.strictObject({
	lists: z.array(programmeListSchema),
	/** Programmes an offer may be reserved to whose list is not here: the site answers « non renseigné ici ». */
	missing: z.array(missingListSchema)
});

const operatorId = z.enum(OPERATOR_IDS, {
	error: (iss) => `opérateur inconnu « ${String(iss.input)} » (attendu : ${OPERATOR_IDS.join(', ')})`
});
const contactPage = z.strictObject({ url: z.url({ error: 'URL invalide' }), title: text });

/** A regional or territorial direction named by an official page, for the régions or départements it covers. */
export const localDoorSchema = z.strictObject({
	name: text,
	city: text.optional(),
	regions: z.array(z.string()).default([]),
	departements: z.array(depCode).default([]),
	contact: contactPage,
	sources: z.array(sourceSchema).min(1, { error: 'au moins une source officielle' })
});

/** data/territoires/portes.json: for each operator, the door a commune knocks on. */
export const operatorDoorSchema = z.strictObject({
	operatorId,
	/** « prefecture »: the préfet (and sous-préfet); « ddt »: the DDT(M), a préfecture service; « direction »: a named direction. */
	kind: z.enum(['prefecture', 'ddt', 'direction'], { error: 'type de porte inconnu (prefecture, ddt, direction)' }),
	/** Who the door is, in a sentence, with its sources. */
	role: text,
	sources: z.array(sourceSchema).min(1, { error: 'au moins une source officielle' }),
	/** Where to write when no local page is known: the operator's national contact page. */
	national: contactPage,
	local: z.array(localDoorSchema).default([])
});

export const doorsFileSchema = z.strictObject({
	/** Préfecture sites follow one pattern, seen for these départements; others fall back to the national page. */
	prefectureSites: z.strictObject({
		pattern: text.refine((value) => value.includes('{slug}'), { error: 'le motif doit contenir {slug}' }),
		departements: z.array(depCode),
		sources: z.array(sourceSchema).min(1, { error: 'au moins une source' })
	}),
	operators: z.array(operatorDoorSchema)
});

/** data/territoires/ingenierie-locale.json: a département's own engineering bodies, each with a source. */
export const localEngineeringSchema = z.strictObject({
	departement: depCode,
	bodies: z.array(z.strictObject({ name: text, kind: text })).min(1),
	sources: z.array(sourceSchema).min(1, { error: 'au moins une source' })
});

export type CommunesFile = z.infer<typeof communesFileSchema>;
export type ListsFile = z.infer<typeof listsFileSchema>;
export type DoorsFile = z.infer<typeof doorsFileSchema>;
export type OperatorDoor = z.infer<typeof operatorDoorSchema>;
export type LocalEngineering = z.infer<typeof localEngineeringSchema>;
