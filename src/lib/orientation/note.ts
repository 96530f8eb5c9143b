// The préfecture's orientation note: a request's needs, each with its topics and operators, and its plain-text
// form. Browser-safe.
import { eligibilityText, isOpenTo, type CommuneProfile, type ProgrammeLabel } from '../matrix/eligibility';
import { ROLES, ROLE_LABELS } from '../matrix/vocabulary';
import { operatorRank } from '../operators';
import { terms } from '../search/normalise';
import { searchTopics } from '../search/search';
import { isStopWord } from '../search/stopwords';
import type { SearchIndex } from '../search/types';
import type { Link, Operator, Topic } from '../types';
import { frenchTypography } from '../format/french';
import { sourceRef } from '../matrix/sources';
import { splitNeeds } from './needs';

/** Topics a need lists at most: enough to orient, few enough to read in an e-mail. */
export const NEED_TOPIC_LIMIT = 3;
/** A need's further topics score at least this share of its best one: two sure topics beat five loose ones. */
export const NEED_MIN_RELATIVE_SCORE = 0.5;

export type NoteTopicSource = Pick<Topic, 'id' | 'label' | 'operators'>;

/** One operator on one topic, for one need: its link (role, offer, who may ask) and how to reach it. */
export interface NeedOperator {
	operator: Operator;
	link: Link;
}

export interface NeedTopic {
	id: string;
	label: string;
	/** Ranked for the need: by role (the pilot first), then by how well the offer fits the need. */
	operators: NeedOperator[];
}

/** A need of the request, in its own words, and the topics that answer it (none: the note says so). */
export interface Need {
	text: string;
	topics: NeedTopic[];
}

export interface OrientOptions {
	/** The commune asking, when known: offers it can get come first, for topics and for operators. */
	preferOpenTo?: CommuneProfile;
}

const meaningfulTerms = (text: string) => terms(text).filter((term) => !isStopWord(term));

/** How many of the need's words the offer and its programmes hold: a closer offer comes first within a role. */
export function offerFit(link: Pick<Link, 'offer' | 'programmes'>, need: string): number {
	const offerTerms = new Set(meaningfulTerms([link.offer, ...link.programmes].join(' ')));
	return new Set(meaningfulTerms(need).filter((term) => offerTerms.has(term))).size;
}

/**
 * A topic's links in the order a need should use them: offers the commune can get first (when a commune is
 * given), then by role (pilot, financer, expertise, partner), then by fit to the need, then by breadth of
 * help, then in the operators' canonical order. Never a sum over topics: each need ranks its own operators.
 */
export function rankLinks<L extends Link>(links: readonly L[], need: string, commune?: CommuneProfile): L[] {
	const open = (link: L) => (commune && !isOpenTo(link.eligibleIf, commune) ? 1 : 0);
	const fit = new Map(links.map((link) => [link, offerFit(link, need)]));
	return [...links].sort(
		(a, b) =>
			open(a) - open(b) ||
			ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
			(fit.get(b) ?? 0) - (fit.get(a) ?? 0) ||
			b.kinds.length - a.kinds.length ||
			operatorRank(a.operatorId) - operatorRank(b.operatorId)
	);
}

/**
 * The needs of a request, each with its best topics and their operators ranked for it. A request that is a
 * topic's label (topic pages link to /orientation?q=<label>) is one need, even with an « et » inside.
 */
export function orientNeeds(
	index: SearchIndex,
	request: string,
	topics: readonly NoteTopicSource[],
	operators: readonly Operator[],
	options: OrientOptions = {}
): Need[] {
	const byId = new Map(topics.map((topic) => [topic.id, topic]));
	const operatorsById = new Map(operators.map((operator) => [operator.id, operator]));
	const requestKey = meaningfulTerms(request).join(' ');
	const isLabel = topics.some((topic) => meaningfulTerms(topic.label).join(' ') === requestKey);
	const texts = isLabel ? [request.trim()] : splitNeeds(request);
	return texts.map((text) => {
		const hits = searchTopics(index, text, NEED_TOPIC_LIMIT, { preferOpenTo: options.preferOpenTo });
		const best = Math.max(0, ...hits.map((hit) => hit.score));
		return {
			text,
			// A typo correction (« collecte » → « collège ») never joins topics an exact word found.
			topics: hits
				.filter((hit) => hit.fuzzy === hits[0].fuzzy && hit.score >= best * NEED_MIN_RELATIVE_SCORE)
				.flatMap((hit) => byId.get(hit.id) ?? [])
				.map((topic) => ({
					id: topic.id,
					label: topic.label,
					operators: rankLinks(topic.operators, text, options.preferOpenTo).flatMap((link) => {
						const operator = operatorsById.get(link.operatorId);
						return operator ? [{ operator, link }] : [];
					})
				}))
		};
	});
}

