import { describe, expect, it } from 'vitest';
import { MAX_NEEDS, splitNeeds } from './needs';

describe('splitNeeds', () => {
	it('cuts a pasted request at sentence ends and line breaks', () => {
		expect(
			splitNeeds("Nous voulons reconvertir la laiterie polluée.\nLe pont est fissuré. L'école est chauffée au fioul !")
		).toEqual([
			'Nous voulons reconvertir la laiterie polluée.',
			'Le pont est fissuré.',
			"L'école est chauffée au fioul !"
		]);
	});

	it('cuts at « et » and « ainsi que » when each side states a need of its own', () => {
		expect(splitNeeds('Rénover la mairie énergivore et créer une piste cyclable')).toEqual([
			'Rénover la mairie énergivore',
			'créer une piste cyclable'
		]);
		expect(splitNeeds("végétaliser les cours d'école ainsi que rénover l'éclairage public")).toEqual([
			"végétaliser les cours d'école",
			"rénover l'éclairage public"
		]);
	});

	it('keeps « et » inside one need when a side is a single word', () => {
		expect(splitNeeds('Nous voulons former les élus et les agents.')).toEqual([
			'Nous voulons former les élus et les agents.'
		]);
		expect(splitNeeds('friche et logements')).toEqual(['friche et logements']);
	});

	it('drops greetings, signatures made of stop-words and list numbers', () => {
		expect(
			splitNeeds('Madame, Monsieur,\n\nBonjour.\n1. Réparer le pont.\n2. Rénover la salle des fêtes.\nMerci.')
		).toEqual(['Réparer le pont.', 'Rénover la salle des fêtes.']);
	});

	it(`keeps at most ${MAX_NEEDS} needs, the rest joined into the last`, () => {
		const sentences = Array.from({ length: MAX_NEEDS + 3 }, (_, n) => `Besoin numéro ${n} pont.`);
		const needs = splitNeeds(sentences.join(' '));
		expect(needs).toHaveLength(MAX_NEEDS);
		expect(needs[MAX_NEEDS - 1]).toContain(`numéro ${MAX_NEEDS + 2}`);
	});
});
