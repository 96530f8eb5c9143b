/**
 * Deterministic synthetic French corpora for the bench: the national picture (every département's local
 * engineering actors beside the six operators), as datasets shaped like data/, with queries that each name
 * their intended entry so top-3 accuracy can be measured.
 */
import { HELP_KINDS, PHASES } from '../../src/lib/matrix/vocabulary';
import { OPERATOR_IDS, type OperatorId } from '../../src/lib/operators';
import type { Dataset, Operator, Topic } from '../../src/lib/types';
import { ACTORS, DEPARTEMENTS, OFFER_MEANS, OFFER_OBJECTS, OFFER_VERBS, SUBJECTS, THEMES } from './vocabulary';

export const QUERY_KINDS = ['unaccented', 'typo', 'half-typed', 'multi-word'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface BenchQuery {
	text: string;
	kind: QueryKind | 'hand-written';
	/** The entries a person typing this wants to see: any one of them in the top 3 counts as found. */
	expectedIds: string[];
}

/** Every (subject, actor, département) triple is one entry: enough for 100 000 distinct entries. */
export const MAX_SYNTHETIC_ENTRIES = SUBJECTS.length * ACTORS.length * DEPARTEMENTS.length;

/** mulberry32: a tiny seeded generator, so every run and every machine sees the same corpus. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function shuffle<T>(random: () => number, items: T[]): T[] {
	for (let i = items.length - 1; i > 0; i -= 1) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j], items[i]];
	}
	return items;
}

/** What someone typing without accents produces: « Écoles » → « ecoles », « cœur » → « coeur ». */
export function unaccent(text: string): string {
	return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

const STOP_WORDS = new Set([
	'de',
	'des',
	'du',
	'la',
	'le',
	'les',
	'l',
	'd',
	'et',
	'en',
	'a',
	'au',
	'aux',
	'sur',
	'pour',
	'un',
	'une'
]);

/** The words a person would type for a label: unaccented, without articles and prepositions. */
export function contentWords(text: string): string[] {
	return unaccent(text)
		.split(/[^a-z0-9]+/)
		.filter((word) => word.length > 0 && !STOP_WORDS.has(word));
}

/** One slip of the finger in a word of five letters or more: swapped, dropped, doubled or wrong letter. */
export function typo(random: () => number, word: string): string {
	if (word.length < 5) return word;
	const at = 1 + Math.floor(random() * (word.length - 2));
	switch (Math.floor(random() * 4)) {
		case 0:
			return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
		case 1:
			return word.slice(0, at) + word.slice(at + 1);
		case 2:
			return word.slice(0, at) + word[at] + word.slice(at);
		default:
			return word.slice(0, at) + pick(random, ['e', 'a', 's', 'i', 'n', 't']) + word.slice(at + 1);
	}
}

/** « renovation energetique ecoles » → « renov energ ecol »: each word cut to what people type before looking. */
function halfTyped(random: () => number, words: string[]): string {
	return words.map((word) => (word.length <= 4 ? word : word.slice(0, 4 + Math.floor(random() * 2)))).join(' ');
}

/** The longest words first: typos land in the words that carry the meaning. */
function withTypoInLongest(random: () => number, words: string[]): string {
	let longest = 0;
	words.forEach((word, index) => {
		if (word.length > words[longest].length) longest = index;
	});
	return words.map((word, index) => (index === longest ? typo(random, word) : word)).join(' ');
}

const OPERATOR_NAMES: Record<OperatorId, [shortName: string, name: string]> = {
	anru: ['ANRU', 'Agence nationale pour la rénovation urbaine'],
	anah: ['Anah', 'Agence nationale de l’habitat'],
	ademe: ['Ademe', 'Agence de la transition écologique'],
	cerema: ['Cerema', 'Centre d’études et d’expertise sur les risques, l’environnement, la mobilité et l’aménagement'],
	bdt: ['Banque des Territoires', 'Banque des Territoires (Caisse des dépôts)'],
	anct: ['ANCT', 'Agence nationale de la cohésion des territoires']
};

function syntheticOperators(): Operator[] {
	return OPERATOR_IDS.map((id) => ({
		id,
		shortName: OPERATOR_NAMES[id][0],
		name: OPERATOR_NAMES[id][1],
		mandate: 'Opérateur de l’État (corpus synthétique).',
		website: `https://${id}.example.fr/`,
		entryPoint: 'Préfecture',
		howToAsk: 'Écrire au préfet de département.',
		howToAskUrl: `https://${id}.example.fr/contact`
	}));
}

const slug = (text: string) => contentWords(text).join('-');

/**
 * `size` entries, always the same ones for the same size and seed. Each entry is one actor of one
 * département on one subject, labelled « Voirie communale — Agence technique départementale (Creuse) ».
 */
export function syntheticDataset(size: number, seed = 2026): Dataset {
	if (size > MAX_SYNTHETIC_ENTRIES) throw new Error(`corpus synthétique limité à ${MAX_SYNTHETIC_ENTRIES} entrées`);
	const random = seededRandom(seed);
	const triples = shuffle(
		random,
		Array.from({ length: MAX_SYNTHETIC_ENTRIES }, (_, index) => index)
	).slice(0, size);
	const themes = THEMES.map((label) => ({
		id: slug(label),
		label,
		description: `Thème « ${label} » (corpus synthétique).`
	}));
	const topics: Topic[] = triples.map((triple) => {
		const subject = SUBJECTS[triple % SUBJECTS.length];
		const actor = ACTORS[Math.floor(triple / SUBJECTS.length) % ACTORS.length];
		const [code, departement] = DEPARTEMENTS[Math.floor(triple / (SUBJECTS.length * ACTORS.length))];
		const operatorCount = 1 + Math.floor(random() * 3);
		const operators = shuffle(random, [...OPERATOR_IDS]).slice(0, operatorCount);
		return {
			id: `${slug(subject.label)}-${actor.acronym.toLowerCase()}-${code.toLowerCase()}`,
			themeId: themes[subject.theme].id,
			label: `${subject.label} — ${actor.name} (${departement})`,
			description: `${actor.name} (${departement}) : ${subject.label.toLowerCase()}.`,
			keywords: [...subject.keywords, actor.acronym, departement, code],
			operators: operators.map((operatorId) => ({
				operatorId,
				offer: `${OPERATOR_NAMES[operatorId][0]} ${pick(random, OFFER_VERBS)} ${pick(random, OFFER_OBJECTS)} ${pick(random, OFFER_MEANS)}.`,
				programmes: subject.programmes,
				kinds: [pick(random, HELP_KINDS)],
				phases: [pick(random, PHASES)],
				role: 'expertise' as const,
				eligibleIf: [],
				sources: [
					{ url: `https://${operatorId}.example.fr/${code}`, title: 'Source synthétique', checkedOn: '2026-11-28' }
				]
			}))
		};
	});
	return {
		operators: syntheticOperators(),
		themes,
		topics,
		programmes: [{ id: 'pvd', label: 'Petites villes de demain', communes: 'les communes Petites villes de demain' }],
		sourceHosts: SYNTHETIC_SOURCE_HOSTS,
		unsourced: []
	};
}

/** The synthetic sources live on example.fr, which this table calls the operators' own site. */
const SYNTHETIC_SOURCE_HOSTS: Dataset['sourceHosts'] = {
	kinds: [
		{ id: 'operateur', label: 'Site de l’opérateur (synthétique)', hosts: ['example.fr'] },
		{ id: 'etat', label: 'Site de l’État', hosts: [] },
		{ id: 'presse', label: 'Presse', hosts: [] },
		{ id: 'autre', label: 'Autre', hosts: [] }
	],
	banned: { why: 'copie', hosts: [], hostLabels: [] }
};

/** Four queries for one topic: unaccented, one typo, half-typed, and multi-word from its keywords. */
function queriesFor(random: () => number, topic: Topic, labelWords: string[], keywordWords: string[]): BenchQuery[] {
	const expectedIds = [topic.id];
	return [
		{ kind: 'unaccented', text: labelWords.join(' '), expectedIds },
		{ kind: 'typo', text: withTypoInLongest(random, labelWords), expectedIds },
		{ kind: 'half-typed', text: halfTyped(random, labelWords), expectedIds },
		{ kind: 'multi-word', text: keywordWords.join(' '), expectedIds }
	];
}

/**
 * `count` queries over a synthetic dataset, kinds interleaved, same for every run. Each names the subject
 * and the département, plus the actor's acronym only where the corpus holds several actors for that
 * pair: the least that tells the intended entry from the others, as a person would type it.
 */
export function syntheticQueries(dataset: Dataset, count: number, seed = 7): BenchQuery[] {
	const random = seededRandom(seed);
	const parts = (topic: Topic) => {
		const [subjectLabel] = topic.label.split(' — ');
		const [acronym, departement, code] = topic.keywords.slice(-3);
		return { subjectLabel, acronym, departement, pair: `${subjectLabel}|${code}` };
	};
	const pairCounts = new Map<string, number>();
	for (const topic of dataset.topics) {
		const { pair } = parts(topic);
		pairCounts.set(pair, (pairCounts.get(pair) ?? 0) + 1);
	}
	const queries: BenchQuery[] = [];
	for (const topic of shuffle(random, [...dataset.topics])) {
		if (queries.length >= count) break;
		const { subjectLabel, acronym, departement, pair } = parts(topic);
		const place = [...(pairCounts.get(pair) === 1 ? [] : [acronym.toLowerCase()]), ...contentWords(departement)];
		const subjectWords = contentWords(subjectLabel).slice(0, 2);
		const keywordWords = contentWords(pick(random, topic.keywords.slice(0, -3))).slice(0, 2);
		queries.push(...queriesFor(random, topic, [...subjectWords, ...place], [...keywordWords, ...place]));
	}
	return queries.slice(0, count);
}

/** Queries derived from the real topics the same way: each topic's label and keywords, degraded. */
export function datasetQueries(dataset: Dataset, seed = 11): BenchQuery[] {
	const random = seededRandom(seed);
	return dataset.topics.flatMap((topic) => {
		const labelWords = contentWords(topic.label).slice(0, 4);
		const keywords = topic.keywords.length > 0 ? contentWords(pick(random, topic.keywords)).slice(0, 3) : labelWords;
		return queriesFor(random, topic, labelWords, keywords.length > 0 ? keywords : labelWords);
	});
}
