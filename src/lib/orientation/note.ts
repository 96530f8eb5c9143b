// The préfecture's orientation note: operators ranked for a request, and its plain-text form. Browser-safe.
import { operatorFullName, type OperatorId } from '../operators';
import type { Link, Operator, Topic } from '../types';
import type { SearchHit } from '../search/types';
import { frenchTypography } from '../format/french';
import { sourceRef } from '../matrix/sources';

/** Topics a note lists: enough to orient, few enough to read in an e-mail. */
export const NOTE_TOPIC_LIMIT = 5;

export interface OperatorRank {
	operatorId: OperatorId;
	/** Sum of the scores of the note's topics the operator works on. */
	score: number;
	topicIds: string[];
}

/** Operators for a request: each scores the summed score of the ranked topics it appears on. */
export function rankOperators(
	hits: readonly SearchHit[],
	topics: readonly Pick<Topic, 'id' | 'operators'>[]
): OperatorRank[] {
	const byId = new Map(topics.map((topic) => [topic.id, topic]));
	const ranks = new Map<OperatorId, OperatorRank>();
	for (const hit of hits) {
		for (const link of byId.get(hit.id)?.operators ?? []) {
			const rank = ranks.get(link.operatorId) ?? { operatorId: link.operatorId, score: 0, topicIds: [] };
			rank.score += hit.score;
			rank.topicIds.push(hit.id);
			ranks.set(link.operatorId, rank);
		}
	}
	return [...ranks.values()].sort((a, b) => b.score - a.score || b.topicIds.length - a.topicIds.length);
}

export interface OrientationNote {
	request: string;
	date: string;
	operators: { operator: Operator; topicLabels: string[] }[];
	topics: { id: string; label: string; links: Link[] }[];
	subsidiarity: string;
	reference: string;
	siteUrl: string;
}

const sources = (link: Link) =>
	link.sources.map((source) => `      Source : ${source.title} — ${source.url} (${sourceRef(source)})`);

/** The note as plain text, for an e-mail: same order as on screen, links written out. */
export function orientationNoteText(note: OrientationNote, operatorName: (id: OperatorId) => string): string {
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
		"2. Opérateurs de l'État à solliciter, par pertinence",
		...note.operators.flatMap(({ operator, topicLabels }, position) => [
			`  ${position + 1}. ${operatorFullName(operator)} — sujets : ${topicLabels.join(' ; ')}`,
			`     Point d'entrée : ${operator.entryPoint}`,
			`     Comment saisir : ${operator.howToAsk} ${operator.howToAskUrl}`
		]),
		'',
		'3. Sujets correspondants',
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