/** The distinct topics of the needs, in the order they first appear: the note's detail section. */
export function noteTopics<T extends { id: string }>(needs: readonly { topics: readonly T[] }[]): T[] {
	const seen = new Set<string>();
	return needs.flatMap((need) => need.topics).filter((topic) => !seen.has(topic.id) && !!seen.add(topic.id));
}

export interface OrientationNote {
	request: string;
	date: string;
	needs: Need[];
	/** Each topic once, with all its links (offers, programmes, sources), as on the topic page. */
	topics: { id: string; label: string; links: Link[] }[];
	programmes: readonly ProgrammeLabel[];
	/** Ranked for a small commune (`petite=1`): the note says so. */
	smallCommune: boolean;
	subsidiarity: string;
	reference: string;
	siteUrl: string;
}

/** « pilote » or « financeur, réservé aux communes Petites villes de demain »: an operator's place on a topic. */
export function roleText(link: Link, programmes: readonly ProgrammeLabel[]): string {
	const role = ROLE_LABELS[link.role].toLowerCase();
	if (link.eligibleIf.length === 0) return role;
	return `${role}, ${eligibilityText(link.eligibleIf, programmes).replace(/^R/, 'r')}`;
}

/** What a note ranked for a small commune says before its needs. */
export const SMALL_COMMUNE_NOTICE =
	"Classement pour une petite commune : les offres qu'elle peut demander passent devant celles réservées à d'autres programmes.";

const sources = (link: Link) =>
	link.sources.map((source) => `      Source : ${source.title} — ${source.url} (${sourceRef(source)})`);

function needLines(note: OrientationNote, need: Need, position: number): string[] {
	const heading = `  Besoin ${position + 1} : ${need.text}`;
	if (need.topics.length === 0)
		return [heading, `    Aucun sujet trouvé : reformulez ce besoin, ou consultez la matrice ${note.siteUrl}/matrice`];
	return [
		heading,
		...need.topics.flatMap((topic) => [
			`    → ${topic.label} — ${note.siteUrl}/sujets/${topic.id}`,
			...topic.operators.flatMap(({ operator, link }) => [
				`      → ${operator.shortName} (${roleText(link, note.programmes)})`,
				`        Point d'entrée : ${operator.entryPoint}`,
				`        Comment saisir : ${operator.howToAsk} ${operator.howToAskUrl}`
			])
		])
	];
}

/** The note as plain text, for an e-mail: same order as on screen, links written out. */
export function orientationNoteText(note: OrientationNote, operatorName: (id: Link['operatorId']) => string): string {
	const lines: string[] = [
		"Note d'orientation — ingénierie de l'État pour les collectivités",
		`Date : ${note.date}`,
		'',
		'Demande :',
		note.request.trim(),
		'',
		// The Senate insists the desk orients and local engineering comes first: the note says it before any operator.
		"1. D'abord l'ingénierie locale (subsidiarité)",
		note.subsidiarity,
		`Référence : ${note.reference}`,
		'',
		"2. Besoins : sujet, opérateurs de l'État à solliciter et porte d'entrée",
		...(note.smallCommune ? [SMALL_COMMUNE_NOTICE] : []),
		...note.needs.flatMap((need, position) => needLines(note, need, position)),
		'',
		'3. Sujets correspondants : offres et sources',
		...note.topics.flatMap((topic, position) => [
			`  ${position + 1}. ${topic.label} — ${note.siteUrl}/sujets/${topic.id}`,
			...topic.links.flatMap((link) => [
				`    - ${operatorName(link.operatorId)} : ${link.offer}`,
				...(link.programmes.length > 0 ? [`      Programmes : ${link.programmes.join(', ')}`] : []),
				...sources(link)
			])
		])
	];
	return frenchTypography(lines.join('\n'));
}
