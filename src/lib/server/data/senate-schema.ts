// data/: the zod schemas of the Senate follow-up files. Server only.
import { paragraph as text } from './text-rules';
import { z } from './zod-fr';
import { OPERATOR_IDS } from '../../operators';
import { RECOMMENDATION_STATUSES } from '../../senate/statuses';
import { ProblemList } from '../problems';
import { DataError, validateEntries, type DataProblem, type RawFile } from './validate';

/** Messages in French for what zod would otherwise say in English: a stray key, an entry that is not an object. */
const entryError = (iss: z.core.$ZodRawIssue) => {
	if (iss.code === 'unrecognized_keys') return `champ non prévu : ${iss.keys.join(', ')}`;
	if (iss.code === 'invalid_type') return 'un objet JSON { … } est attendu';
	return undefined;
};

const slug = z
	.string({ error: (iss) => (iss.input === undefined ? 'champ manquant' : 'doit être un texte') })
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'identifiant invalide (minuscules sans accents, chiffres et tirets)' });

/** A line of the report's reference text (seeds/000_9c73808a29df9235.txt), so every claim can be checked. */
const seedLine = z
	.number({ error: (iss) => (iss.input === undefined ? 'champ manquant' : 'doit être un nombre') })
	.int({ error: 'numéro de ligne entier attendu' })
	.positive({ error: 'numéro de ligne positif attendu' });

/** A page of this site: a path, optionally a query string and an anchor; prerendering checks it exists. */
const sitePath = z
	.string({ error: (iss) => (iss.input === undefined ? 'champ manquant' : 'doit être un texte') })
	.regex(/^\/[a-z0-9\-/]*(\?[a-z0-9=&-]+)?(#[a-z0-9-]+)?$/, {
		error: 'lien interne invalide (attendu : /page, /page?param=valeur ou /page#ancre)'
	});

export const recommendationLinkSchema = z.strictObject({ href: sitePath, label: text }, { error: entryError });

export const recommendationSchema = z.strictObject(
	{
		number: z
			.number({ error: (iss) => (iss.input === undefined ? 'champ manquant' : 'doit être un nombre') })
			.int({ error: 'numéro entier attendu' })
			.positive({ error: 'numéro positif attendu' }),
		wording: text,
		/** Where the follow-up report's synthesis states the wording and the verdict. */
		line: seedLine,
		status: z.enum(RECOMMENDATION_STATUSES, {
			error: (iss) =>
				iss.input === undefined
					? 'champ manquant'
					: `statut inconnu « ${String(iss.input)} » (attendu : ${RECOMMENDATION_STATUSES.join(', ')})`
		}),
		comment: z.strictObject({ text, line: seedLine }, { error: entryError }).optional(),
		/** Operators the recommendation names: the page counts the topics they share. */
		operators: z
			.array(
				z.enum(OPERATOR_IDS, {
					error: (iss) => `opérateur inconnu « ${String(iss.input)} » (attendu : ${OPERATOR_IDS.join(', ')})`
				})
			)
			.min(2, { error: 'au moins deux opérateurs, pour compter leurs sujets partagés' })
			.optional(),
		links: z.array(recommendationLinkSchema).optional()
	},
	{ error: entryError }
);

export const reportFigureSchema = z.strictObject(
	{
		id: slug,
		label: text,
		value: z
			.number({ error: (iss) => (iss.input === undefined ? 'champ manquant' : 'doit être un nombre') })
			.positive({ error: 'nombre positif attendu' }),
		unit: text,
		/** A caveat the reader needs before comparing (what the report actually counts). */
		note: text.optional(),
		/** The report's own hedge (« environ 200 millions », « plus de 54 % »), kept with the figure. */
		qualifier: z.enum(['environ', 'plus de'], { error: 'qualificatif inconnu (attendu : environ, plus de)' }).optional(),
		line: seedLine,
		/** The report's words around the figure, as printed: a unit test finds them at `line`. */
		quote: text,
		/** Ids of the figures whose sum is the base this one is a share of (« 1 644 des 34 935 communes »). */
		shareOf: z.array(slug).min(1, { error: 'au moins un chiffre de référence' }).optional()
	},
	{ error: entryError }
);

