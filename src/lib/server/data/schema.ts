// data/: the zod schemas of operators, themes and topics, with French messages. Server only.
import { HELP_KINDS, PHASES } from '../../matrix/vocabulary';
import { OPERATOR_IDS } from '../../operators';
import { checkedOnDate as isoDate, paragraph, text } from './text-rules';
import { z } from './zod-fr';

/** Slugs are the stable ids used in URLs and in the CSV: lowercase ascii words joined by hyphens. */
const slug = z
	.string({ error: 'doit être un texte' })
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
		error: 'identifiant invalide (minuscules sans accents, chiffres et tirets, ex. « friches-depollution »)'
	});

const httpUrl = z
	.string({ error: (iss) => (iss.input === undefined ? 'champ manquant' : 'doit être un texte') })
	.refine((value) => isHttpUrl(value), { error: 'URL invalide (attendu : https://… ou http://…)' });

const operatorId = z.enum(OPERATOR_IDS, {
	error: (iss) =>
		`opérateur inconnu « ${String(iss.input)} » (attendu : ${OPERATOR_IDS.join(', ')})`
});

export const sourceSchema = z.strictObject({
	url: httpUrl,
	title: text,
	checkedOn: isoDate
});

export const linkSchema = z.strictObject({
	operatorId,
	offer: paragraph,
	programmes: z.array(text),
	kinds: z
		.array(z.enum(HELP_KINDS, { error: `type d'aide inconnu (attendu : ${HELP_KINDS.join(', ')})` }))
		.min(1, { error: "au moins un type d'aide" }),
	phases: z
		.array(z.enum(PHASES, { error: `phase inconnue (attendu : ${PHASES.join(', ')})` }))
		.min(1, { error: 'au moins une phase' }),
	sources: z.array(sourceSchema).min(1, { error: 'au moins une source' })
});

export const topicSchema = z.strictObject({
	id: slug,
	themeId: slug,
	label: text,
	description: paragraph,
	keywords: z.array(text),
	operators: z.array(linkSchema).min(1, { error: 'au moins un opérateur compétent' })
});

export const themeSchema = z.strictObject({
	id: slug,
	label: text,
	description: text
});

export const operatorSchema = z.strictObject({
	id: operatorId,
	shortName: text,
	name: text,
	mandate: paragraph,
	website: httpUrl,
	entryPoint: text,
	howToAsk: paragraph,
	howToAskUrl: httpUrl
});

export type Source = z.infer<typeof sourceSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Operator = z.infer<typeof operatorSchema>;

export function isHttpUrl(value: string): boolean {
	if (!/^https?:\/\/[^\s]+$/.test(value)) return false;
	try {
		const url = new URL(value);
		return url.hostname.includes('.');
	} catch {
		return false;
	}
}
