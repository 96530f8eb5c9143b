import { describe, expect, it } from 'vitest';
import { countLabel, formatDate, formatNumber, formatPercent, formatShare, listLabel, plural } from './french';

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
});
