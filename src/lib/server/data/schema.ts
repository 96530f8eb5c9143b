// data/: the zod schemas of operators, themes and topics, with French messages. Server only.
import { SOURCE_KINDS } from '../../matrix/sources';
import { HELP_KINDS, PHASES, ROLES } from '../../matrix/vocabulary';
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

const conditionSchema = z.union(
	[
		z.strictObject({ programme: slug }),
		z.strictObject({
			populationMax: z
				.number({ error: 'doit être un nombre' })
				.int({ error: 'doit être un nombre entier' })
				.positive({ error: 'doit être positif' })
		})
	],
	{ error: 'condition invalide (attendu : { "programme": "pvd" } ou { "populationMax": 3500 })' }
);

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
	/** What the operator is on this topic: the pages list the pilot first. */
	role: z.enum(ROLES, { error: `rôle inconnu (attendu : ${ROLES.join(', ')})` }),
	/** Who may ask: alternatives, any one suffices; empty means every commune and intercommunality. */
	eligibleIf: z.array(conditionSchema),
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

/** data/programmes.json: the programmes a link may be reserved to. */
export const programmeSchema = z.strictObject({ id: slug, label: text, communes: text });

/** data/unsourced.json: links withdrawn for want of an official source, kept so an auditor sees what was removed. */
export const unsourcedLinkSchema = z.strictObject({
	topicId: slug,
	topic: text,
	operatorId,
	claim: text,
	why: text,
	checkedOn: isoDate
});

/** data/source-hosts.json: the one table that tells a source's kind from its host, and the banned hosts. */
export const sourceHostsSchema = z.strictObject({
	kinds: z
		.array(
			z.strictObject({
				id: z.enum(SOURCE_KINDS, { error: `type de source inconnu (attendu : ${SOURCE_KINDS.join(', ')})` }),
				label: text,
				hosts: z.array(text)
			})
		)
		.refine((kinds) => SOURCE_KINDS.every((id) => kinds.some((kind) => kind.id === id)), {
			error: `chaque type de source doit être décrit (${SOURCE_KINDS.join(', ')})`
		}),
	banned: z.strictObject({ why: text, hosts: z.array(text), hostLabels: z.array(text) })
});

export type Source = z.infer<typeof sourceSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Operator = z.infer<typeof operatorSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type SourceHosts = z.infer<typeof sourceHostsSchema>;
export type UnsourcedLink = z.infer<typeof unsourcedLinkSchema>;

export function isHttpUrl(value: string): boolean {
	if (!/^https?:\/\/[^\s]+$/.test(value)) return false;
	try {
		const url = new URL(value);
		return url.hostname.includes('.');
	} catch {
		return false;
	}
}
