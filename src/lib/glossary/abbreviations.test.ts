import { describe, expect, it } from 'vitest';
import { AbbreviationScope } from './abbreviations';

const scope = () =>
	new AbbreviationScope([
		{ term: 'OPAH', expansion: "opération programmée d'amélioration de l'habitat" },
		{ term: 'DDT', forms: ['DDTM'], expansion: 'direction départementale des territoires' },
		{ term: 'EPCI', expansion: 'établissement public de coopération intercommunale' }
	]);
const explained = (segments: { text: string; title?: string }[]) =>
	segments.filter((segment) => segment.title).map((segment) => segment.text);

describe('sigles on a page', () => {
	it('explains each sigle on its first use only, in whatever text comes first', () => {
		const page = scope();
		const first = Symbol('lead');
		const second = Symbol('offer');
		expect(explained(page.mark("L'EPCI monte une OPAH-RU avec la DDTM.", first))).toEqual(['EPCI', 'OPAH', 'DDTM']);
		expect(explained(page.mark("L'EPCI et la DDT", second))).toEqual([]);
	});

	it('keeps the text whole and leaves words that only contain a sigle alone', () => {
		const segments = scope().mark('Les EPCIS et OPAHS ; une EPCI.', Symbol('text'));
		expect(segments.map((segment) => segment.text).join('')).toBe('Les EPCIS et OPAHS ; une EPCI.');
		expect(explained(segments)).toEqual(['EPCI']);
	});

	it('gives a text its explanation back when it is computed again', () => {
		const page = scope();
		const owner = Symbol('description');
		page.mark('Une OPAH', owner);
		expect(explained(page.mark('Une OPAH, deux OPAH', owner))).toEqual(['OPAH']);
	});
});
