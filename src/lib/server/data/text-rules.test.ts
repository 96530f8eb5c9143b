import { describe, expect, it } from 'vitest';
import { checkedOnDate, forbiddenCharacter, paragraph, text, today } from './text-rules';

describe('forbiddenCharacter', () => {
	it('refuses C0 and C1 controls and direction overrides and isolates, naming the code point and position', () => {
		expect(forbiddenCharacter('a\u0000b', true)).toMatch(/^caractère de contrôle U\+0000 \(caractère n° 2\) interdit/);
		expect(forbiddenCharacter('é\u001b[31m', true)).toMatch(/U\+001B \(caractère n° 2\)/);
		expect(forbiddenCharacter('x\u0085', true)).toMatch(/U\+0085/);
		for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
			expect(forbiddenCharacter(`ab${String.fromCodePoint(code)}c`, true)).toMatch(/^caractère de direction U\+20/);
		}
	});

	it('allows tab and line breaks only in multi-line fields', () => {
		expect(forbiddenCharacter('deux\r\nlignes\tet une tabulation', true)).toBeUndefined();
		expect(forbiddenCharacter('deux\nlignes', false)).toMatch(/^tabulation ou retour à la ligne \(caractère n° 5\)/);
		expect(forbiddenCharacter('a\tb', false)).toMatch(/ce champ tient sur une ligne/);
	});

	it('lets French typography, emoji and right-to-left letters through', () => {
		expect(forbiddenCharacter('« Cœur » – l’été à 5 € … 🏚️ مرحبا \u200f', false)).toBeUndefined();
	});
});

describe('text and paragraph schemas', () => {
	it('refuse what forbiddenCharacter refuses, after trimming', () => {
		expect(text.safeParse('  Friches\n').success).toBe(true);
		expect(text.safeParse('Fri\nches').success).toBe(false);
		expect(paragraph.safeParse('Une offre\nsur deux lignes').success).toBe(true);
		expect(paragraph.safeParse('Une offre \u202e').error?.issues[0].message).toMatch(/U\+202E/);
	});
});

describe('checkedOnDate', () => {
	const ok = (value: string) => checkedOnDate.safeParse(value).success;
	it('accepts 2000-01-01 to today, nothing outside', () => {
		const tomorrow = today(new Date(Date.now() + 86_400_000));
		expect([ok('2000-01-01'), ok(today()), ok('2026-11-28')]).toEqual([true, true, true]);
		expect([ok('1999-12-31'), ok(tomorrow), ok('9999-12-31'), ok('0000-01-01')]).toEqual([false, false, false, false]);
	});

	it('says which date and which range, once, and keeps « date invalide » for malformed ones', () => {
		const issues = (value: string) => checkedOnDate.safeParse(value).error?.issues.map((issue) => issue.message);
		expect(issues('9999-12-31')).toEqual([
			`date impossible « 9999-12-31 » : une date de relevé va du 2000-01-01 à aujourd’hui (${today()})`
		]);
		expect(issues('2026-02-30')).toEqual(['date invalide (attendu : AAAA-MM-JJ)']);
		expect(issues('31/12/2026')).toEqual(['date invalide (attendu : AAAA-MM-JJ)']);
	});
});
