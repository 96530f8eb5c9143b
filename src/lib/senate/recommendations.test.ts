import { formatShare } from '../format/french';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byNumber, countByStatus, sharedTopicViews, STATUS_TEXT, statusSummary } from './recommendations';
import { figureShare, figureText, type ReportFigure } from './figures';
import type { Topic } from '../types';

const topics = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../../tests/fixtures/data-valid/topics.json'), 'utf8')
) as Topic[];
/** Intl separates with narrow or plain no-break spaces depending on the ICU version: compare words, not spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('statuses', () => {
	it('counts every status, zero included, in the synthesis order', () => {
		const counts = countByStatus([{ status: 'non-retenue' }, { status: 'suivie' }, { status: 'suivie' }]);
		expect(counts).toEqual([
			{ status: 'suivie', count: 2 },
			{ status: 'en-cours', count: 0 },
			{ status: 'insatisfaisante', count: 0 },
			{ status: 'non-retenue', count: 1 }
		]);
	});

	it('writes the summary line with plurals and leaves out empty statuses', () => {
		expect(
			statusSummary([
				{ status: 'suivie', count: 7 },
				{ status: 'en-cours', count: 2 },
				{ status: 'insatisfaisante', count: 1 },
				{ status: 'non-retenue', count: 0 }
			])
		).toBe('7 suivies, 2 en cours, 1 insatisfaisante ou contrastée');
	});

	it('gives every status a distinct visible label and badge', () => {
		const texts = Object.values(STATUS_TEXT);
		expect(new Set(texts.map((text) => text.label)).size).toBe(texts.length);
		expect(new Set(texts.map((text) => text.badge)).size).toBe(texts.length);
	});

	it('sorts by number without touching the input', () => {
		const input = [{ number: 10 }, { number: 2 }, { number: 1 }];
		expect(byNumber(input).map((item) => item.number)).toEqual([1, 2, 10]);
		expect(input[0].number).toBe(10);
	});
});

describe('shared topics', () => {
	// Three topics with known operator sets: every count below is read off this table, not recomputed.
	const topic = (id: string, operators: string[]) =>
		({ id, themeId: 't', operators: operators.map((operatorId) => ({ operatorId })) }) as unknown as Topic;
	const small = [
		topic('friches', ['ademe', 'cerema', 'bdt', 'anct']),
		topic('ponts', ['cerema']),
		topic('pcaet', ['ademe', 'cerema', 'anct'])
	];

	it('counts, for the named operators, the topics all of them share and each pair’s', () => {
		const { all, pairs } = sharedTopicViews(small, ['anct', 'ademe', 'cerema']);
		expect(all).toMatchObject({ operatorIds: ['ademe', 'cerema', 'anct'], count: 2 });
		expect(pairs.map((pair) => [pair.operatorIds.join('+'), pair.count])).toEqual([
			['ademe+cerema', 2],
			['ademe+anct', 2],
			['cerema+anct', 2]
		]);
		expect(sharedTopicViews(small, ['cerema', 'bdt']).all.count).toBe(1);
		expect(sharedTopicViews(small, ['anru', 'cerema']).all.count).toBe(0);
	});

	it('links each count to the matrix filtered on the same operators', () => {
		const { pairs } = sharedTopicViews(topics, ['anct', 'ademe', 'cerema']);
		expect(pairs.map((pair) => pair.href)).toEqual([
			'/matrice?operateur=ademe&operateur=cerema',
			'/matrice?operateur=ademe&operateur=anct',
			'/matrice?operateur=cerema&operateur=anct'
		]);
	});
});

describe('report figures', () => {
	const figure = (id: string, value: number, unit: string, extra: Partial<ReportFigure> = {}): ReportFigure => ({
		id,
		label: id,
		value,
		unit,
		line: 1,
		quote: String(value),
		...extra
	});
	const figures = [
		figure('communes', 34935, 'communes'),
		figure('epci', 1254, 'EPCI'),
		figure('pvd', 1644, 'territoires', { shareOf: ['communes'] }),
		figure('accompagnees', 1700, 'collectivités', { shareOf: ['communes', 'epci'] })
	];

	it('computes a share of one base, or of the sum of several', () => {
		expect(plain(formatShare(figureShare(figures[2], figures)!.ratio))).toBe('4,7 %');
		const supported = figureShare(figures[3], figures)!;
		expect(supported.base).toBe(36189);
		expect(plain(supported.baseText)).toBe('34 935 communes et 1 254 EPCI');
		expect(figureShare(figures[0], figures)).toBeNull();
	});

	it('keeps the report’s hedges in the text', () => {
		expect(plain(figureText(figure('budget', 200, "millions d'euros", { qualifier: 'environ' })))).toBe(
			"environ 200 millions d'euros"
		);
		expect(plain(figureText(figure('part', 54, '%', { qualifier: 'plus de' })))).toBe('plus de 54 %');
	});
});
