import { firstSentence } from '../format/text';
import { describe, expect, it } from 'vitest';
import { relatedTopics, toMatrixRow } from './model';
import type { OperatorId } from '../operators';
import type { Topic } from '../types';

function topic(id: string, themeId: string, operators: OperatorId[], offer = 'Offre. Détail.'): Topic {
	return {
		id,
		themeId,
		label: id,
		description: 'Description.',
		keywords: [],
		operators: operators.map((operatorId) => ({
			operatorId,
			offer,
			programmes: [],
			kinds: ['etude'],
			phases: ['amont'],
			role: 'expertise',
			eligibleIf: [],
			sources: [{ url: 'https://example.fr/', title: 'Source', checkedOn: '2026-11-28' }]
		}))
	};
}

const TOPICS = [
	topic('copro', 'habitat', ['anah']),
	topic('centre-bourg', 'habitat', ['anah', 'bdt', 'anct']),
	topic('quartiers', 'habitat', ['anru', 'anah', 'bdt']),
	topic('chaleur', 'energie', ['ademe', 'bdt']),
	topic('commerce', 'energie', ['anct', 'bdt', 'anah']),
	topic('velo', 'mobilite', ['cerema'])
];

describe('firstSentence', () => {
	it('keeps the first sentence of an offer', () => {
		expect(firstSentence('Finance les études. Puis les travaux.')).toBe('Finance les études.');
		expect(firstSentence('Un prêt ? Oui, à taux fixe.')).toBe('Un prêt ?');
	});

	it('does not cut at abbreviations or inside numbers', () => {
		expect(firstSentence('Aide (ex. Petites villes de demain) aux communes. Suite.')).toBe(
			'Aide (ex. Petites villes de demain) aux communes.'
		);
		expect(firstSentence('Jusqu’à 1.5 M€ par projet. Suite.')).toBe('Jusqu’à 1.5 M€ par projet.');
	});

	it('returns a text without final punctuation whole', () => {
		expect(firstSentence('  Accompagnement sur mesure  ')).toBe('Accompagnement sur mesure');
	});
});

describe('relatedTopics', () => {
	it('lists the same theme and the same operator set elsewhere', () => {
		const related = relatedTopics(TOPICS, TOPICS[1]);
		expect(related.sameTheme.map((t) => t.id)).toEqual(['copro', 'quartiers']);
		expect(related.sameOperators.map((t) => t.id)).toEqual(['commerce']);
	});
});

describe('toMatrixRow', () => {
	it('keeps what the matrix shows: operators and the first sentence of each offer', () => {
		expect(toMatrixRow(TOPICS[3])).toEqual({
			id: 'chaleur',
			label: 'chaleur',
			themeId: 'energie',
			operatorIds: ['ademe', 'bdt'],
			summaries: { ademe: 'Offre.', bdt: 'Offre.' }
		});
	});
});
