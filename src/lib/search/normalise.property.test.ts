import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	MAX_QUERY_TERMS,
	buildSearchIndex,
	fold,
	highlightSegments,
	parseQuery,
	searchTopics,
	suggestTerms,
	tokenise,
	toSearchEntries
} from './';
import { loadDataset } from '../server/data/load';

/**
 * Whatever a visitor types or pastes, the search must neither throw nor freeze the page. The bound is per call, on
 * this slow two-core machine; a keystroke costs one call.
 */
const CALL_BOUND_MS = 200;
const LONGEST_INPUT = 20_000;
/** Hundreds of runs, some on 20 000 characters: far above vitest's 5 s default on this machine. */
const PROPERTY_TIMEOUT_MS = 60_000;

const index = buildSearchIndex(toSearchEntries(loadDataset()));
const ids = new Set(index.entries.map((entry) => entry.id));

/** Any UTF-16 code unit, lone surrogates and control characters included: what a paste can carry. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
/** Words of the data, misspelt: the inputs that make the fuzzy matcher work hardest. */
const nearWord = fc
	.tuple(fc.constantFrom(...index.vocabulary), fc.nat(), fc.constantFrom('', 'e', 'x', 's', 'é'))
	.map(([word, at, letter]) => {
		const position = at % (word.length + 1);
		return word.slice(0, position) + letter + word.slice(position + 1);
	});

const text = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.string({ unit: codeUnit, maxLength: 200 }),
	fc.array(nearWord, { maxLength: 80 }).map((words) => words.join(' ')),
	// Long pastes: a snippet repeated up to 20 000 characters.
	fc
		.tuple(
			fc.string({ unit: fc.oneof(codeUnit, nearWord), minLength: 1, maxLength: 40 }),
			fc.integer({ min: 1, max: LONGEST_INPUT })
		)
		.map(([snippet, length]) => snippet.repeat(Math.ceil(length / snippet.length)).slice(0, length))
);

/** Milliseconds one call takes; a call over the bound is timed twice more, keeping the best, so a GC pause or a busy CPU is not blamed on the input. */
function duration(call: () => unknown): number {
	let best = Infinity;
	for (let attempt = 0; attempt < 3 && best >= CALL_BOUND_MS; attempt += 1) {
		const started = performance.now();
		call();
		best = Math.min(best, performance.now() - started);
	}
	return best;
}

/** Runs `call` on every generated text, checks its result, and fails with the slowest input if any call exceeds the bound. */
function timed<T>(call: (input: string) => T, check: (result: T, input: string) => void, numRuns = 300) {
	let slowest = { ms: 0, input: '' };
	fc.assert(
		fc.property(text, (input) => {
			check(call(input), input);
			const ms = duration(() => call(input));
			if (ms > slowest.ms) slowest = { ms, input };
		}),
		{ numRuns }
	);
	const shown = JSON.stringify(slowest.input.slice(0, 80));
	expect(
		slowest.ms,
		`slowest call: ${slowest.ms.toFixed(1)} ms on ${slowest.input.length} characters (${shown}…)`
	).toBeLessThan(CALL_BOUND_MS);
}

describe('normalisation never throws and stays fast on any string', { timeout: PROPERTY_TIMEOUT_MS }, () => {
	it('fold returns a string with no upper-case letter it could lower', () => {
		timed(fold, (folded) => {
			expect(typeof folded).toBe('string');
			expect(folded.toLowerCase()).toBe(folded);
		});
	});

	it('tokenise returns non-empty words whose spans lie inside the text', () => {
		timed(tokenise, (tokens, input) => {
			for (const token of tokens) {
				expect(token.term.length).toBeGreaterThan(0);
				expect(token.start).toBeGreaterThanOrEqual(0);
				expect(token.end).toBeGreaterThan(token.start);
				expect(token.end).toBeLessThanOrEqual(input.length);
			}
		});
	});

	it('parseQuery keeps at most the capped number of term groups', () => {
		timed(parseQuery, (groups) => {
			expect(groups.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
			for (const group of groups) expect(group.alternatives.length).toBeGreaterThan(0);
		});
	});
});

describe('search never throws and stays fast on any string', { timeout: PROPERTY_TIMEOUT_MS }, () => {
	it('searchTopics returns known topics, best first, with ranges inside the matched text', () => {
		timed(
			(input) => searchTopics(index, input),
			(hits) => {
				expect(hits.length).toBeLessThanOrEqual(10);
				hits.forEach((hit, position) => {
					expect(ids.has(hit.id)).toBe(true);
					expect(Number.isFinite(hit.score)).toBe(true);
					// Exact matches first, then typo corrections; best first within each.
					const previous = hits[position - 1];
					if (previous) expect(Number(hit.fuzzy)).toBeGreaterThanOrEqual(Number(previous.fuzzy));
					if (previous?.fuzzy === hit.fuzzy) expect(hit.score).toBeLessThanOrEqual(previous.score);
					for (const match of hit.matches) {
						for (const [start, end] of match.ranges) {
							expect(0 <= start && start < end && end <= match.value.length).toBe(true);
						}
					}
				});
			}
		);
	});

	it('suggestTerms offers at most five texts of the data', () => {
		const values = new Set(index.fields.flatMap((fields) => fields.map((field) => field.value)));
		timed(
			(input) => suggestTerms(index, input),
			(suggestions) => {
				expect(suggestions.length).toBeLessThanOrEqual(5);
				for (const suggestion of suggestions) expect(values.has(suggestion)).toBe(true);
			},
			150
		);
	});

	it('highlighting loses and adds no character, whatever the ranges', () => {
		fc.assert(
			fc.property(
				text,
				fc.array(fc.tuple(fc.integer({ min: -5, max: 300 }), fc.integer({ min: -5, max: 300 }))),
				(input, ranges) => {
					const segments = highlightSegments(input, ranges);
					expect(segments.map((segment) => segment.text).join('')).toBe(input);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('an index built from arbitrary texts can be searched without throwing', () => {
		fc.assert(
			fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), text, (labels, query) => {
				const entries = labels.map((label, position) => ({
					...index.entries[0],
					id: `sujet-${position}`,
					label: label.slice(0, 300),
					keywords: [label.slice(300, 600)]
				}));
				expect(() => searchTopics(buildSearchIndex(entries), query)).not.toThrow();
			}),
			{ numRuns: 50 }
		);
	});
});
