import { describe, expect, it } from 'vitest';
import { eligibilityText, formatConditions, parseConditions, type Condition } from './eligibility';

const programmes = [
	{ id: 'pvd', label: 'Petites villes de demain', communes: 'les communes Petites villes de demain' },
	{ id: 'va', label: "Villages d'avenir", communes: "les communes Villages d'avenir" }
];
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('who may ask, in words', () => {
	it('says an offer without conditions is open to every commune and intercommunality', () => {
		expect(eligibilityText([], programmes)).toBe('Ouvert à toutes les communes et intercommunalités');
	});

	it('names the programme, and joins alternatives with « ou »', () => {
		expect(eligibilityText([{ programme: 'pvd' }], programmes)).toBe('Réservé aux communes Petites villes de demain');
		expect(plain(eligibilityText([{ programme: 'va' }, { populationMax: 3500 }], programmes))).toBe(
			"Réservé aux communes Villages d'avenir ou aux communes de 3 500 habitants au plus"
		);
	});
});

describe('the spreadsheet cell', () => {
	it('goes to text and back unchanged', () => {
		const conditions: Condition[] = [{ programme: 'pvd' }, { populationMax: 3500 }];
		expect(formatConditions(conditions)).toBe('pvd | population<=3500');
		expect(parseConditions(['pvd', 'population <= 3500'])).toEqual(conditions);
	});
});
