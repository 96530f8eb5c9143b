import { describe, expect, it } from 'vitest';
import { orientationNoteText, rankOperators, type OrientationNote } from './note';
import type { Link, Operator } from '../types';

const link = (operatorId: Link['operatorId'], offer: string): Link => ({
	operatorId,
	offer,
	programmes: ['Programme'],
	kinds: ['etude'],
	phases: ['amont'],
	role: 'expertise',
	eligibleIf: [],
	sources: [{ url: 'https://exemple.fr/source', title: 'Source', checkedOn: '2026-11-28' }]
});

const topics = [
	{ id: 'a', label: 'Sujet A', operators: [link('cerema', 'Offre Cerema A.'), link('anct', 'Offre ANCT A.')] },
	{ id: 'b', label: 'Sujet B', operators: [link('anct', 'Offre ANCT B.')] },
	{ id: 'c', label: 'Sujet C', operators: [link('ademe', 'Offre Ademe C.')] }
];

describe('rankOperators', () => {
	it('ranks operators by the summed score of the topics they work on', () => {
		const hits = [
			{ id: 'a', score: 0.9, matches: [] },
			{ id: 'c', score: 0.5, matches: [] },
			{ id: 'b', score: 0.3, matches: [] }
		];
		expect(rankOperators(hits, topics).map((rank) => [rank.operatorId, rank.topicIds])).toEqual([
			['anct', ['a', 'b']],
			['cerema', ['a']],
			['ademe', ['c']]
		]);
	});
});

describe('orientationNoteText', () => {
	it('writes the request, operators with entry points, offers with sources, and the subsidiarity reminder', () => {
		const anct: Operator = {
			id: 'anct',
			shortName: 'ANCT',
			name: 'Agence nationale de la cohésion des territoires',
			mandate: 'Mandat.',
			website: 'https://anct.example.fr/',
			entryPoint: 'Le préfet de département',
			howToAsk: 'Écrire au guichet.',
			howToAskUrl: 'https://anct.example.fr/saisir'
		};
		const note: OrientationNote = {
			request: 'Réhabiliter la friche',
			date: '28 novembre 2026',
			operators: [{ operator: anct, topicLabels: ['Sujet B'] }],
			topics: [{ id: 'b', label: 'Sujet B', links: topics[1].operators }],
			subsidiarity: "D'abord l'ingénierie locale.",
			reference: 'Sénat, rapport n° 126',
			siteUrl: 'https://qui-fait-quoi.example'
		};
		const typeset = orientationNoteText(note, (id) => id.toUpperCase());
		// The plain text is typeset like the pages (narrow no-break spaces); compare words here.
		expect(typeset).toContain("Point d'entrée\u202F: Le préfet");
		const text = typeset.replace(/[\u202F\u00A0]/g, ' ');
		expect(text).toContain('Réhabiliter la friche');
		expect(text).toContain("Point d'entrée : Le préfet de département");
		expect(text).toContain('https://anct.example.fr/saisir');
		expect(text).toContain('https://qui-fait-quoi.example/sujets/b');
		expect(text).toContain('ANCT : Offre ANCT B.');
		expect(text).toContain('https://exemple.fr/source (exemple.fr, consultée le 28 novembre 2026)');
		expect(text.indexOf('Agence nationale de la cohésion des territoires (ANCT)')).toBeGreaterThan(0);
		expect(text.indexOf('Agence nationale de la cohésion des territoires (ANCT)')).toBeLessThan(
			text.indexOf('Sujet B —')
		);
		expect(text).toContain("D'abord l'ingénierie locale.");
		expect(text).not.toMatch(/<[a-z]/);
	});
});
