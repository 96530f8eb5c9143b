import { describe, expect, it } from 'vitest';
import {
	byOperator,
	compareOperatorSets,
	isOperatorId,
	howToAskLabel,
	operatorFullName,
	operatorNameAfterShortName,
	operatorName,
	operatorNames,
	operatorPairs,
	sortOperators
} from './operators';

describe('the canonical operator order', () => {
	it('sorts any operator set the report’s way, drops repeats and unknown ids', () => {
		expect(sortOperators(['anct', 'anru', 'cerema', 'anru', 'dreal'])).toEqual(['anru', 'cerema', 'anct']);
	});

	it('orders links by operator and keeps the rest stable', () => {
		const links = [
			{ operatorId: 'anct', n: 1 },
			{ operatorId: 'anah', n: 2 },
			{ operatorId: 'anct', n: 3 }
		];
		expect(byOperator(links, (link) => link.operatorId).map((link) => link.n)).toEqual([2, 1, 3]);
	});

	it('lists the 15 pairs of the six operators, and the pairs of a subset, in canonical order', () => {
		expect(operatorPairs()).toHaveLength(15);
		expect(operatorPairs(['anct', 'ademe', 'cerema'])).toEqual([
			['ademe', 'cerema'],
			['ademe', 'anct'],
			['cerema', 'anct']
		]);
	});

	it('compares sets rank by rank, a prefix first', () => {
		expect(compareOperatorSets(['anru', 'anah'], ['anru', 'ademe'])).toBeLessThan(0);
		expect(compareOperatorSets(['anru'], ['anru', 'anah'])).toBeLessThan(0);
		expect(compareOperatorSets(['anah'], ['anru', 'anct'])).toBeGreaterThan(0);
	});

	it('recognises only the six ids', () => {
		expect(['anru', 'bdt', 'ANRU', 'dreal', ''].map(isOperatorId)).toEqual([true, true, false, false, false]);
	});

	it('names an operator by its short name, or by its id when unknown', () => {
		const names = operatorNames([{ id: 'bdt', shortName: 'Banque des Territoires' }]);
		expect(operatorName(names, 'bdt')).toBe('Banque des Territoires');
		expect(operatorName(names, 'anru')).toBe('anru');
	});
});

describe('operator names', () => {
	const anah = { shortName: 'Anah', name: "Agence nationale de l'habitat" };
	const bdt = { shortName: 'Banque des Territoires', name: 'Banque des Territoires (groupe Caisse des Dépôts)' };

	it('writes a full name with its short name once', () => {
		expect(operatorFullName(anah)).toBe("Agence nationale de l'habitat (Anah)");
		expect(operatorFullName(bdt)).toBe('Banque des Territoires (groupe Caisse des Dépôts)');
	});

	it('after a tag showing the short name, adds only what the full name adds', () => {
		expect(operatorNameAfterShortName(anah)).toBe("Agence nationale de l'habitat");
		expect(operatorNameAfterShortName(bdt)).toBe('(groupe Caisse des Dépôts)');
	});
});

describe('the « how to ask » link', () => {
	it('announces a home page as the site, a deeper page as the way to ask', () => {
		expect(howToAskLabel({ shortName: 'Ademe', howToAskUrl: 'https://www.ademe.fr/' })).toBe(
			'Ademe\u202F: site internet'
		);
		expect(
			howToAskLabel({ shortName: 'Cerema', howToAskUrl: 'https://cerema.fr/fr/collectivites-territoriales' })
		).toBe('Cerema\u202F: comment le saisir');
	});
});