export type Recommendation = z.infer<typeof recommendationSchema>;
export type RecommendationLink = z.infer<typeof recommendationLinkSchema>;
export type ReportFigure = z.infer<typeof reportFigureSchema>;

export interface SenateData {
	recommendations: Recommendation[];
	figures: ReportFigure[];
}

/** The raw content of each file, keyed by the file name shown in messages. */
export interface RawSenateData {
	recommendations: RawFile;
	figures: RawFile;
}

/** Validates both files and their cross-references, reporting every problem at once. */
export function validateSenate(raw: RawSenateData): SenateData {
	const problems = new ProblemList<DataProblem>();
	const recommendations = validateEntries(raw.recommendations, recommendationSchema, describeRecommendation, problems);
	const figures = validateEntries(raw.figures, reportFigureSchema, describeFigure, problems);
	checkRecommendations(raw.recommendations.file, raw.recommendations.content, recommendations, problems);
	checkFigures(raw.figures.file, figures, problems);
	DataError.throwIfAny(problems);
	return { recommendations, figures };
}

/** Numbers are read from every entry, valid or not, so one broken entry does not also report its number missing. */
function checkRecommendations(file: string, content: unknown, recommendations: Recommendation[], problems: ProblemList<DataProblem>): void {
	const numbers = (Array.isArray(content) ? content : [])
		.map((item: unknown) => field(item, 'number'))
		.filter((number): number is number => Number.isInteger(number) && (number as number) > 0);
	const seen = new Set<number>();
	for (const number of numbers) {
		if (seen.has(number)) problems.push({ file, entry: `recommandation n° ${number}`, field: 'number', message: 'numéro en double' });
		seen.add(number);
	}
	// The report numbers its recommendations 1 to n: a gap means one was lost.
	const highest = Math.max(0, ...seen);
	for (let number = 1; number <= highest; number += 1) {
		if (!seen.has(number)) {
			problems.push({ file, entry: 'fichier entier', field: 'number', message: `recommandation n° ${number} manquante (numéros attendus de 1 à ${highest})` });
		}
	}
	for (const recommendation of recommendations) {
		const operators = recommendation.operators ?? [];
		operators.forEach((id, index) => {
			if (operators.indexOf(id) !== index) {
				problems.push({ file, entry: describeRecommendation(recommendation, 0), field: `operators[${index}]`, message: `opérateur « ${id} » présent deux fois` });
			}
		});
	}
}

function checkFigures(file: string, figures: ReportFigure[], problems: ProblemList<DataProblem>): void {
	const byId = new Map<string, ReportFigure>();
	for (const figure of figures) {
		if (byId.has(figure.id)) problems.push({ file, entry: describeFigure(figure, 0), field: 'id', message: 'identifiant en double' });
		byId.set(figure.id, figure);
	}
	for (const figure of figures) {
		figure.shareOf?.forEach((baseId, index) => {
			const base = byId.get(baseId);
			const problem = (message: string) =>
				problems.push({ file, entry: describeFigure(figure, 0), field: `shareOf[${index}]`, message });
			if (baseId === figure.id) problem('un chiffre ne peut pas être sa propre référence');
			else if (!base) problem(`chiffre de référence inconnu « ${baseId} »`);
			else if (base.shareOf) problem(`« ${baseId} » est lui-même une part : il ne peut pas servir de référence`);
		});
	}
}

function field(item: unknown, key: string): unknown {
	return typeof item === 'object' && item !== null && key in item ? (item as Record<string, unknown>)[key] : undefined;
}

function describeRecommendation(item: unknown, index: number): string {
	const number = field(item, 'number');
	return Number.isInteger(number) ? `recommandation n° ${String(number)}` : `recommandation en position ${index + 1} (sans numéro)`;
}

function describeFigure(item: unknown, index: number): string {
	const id = field(item, 'id');
	return typeof id === 'string' && id.length > 0 ? `chiffre « ${id} »` : `chiffre en position ${index + 1} (sans id)`;
}
