import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	alternativesLabel,
	countLabel,
	formatDate,
	formatNumber,
	formatPercent,
	formatShare,
	frenchTypography,
	listLabel,
	plural
} from './french';

/** Intl separates with narrow or plain no-break spaces depending on the ICU version: compare words, not spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('French formats', () => {
	it('agrees nouns the French way: 0 and 1 singular', () => {
		expect([0, 1, 2].map((count) => plural(count, 'sujet'))).toEqual(['sujet', 'sujet', 'sujets']);
		expect(plain(countLabel(1644, 'territoire'))).toBe('1 644 territoires');
		expect(countLabel(1, 'sujet partagé', 'sujets partagés')).toBe('1 sujet partagé');
	});

	it('writes lists with « et »', () => {
		expect(listLabel(['Ademe'])).toBe('Ademe');
		expect(listLabel(['Ademe', 'Cerema'])).toBe('Ademe et Cerema');
		expect(listLabel(['Ademe', 'Cerema', 'ANCT'])).toBe('Ademe, Cerema et ANCT');
	});

	it('writes numbers, dates and rates in French', () => {
		expect(plain(formatNumber(34935))).toBe('34 935');
		expect(formatDate('2026-11-28')).toBe('28 novembre 2026');
		expect(plain(formatShare(1644 / 34935))).toBe('4,7 %');
		expect(plain(formatPercent(0.8125))).toBe('81 %');
	});

	// formatNumber and plural skip Intl for whole numbers (its first formatter costs the page tens of ms): they must
	// still say what Intl says, for every whole number a page may print.
	it('groups whole numbers as Intl does, with the narrow no-break space', () => {
		const intl = new Intl.NumberFormat('fr-FR');
		fc.assert(
			fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (value) => {
				expect(formatNumber(value)).toBe(intl.format(value).replace(/[\u00A0\u202F]/g, '\u202F'));
			})
		);
		expect(formatNumber(1234567)).toBe('1\u202F234\u202F567');
		expect(plain(formatNumber(-1234.5))).toBe('-1 234,5');
	});

	it('writes ISO dates as Intl does', () => {
		const intl = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
				(date) => {
					const iso = date.toISOString().slice(0, 10);
					expect(formatDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
				}
			)
		);
		// A day the calendar lacks is read as Date reads it (3 March), as with Intl.
		expect(formatDate('2026-02-31')).toBe(intl.format(new Date('2026-02-31T00:00:00Z')));
		expect(() => formatDate('pas une date')).toThrow(RangeError);
	});

	it('writes lists as Intl does, with « et » and « ou »', () => {
		const and = new Intl.ListFormat('fr-FR', { style: 'long', type: 'conjunction' });
		const or = new Intl.ListFormat('fr-FR', { style: 'long', type: 'disjunction' });
		fc.assert(
			fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 6 }), (items) => {
				expect(listLabel(items)).toBe(and.format(items));
				expect(alternativesLabel(items)).toBe(or.format(items));
			})
		);
	});

	it('agrees nouns with whole counts as Intl does', () => {
		const rules = new Intl.PluralRules('fr-FR');
		fc.assert(
			fc.property(fc.integer({ min: -1_000_000, max: 10_000_000 }), (count) => {
				const expected = rules.select(count) === 'one' ? 'sujet' : 'sujets';
				expect(plural(count, 'sujet')).toBe(expected);
			})
		);
		expect(plural(1.5, 'sujet')).toBe('sujet');
	});
});

/** Shows the two no-break spaces so a failing expectation says which one is where. */
const spaces = (text: string) => text.replace(/\u202F/g, '⍽').replace(/\u00A0/g, '°');

describe('French typography', () => {
	it('puts a narrow no-break space before « ; : ! ? » and inside « »', () => {
		expect(spaces(frenchTypography('Qui fait quoi ?'))).toBe('Qui fait quoi⍽?');
		expect(spaces(frenchTypography('Pour le guichet: collez la demande ; puis imprimez !'))).toBe(
			'Pour le guichet⍽: collez la demande⍽; puis imprimez⍽!'
		);
		expect(spaces(frenchTypography('le rapport « ANCT : 18 mois après »'))).toBe('le rapport «⍽ANCT⍽: 18°mois après⍽»');
		expect(spaces(frenchTypography('Vraiment ?!'))).toBe('Vraiment⍽?!');
	});

	it('keeps numbers and units together', () => {
		expect(spaces(frenchTypography('les communes de moins de 20 000 habitants'))).toBe(
			'les communes de moins de 20⍽000°habitants'
		);
		expect(spaces(frenchTypography('1 500 000 € et 45 M€, soit 50%'))).toBe('1⍽500⍽000°€ et 45°M€, soit 50⍽%');
		expect(spaces(frenchTypography('rapport n° 126'))).toBe('rapport n°°126');
	});

	it('leaves addresses, times, years beside counts and line breaks alone', () => {
		for (const text of [
			'https://anru.fr/page?q=1&x=2 suite',
			'10:30',
			'en 2024 500 communes',
			'ligne\n: suite',
			'3 types'
		])
			expect(frenchTypography(text)).toBe(text);
	});

	it('changes only spaces, and a second pass changes nothing', () => {
		const withoutSpaces = (text: string) => text.replace(/[\s\u202F\u00A0]/g, '');
		const frenchish = fc.stringMatching(/^[a-zé0-9 «»;:!?%€,.\n\u00A0\u202F-]{0,60}$/);
		fc.assert(
			fc.property(fc.oneof(frenchish, fc.string()), (text) => {
				const typeset = frenchTypography(text);
				expect(withoutSpaces(typeset)).toBe(withoutSpaces(text));
				expect(frenchTypography(typeset)).toBe(typeset);
			})
		);
	});
});
