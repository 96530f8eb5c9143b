import { describe, expect, it } from 'vitest';
import { SMALL_COMMUNE } from '../matrix/eligibility';
import { buildSearchIndex, type SearchEntry } from '../search';
import type { Link, Operator } from '../types';
import { orientationNoteText, orientNeeds, rankLinks, type OrientationNote } from './note';

const link = (operatorId: Link['operatorId'], role: Link['role'], offer: string, more: Partial<Link> = {}): Link => ({
	operatorId,
	offer,
	programmes: [],
	kinds: ['etude'],
	phases: ['amont'],
	role,
	eligibleIf: [],
	sources: [{ url: 'https://exemple.fr/source', title: 'Source', checkedOn: '2026-12-02' }],
	...more
});

const operator = (id: Operator['id'], shortName: string): Operator => ({
	id,
	shortName,
	name: `Nom de ${shortName}`,
	mandate: 'Mandat.',
	website: `https://${id}.example.fr/`,
	entryPoint: `Guichet ${shortName}`,
	howToAsk: 'Écrire au guichet.',
	howToAskUrl: `https://${id}.example.fr/saisir`
});
const operators = [
	operator('ademe', 'Ademe'),
	operator('cerema', 'Cerema'),
	operator('bdt', 'BdT'),
	operator('anct', 'ANCT')
];

// The Banque des Territoires funds every topic here, as in the real matrix: it must not lead every need.
const topics = [
	{
		id: 'friches',
		label: 'Reconvertir une friche polluée',
		operators: [
			link('bdt', 'financeur', 'Prête pour les travaux.'),
			link('ademe', 'financeur', 'Subventionne les études de dépollution.'),
			link('cerema', 'pilote', 'Repère les friches.')
		]
	},
	{
		id: 'ponts',
		label: 'Réparer les ponts',
		operators: [link('bdt', 'financeur', 'Prête pour réparer.'), link('cerema', 'pilote', 'Inspecte les ponts.')]
	},
	{
		id: 'chaleur',
		label: 'Chaleur renouvelable (fioul à remplacer)',
		operators: [link('bdt', 'partenaire', 'Cofinance.'), link('ademe', 'pilote', 'Fonds chaleur.')]
	},
	{
		id: 'centre',
		label: 'Revitaliser le centre',
		operators: [
			link('anct', 'pilote', 'Programme des villes moyennes.', { eligibleIf: [{ programme: 'acv' }] }),
			link('bdt', 'financeur', 'Prête aux villages.', { eligibleIf: [{ populationMax: 3500 }] })
		]
	}
];
const entries: SearchEntry[] = topics.map((topic) => ({
	id: topic.id,
	label: topic.label,
	themeLabel: 'Thème',
	keywords: [],
	programmes: [],
	operators: topic.operators.map((item) => item.operatorId),
	offers: {},
	reserved: Object.fromEntries(
		topic.operators.filter((item) => item.eligibleIf.length > 0).map((item) => [item.operatorId, item.eligibleIf])
	)
}));
const index = buildSearchIndex(entries);

describe('orientNeeds', () => {
	const request = 'Reconvertir la friche polluée.\nLe pont est à réparer.\nLa chaudière au fioul est à remplacer.';

	it('gives each need its own topic, so none is dropped', () => {
		const needs = orientNeeds(index, request, topics, operators);
		expect(needs.map((need) => need.topics[0]?.id)).toEqual(['friches', 'ponts', 'chaleur']);
	});

	it('ranks operators per need by their role, not by how many topics they appear on', () => {
		const needs = orientNeeds(index, request, topics, operators);
		expect(needs.map((need) => need.topics[0].operators[0].operator.id)).toEqual(['cerema', 'cerema', 'ademe']);
	});

	it('says which need found nothing', () => {
		const needs = orientNeeds(index, 'Réparer le pont.\nOrganiser un concert de jazz.', topics, operators);
		expect(needs.map((need) => need.topics.length)).toEqual([1, 0]);
	});

	it('keeps a topic label as one need, even with an « et » inside', () => {
		const label = 'Réparer les ponts communaux et sécuriser les passerelles piétonnes';
		expect(orientNeeds(index, label, [{ ...topics[1], label }], operators)).toHaveLength(1);
	});
});

describe('rankLinks', () => {
	it('puts the pilot first, then the offer that fits the need best', () => {
		const ranked = rankLinks(topics[0].operators, 'financer les études de dépollution');
		expect(ranked.map((item) => item.operatorId)).toEqual(['cerema', 'ademe', 'bdt']);
	});

	it('puts offers a small commune can get before offers reserved to others', () => {
		expect(rankLinks(topics[3].operators, 'centre').map((item) => item.operatorId)).toEqual(['anct', 'bdt']);
		expect(rankLinks(topics[3].operators, 'centre', SMALL_COMMUNE).map((item) => item.operatorId)).toEqual([
			'bdt',
			'anct'
		]);
	});
});

describe('orientationNoteText', () => {
	it('writes each need → topic → operators → entry point, says when a need found nothing, then offers and sources', () => {
		const needs = orientNeeds(index, 'Réparer le pont.\nOrganiser un concert de jazz.', topics, operators);
		const note: OrientationNote = {
			request: 'Réparer le pont. Organiser un concert de jazz.',
			date: '2 décembre 2026',
			needs,
			topics: [{ id: 'ponts', label: 'Réparer les ponts', links: topics[1].operators }],
			programmes: [],
			smallCommune: false,
			subsidiarity: "D'abord l'ingénierie locale.",
			reference: 'Sénat, rapport n° 126',
			siteUrl: 'https://qui-fait-quoi.example'
		};
		const typeset = orientationNoteText(note, (id) => id.toUpperCase());
		// The plain text is typeset like the pages (narrow no-break spaces); compare words here.
		expect(typeset).toContain("Point d'entrée\u202F: Guichet Cerema");
		const text = typeset.replace(/[\u202F\u00A0]/g, ' ');
		expect(text).toContain('Besoin 1 : Réparer le pont.');
		expect(text).toContain('→ Réparer les ponts — https://qui-fait-quoi.example/sujets/ponts');
		expect(text).toContain('→ Cerema (pilote)');
		expect(text).toContain("Point d'entrée : Guichet Cerema");
		expect(text).toContain('https://cerema.example.fr/saisir');
		expect(text.indexOf('Cerema (pilote)')).toBeLessThan(text.indexOf('BdT (financeur)'));
		expect(text).toContain('Besoin 2 : Organiser un concert de jazz.');
		expect(text).toContain('Aucun sujet trouvé');
		expect(text).toContain('CEREMA : Inspecte les ponts.');
		expect(text).toContain('https://exemple.fr/source (exemple.fr, consultée le 2 décembre 2026)');
		expect(text.indexOf("D'abord l'ingénierie locale.")).toBeLessThan(text.indexOf('Besoin 1'));
		expect(text).not.toMatch(/<[a-z]/);
	});
});
