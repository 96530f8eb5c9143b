import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { addFallbackFamily, inFontSubset, keepFontFaces, referencedVariables, withDependencies } from './dsfr';

/** Text files under a folder, recursively. */
function textFiles(dir: string, pattern: RegExp): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return textFiles(path, pattern);
		return pattern.test(entry.name) ? [path] : [];
	});
}

describe('the font subset', () => {
	// The pages show the data's texts (topics, offers, sources, commune names) and the components' own words.
	const files = [
		...textFiles('data', /\.(json|csv)$/),
		...textFiles('src', /\.(svelte|ts)$/).filter((file) => !file.endsWith('.test.ts') && !file.includes('test-helpers'))
	];

	it('holds every character the data and the UI write', () => {
		const missing = new Map<string, string>();
		for (const file of files)
			for (const character of readFileSync(file, 'utf8')) {
				const codePoint = character.codePointAt(0) ?? 0;
				if (codePoint >= 0x20 && !inFontSubset(codePoint) && !missing.has(character))
					missing.set(character, `U+${codePoint.toString(16).toUpperCase()} in ${file}`);
			}
		expect([...missing.values()]).toEqual([]);
	});

	it('is checked against real files', () => {
		expect(files.some((file) => file.endsWith('topics.json'))).toBe(true);
	});
});

const face = (weight: number, style: string, family = 'Marianne') =>
	`@font-face{font-display:swap;font-family:${family};font-style:${style};font-weight:${weight};` +
	`src:url(../../fonts/${family}-${weight}-${style}.woff2) format("woff2"),url(../../fonts/${family}-${weight}-${style}.woff) format("woff")}`;

describe('keepFontFaces', () => {
	it('keeps the listed faces, in WOFF2 only, and drops the others', () => {
		const root = postcss.parse(
			[
				face(300, 'normal'),
				face(400, 'normal'),
				face(400, 'italic'),
				face(700, 'normal'),
				face(400, 'normal', 'Spectral')
			].join('')
		);
		keepFontFaces(root, [
			{ family: 'Marianne', weight: '400', style: 'normal', display: 'swap' },
			{ family: 'Marianne', weight: '700', style: 'normal', display: 'optional' }
		]);
		const sources: string[] = [];
		const displays: string[] = [];
		root.walkDecls('src', (decl) => {
			sources.push(decl.value);
		});
		root.walkDecls('font-display', (decl) => {
			displays.push(decl.value);
		});
		expect(displays).toEqual(['swap', 'optional']);
		expect(sources).toEqual([
			'url(../../fonts/Marianne-400-normal.woff2) format("woff2")',
			'url(../../fonts/Marianne-700-normal.woff2) format("woff2")'
		]);
	});

	it('leaves other rules alone', () => {
		const root = postcss.parse(`${face(300, 'normal')}.fr-h1{font-weight:700}`);
		keepFontFaces(root, []);
		expect(root.toString()).toBe('.fr-h1{font-weight:700}');
	});
});

describe('referencedVariables', () => {
	it('lists the custom properties the sources read, once each', () => {
		const svelte = `<rect fill="var(--background-action-high-blue-france)" />
			<style>.a { color: var( --text-mention-grey ); border: 1px solid var(--border-default-grey, #ddd); }
			.b { color: var(--text-mention-grey); }</style>`;
		expect(referencedVariables([svelte, 'no variable here'])).toEqual([
			'--background-action-high-blue-france',
			'--border-default-grey',
			'--text-mention-grey'
		]);
	});
});

describe('withDependencies', () => {
	it('follows the chains of tokens, without looping', () => {
		const root =
			postcss.parse(`:root{--flat:var(--main);--main:var(--sun, var(--moon));--sun:#e4794a;--moon:#f4a381;--loop:var(--loop);--other:red}
			:root[data-theme=dark]{--main:var(--dark)}`);
		expect(withDependencies(root, ['--flat', '--loop'])).toEqual([
			'--dark',
			'--flat',
			'--loop',
			'--main',
			'--moon',
			'--sun'
		]);
	});
});

describe('addFallbackFamily', () => {
	it('puts the resized fallback right after Marianne in font stacks, and leaves @font-face alone', () => {
		const root = postcss.parse(
			`${face(400, 'normal')}body{font-family:Marianne,arial,sans-serif}.x{font-family:inherit}.y{font-family:Marianne}`
		);
		addFallbackFamily(root);
		const families: string[] = [];
		root.walkDecls('font-family', (decl) => {
			families.push(decl.value);
		});
		expect(families).toEqual(['Marianne', 'Marianne,"Marianne repli",arial,sans-serif', 'inherit', 'Marianne']);
	});
});
