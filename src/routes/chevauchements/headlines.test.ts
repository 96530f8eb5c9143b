import { describe, expect, it } from 'vitest';
import { overlapReport, type OverlapTopic } from '$lib/overlaps/report';
import { OPERATOR_IDS } from '$lib/operators';
import { formatPercent } from '$lib/format/french';
import { headlines, headlineText, topItems } from './headlines';

const NAMES = Object.fromEntries(OPERATOR_IDS.map((id) => [id, id.toUpperCase()]));
const THEMES = [{ id: 'x' }, { id: 'y' }];
const LABELS = { x: 'Thème X', y: 'Thème Y' };
const sentences = (topics: OverlapTopic[]) =>
	headlines(overlapReport(THEMES, topics), NAMES, LABELS).map((headline) => headlineText(headline));

describe('the overlap headlines', () => {
	it('names the pair that overlaps most, with its count and its rows in the matrix', () => {
		const topics: OverlapTopic[] = [
			{ id: 'a', themeId: 'x', operators: ['cerema', 'bdt'] },
			{ id: 'b', themeId: 'x', operators: ['bdt', 'cerema', 'anct'] },
			{ id: 'c', themeId: 'y', operators: ['anct'] }
		];
		const [pair, combination, operator, theme] = headlines(overlapReport(THEMES, topics), NAMES, LABELS);
		expect(headlineText(pair)).toBe('La paire qui se chevauche le plus : CEREMA et BDT, 2 sujets.');
		expect(pair.items[0].href).toBe('/matrice?operateur=cerema&operateur=bdt');
		expect(headlineText(combination)).toMatch(/, ex aequo : CEREMA et BDT, 1 sujet ; CEREMA, BDT et ANCT, 1 sujet\.$/);
		expect(headlineText(operator)).toBe(
			"Les opérateurs qui partagent le plus de sujets avec d'autres, ex aequo : CEREMA, 2 sujets partagés sur 2 ; BDT, 2 sujets partagés sur 2."
		);
		expect(headlineText(theme)).toBe(
			`Le thème où les chevauchements sont les plus fréquents : Thème X, 2 sujets sur 2 à plusieurs opérateurs (${formatPercent(1)}).`
		);
	});

	it('says « ex aequo » and lists every pair tied for the top', () => {
		const [pair] = sentences([
			{ id: 'a', themeId: 'x', operators: ['anru', 'anah'] },
			{ id: 'b', themeId: 'x', operators: ['ademe', 'anct'] }
		]);
		expect(pair).toBe(
			'Les paires qui se chevauchent le plus, ex aequo : ANRU et ANAH, 1 sujet ; ADEME et ANCT, 1 sujet.'
		);
	});

	it('says so when no topic has two operators', () => {
		expect(sentences([{ id: 'a', themeId: 'x', operators: ['anru'] }])).toEqual([
			"Aucune paire d'opérateurs ne partage de sujet.",
			"Aucun sujet n'a plusieurs opérateurs.",
			'Aucun opérateur ne partage de sujet avec un autre.',
			"Aucun thème n'a de sujet à plusieurs opérateurs."
		]);
	});

	it('keeps every item tied for the largest value, none when it is zero', () => {
		expect(topItems([3, 1, 3], (n) => n)).toEqual([3, 3]);
		expect(topItems([0, 0], (n) => n)).toEqual([]);
	});
});
