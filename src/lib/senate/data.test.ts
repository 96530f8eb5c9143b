import { formatShare } from '../format/french';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSenate } from '../server/data/load-senate';
import { countByStatus, type RecommendationStatus } from './recommendations';
import { figureShare } from './figures';

// The follow-up report's text: every wording, quote and figure in data/ must be found at the line it cites.
const SEED = readFileSync(join(import.meta.dirname, '../../../seeds/000_9c73808a29df9235.txt'), 'utf8').split('\n');
// A cited passage starts at its line; the seed interleaves blank lines, so a few sentences span ~12 lines.
const PASSAGE_LINES = 12;

/** The seed from `line` on, one space between words, straight apostrophes, lower case. */
function passage(line: number, lines = PASSAGE_LINES): string {
	return normalise(SEED.slice(line - 1, line - 1 + lines).join(' '));
}

function normalise(text: string): string {
	return text
		.replace(/[’‘]/g, "'")
		.replace(/[\s\u00a0\u202f]+/g, ' ')
		.toLowerCase()
		.trim();
}

/** The «…» fragments of a comment: what it claims the report says word for word. */
function quotes(text: string): string[] {
	return [...text.matchAll(/«\s*([^»]+?)\s*»/g)].map((match) => match[1]);
}

const { recommendations, figures } = loadSenate();

describe('data/recommendations.json against the 2024 report', () => {
	it('has the 14 recommendations, with the verdicts of the synthesis: 7 followed, 2 under way, 3 mixed, 2 not retained', () => {
		const numbersWith = (status: RecommendationStatus) =>
			recommendations
				.filter((recommendation) => recommendation.status === status)
				.map((recommendation) => recommendation.number)
				.sort((a, b) => a - b);
		expect(recommendations).toHaveLength(14);
		expect(numbersWith('suivie')).toEqual([1, 2, 3, 9, 11, 12, 14]);
		expect(numbersWith('en-cours')).toEqual([5, 7]);
		expect(numbersWith('insatisfaisante')).toEqual([4, 8, 13]);
		expect(numbersWith('non-retenue')).toEqual([6, 10]);
		expect(countByStatus(recommendations).map(({ count }) => count)).toEqual([7, 2, 3, 2]);
	});

	it('quotes each wording from the line it cites, where the synthesis also gives its number', () => {
		for (const recommendation of recommendations) {
			const line = normalise(SEED[recommendation.line - 1]);
			expect(line, `n° ${recommendation.number}`).toContain(normalise(recommendation.wording));
			expect(line, `n° ${recommendation.number}`).toContain(`(recommandation n°${recommendation.number})`);
		}
	});

	it('places each wording under the heading of its verdict in the synthesis', () => {
		const headings: Record<RecommendationStatus, RegExp> = {
			suivie: /^Sept recommandations ont plutôt bien été intégrées/,
			'en-cours': /^Deux recommandations ont trait à des mesures ou actions en cours/,
			insatisfaisante: /^Trois recommandations donnent lieu à une mise en œuvre insatisfaisante/,
			'non-retenue': /^Deux recommandations ne sont pas suivies d’effet/
		};
		for (const recommendation of recommendations) {
			const heading = SEED.slice(0, recommendation.line)
				.map((text) => text.trim())
				.findLast((text) => Object.values(headings).some((pattern) => pattern.test(text)));
			expect(heading, `n° ${recommendation.number}`).toMatch(headings[recommendation.status]);
		}
	});

	it('finds every quoted fragment of a comment in the passage it cites', () => {
		const commented = recommendations.filter((recommendation) => recommendation.comment);
		expect(commented.length).toBeGreaterThan(0);
		for (const { number, comment } of commented) {
			const fragments = quotes(comment!.text);
			expect(fragments.length, `n° ${number} quotes nothing`).toBeGreaterThan(0);
			for (const fragment of fragments) expect(passage(comment!.line), `n° ${number}`).toContain(normalise(fragment));
		}
	});
});

describe('data/report-figures.json against the 2024 report', () => {
	it('finds each figure, in the words quoted, at the line it cites', () => {
		for (const figure of figures) {
			const quote = normalise(figure.quote);
			expect(passage(figure.line, 4), figure.id).toContain(quote);
			expect(quote, figure.id).toContain(normalise(new Intl.NumberFormat('fr-FR').format(figure.value)));
			if (figure.qualifier) expect(quote, figure.id).toContain(figure.qualifier);
		}
	});

	it('has the figures the issue asks for, and computes reach as a share rather than storing it', () => {
		const byId = new Map(figures.map((figure) => [figure.id, figure]));
		expect(byId.get('communes')?.value).toBe(34935);
		expect(byId.get('epci')?.value).toBe(1254);
		const pvd = byId.get('petites-villes-de-demain')!;
		expect(pvd.value).toBe(1644);
		expect(formatShare(figureShare(pvd, figures)!.ratio)).toBe(formatShare(1644 / 34935));
		const supported = figureShare(byId.get('collectivites-accompagnees')!, figures)!;
		expect(supported.base).toBe(34935 + 1254);
		expect([244, 2458, 54, 200, 40].every((value) => figures.some((figure) => figure.value === value))).toBe(true);
	});
});
