import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	byNumber,
	countByStatus,
	operatorPairs,
	sharedTopicCount,
	sharedTopicViews,
	STATUS_TEXT,
	statusSummary
} from '../../src/lib/recommendations';
import { figureShare, figureText, formatShare, type ReportFigure } from '../../src/lib/report-figures';
import type { Topic } from '../../src/lib/types';

const topics = JSON.parse(
	readFileSync(join(import.meta.dirname, '../fixtures/data-valid/topics.json'), 'utf8')
) as Topic[];
/** Intl separates with narrow or plain no-break spaces depending on the ICU version: compare words, not spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');
const operatorsOf = (topic: Topic) => topic.operators.map((link) => link.operatorId);

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
	it('lists pairs in the operators’ canonical order, whatever the order given', () => {
		expect(operatorPairs(['anct', 'ademe', 'cerema'])).toEqual([
			['ademe', 'cerema'],
			['ademe', 'anct'],
			['cerema', 'anct']
		]);
	});

	it('counts the topics on which all the given operators are competent', () => {
		for (const pair of operatorPairs(['anah', 'ademe', 'bdt', 'anct'])) {
			const expected = topics.filter((topic) => pair.every((id) => operatorsOf(topic).includes(id))).length;
			expect(sharedTopicCount(topics, pair), pair.join('+')).toBe(expected);
		}
		const [first] = topics;
		expect(sharedTopicCount(topics, operatorsOf(first))).toBeGreaterThanOrEqual(1);
	});

	it('links each count to the matrix filtered on the same operators', () => {
		const { all, pairs } = sharedTopicViews(topics, ['anct', 'ademe', 'cerema']);
		expect(all.operatorIds).toEqual(['ademe', 'cerema', 'anct']);
		expect(pairs.map((pair) => pair.href)).toEqual([
			'/matrice?operateur=ademe&operateur=cerema',
			'/matrice?operateur=ademe&operateur=anct',
			'/matrice?operateur=cerema&operateur=anct'
		]);
		expect(pairs.map((pair) => pair.count)).toEqual(pairs.map((pair) => sharedTopicCount(topics, pair.operatorIds)));
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
		expect(plain(figureText(figure('budget', 200, "millions d'euros", { qualifier: 'environ' })))).toBe("environ 200 millions d'euros");
		expect(plain(figureText(figure('part', 54, '%', { qualifier: 'plus de' })))).toBe('plus de 54 %');
	});
});
