import { firstSentence } from '../format/text';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	buildSearchIndex,
	fold,
	highlightSegments,
	MAX_QUERY_TERMS,
	parseQuery,
	searchTopics,
	suggestTerms,
	tokenise,
	type SearchEntry
} from './';

const entry = (id: string, label: string, more: Partial<SearchEntry> = {}): SearchEntry => ({
	id,
	label,
	themeLabel: 'Thème',
	keywords: [],
	programmes: [],
	operators: ['cerema'],
	offers: {},
	...more
});

const entries: SearchEntry[] = [
	entry('friches', 'Repérer les friches', {
		keywords: ['Cartofriches', 'site abandonné'],
		operators: ['cerema', 'anct']
	}),
	entry('chaleur', 'Réseau de chaleur', { keywords: ['chauffage urbain'], operators: ['ademe'] }),
	entry('pvd', 'Petites villes de demain', { keywords: ['centre-bourg'], operators: ['anct', 'bdt'] }),
	entry('coeur', 'Action cœur de ville', { keywords: ['ACV'], operators: ['anct'] }),
	entry('copro', 'Copropriétés dégradées', { keywords: ['syndic'], operators: ['anah'] }),
	entry('ecoles', 'Rénovation des écoles', { keywords: ['friche'], programmes: ['EduRénov'], operators: ['bdt'] })
];
const index = buildSearchIndex(entries);
const ids = (query: string) => searchTopics(index, query).map((hit) => hit.id);

describe('French normalisation', () => {
	it('folds case, accents and the ligatures fuse.js leaves whole', () => {
		expect(fold('Cœur ÉCOLE Ætat')).toBe('coeur ecole aetat');
	});

	it('splits on apostrophes and hyphens, makes plurals singular and keeps spans into the original', () => {
		const tokens = tokenise("l'OPAH-RU des réseaux locaux");
		expect(tokens.map((token) => token.term)).toEqual(['l', 'opah', 'ru', 'des', 'reseau', 'local']);
		expect("l'OPAH-RU des réseaux locaux".slice(tokens[4].start, tokens[4].end)).toBe('réseaux');
	});

	it('reads the no-break spaces of French typography as spaces: typeset text is found like plain text', () => {
		const typeset = 'Réseau\u202Fde\u00A0chaleur de 20\u202F000\u00A0habitants\u202F?';
		expect(tokenise(typeset).map((token) => token.term)).toEqual(
			tokenise('Réseau de chaleur de 20 000 habitants ?').map((token) => token.term)
		);
		expect(ids('reseau\u202Fde\u00A0chaleur')[0]).toBe('chaleur');
	});

	it('drops stop-words, attaches acronym expansions and caps the number of terms', () => {
		const groups = parseQuery('Nous voulons une PVD');
		expect(groups.map((group) => group.alternatives[0])).toEqual([['pvd']]);
		expect(groups[0].alternatives[1]).toEqual(['petite', 'ville', 'demain']);
		const long = Array.from({ length: 100 }, (_, n) => `mot${n}`).join(' ');
		expect(parseQuery(long).length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
	});
});

describe('searchTopics', () => {
	it('tolerates typos, missing accents and case', () => {
		expect(ids('frishe')[0]).toBe('friches');
		expect(ids('résau de chaleur')[0]).toBe('chaleur');
		expect(ids('COPROPRIETE DEGRADEE')[0]).toBe('copro');
		expect(ids('coeur de ville')[0]).toBe('coeur');
	});

	it('understands acronyms and everyday words', () => {
		expect(ids('pvd')[0]).toBe('pvd');
		expect(ids('copro')[0]).toBe('copro');
	});

	it('ranks a word in the label above the same word in keywords', () => {
		expect(ids('friches').slice(0, 2)).toEqual(['friches', 'ecoles']);
	});

	it('shows what a prefix being typed may become', () => {
		expect(ids('fri')).toContain('friches');
	});

	it('returns highlight ranges that point at the matched words of the label', () => {
		const [hit] = searchTopics(index, 'reseau chaleur');
		const label = hit.matches.find((match) => match.field === 'label');
		expect(label?.ranges.map(([start, end]) => label.value.slice(start, end))).toEqual(['Réseau', 'chaleur']);
	});

	it('finds nothing for stop-words alone or for noise', () => {
		expect(ids('de la des')).toEqual([]);
		expect(ids('xqzw')).toEqual([]);
	});

	it('never throws and stays quick on hostile input', () => {
		const hostile = [
			'<script>alert(1)</script>',
			'a'.repeat(20_000),
			'friche '.repeat(3_000),
			'\u0000\u001f\u007f friche',
			'\ud800 friche \udfff',
			'🏚️ friche 🏭',
			''
		];
		for (const query of hostile) {
			const started = performance.now();
			expect(() => searchTopics(index, query)).not.toThrow();
			expect(performance.now() - started).toBeLessThan(1_000);
		}
		expect(ids('\ud800 friche 🏭')[0]).toBe('friches');
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (query) => Array.isArray(searchTopics(index, query))),
			{ numRuns: 300 }
		);
	});

	it('suggests close words from the data when nothing matches', () => {
		expect(ids('chaufferiee urbainne')).not.toContain('friches');
		expect(suggestTerms(index, 'chaufage urbian')).toContain('chauffage urbain');
	});
});

describe('display helpers', () => {
	it('cuts text into marked and plain segments, whatever the ranges', () => {
		expect(
			highlightSegments('Réseau de chaleur', [
				[10, 17],
				[0, 6],
				[2, 4]
			])
		).toEqual([
			{ text: 'Réseau', marked: true },
			{ text: ' de ', marked: false },
			{ text: 'chaleur', marked: true }
		]);
		expect(highlightSegments('abc', [[-5, 99]])).toEqual([{ text: 'abc', marked: true }]);
	});

	it('keeps the first sentence of an offer', () => {
		expect(firstSentence('Finance le poste à 50 %. Le reste est à la charge de la commune.')).toBe(
			'Finance le poste à 50 %.'
		);
		expect(firstSentence('Une seule phrase sans point')).toBe('Une seule phrase sans point');
	});
});
