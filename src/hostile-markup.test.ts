import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = import.meta.dirname;

/**
 * Ways to turn a string into markup. Data and queries are rendered as text by Svelte's escaping; any of these would
 * let a topic label or a pasted request run as HTML, which the CSP then only half contains.
 */
const HTML_SINKS: { name: string; pattern: RegExp }[] = [
	{ name: '{@html}', pattern: /\{@html\b/ },
	{ name: 'innerHTML / outerHTML', pattern: /\.(inner|outer)HTML\s*[+]?=/ },
	{ name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\s*\(/ },
	{ name: 'document.write', pattern: /\bdocument\.write(ln)?\s*\(/ },
	{ name: 'eval / new Function', pattern: /\beval\s*\(|\bnew Function\s*\(/ }
];

/**
 * The one sanctioned sink: the matrix's operator cells, which hydrate far faster as markup (row-html.ts says by how
 * much). Its only input is operatorCellsHtml, which escapes every text and attribute (row-html.test.ts).
 */
const ALLOWED = new Set(['src/routes/matrice/MatrixTable.svelte: {@html operatorCellsHtml(row, operators)}']);

const sourceFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
	(file) => /\.(svelte|ts|js|html)$/.test(file) && !file.endsWith('.test.ts')
);

describe('no data or user text is ever rendered as HTML', () => {
	it('finds source files to check', () => {
		expect(sourceFiles.length).toBeGreaterThan(10);
	});

	for (const sink of HTML_SINKS) {
		it(`src/ uses no ${sink.name}`, () => {
			const offenders = sourceFiles.flatMap((file) =>
				readFileSync(join(SRC, file), 'utf8')
					.split('\n')
					.flatMap((line) => (sink.pattern.test(line) ? [`src/${file}: ${line.trim()}`] : []))
					.filter((place) => !ALLOWED.has(place))
			);
			expect(offenders).toEqual([]);
		});
	}
});
