/**
 * Build-time PostCSS plugins for the DSFR stylesheet (src/lib/styles/dsfr.css): keep only the rules the site's
 * markup uses, and only the font faces its text is set in. Other stylesheets (site.css, components) pass as is.
 * This happens while Vite builds, before it hashes the file, so a changed stylesheet always gets a new name.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import type { AtRule, Plugin, Root } from 'postcss';
// @ts-expect-error: subset-font ships no types; its one function takes a font, the text to keep and options.
import subsetFont from 'subset-font';
import { FONT_FACES, type FontFace } from '../../src/lib/styles/fonts.ts';

export const DSFR_STYLESHEET = resolve('src/lib/styles/dsfr.css');

/** Where the markup and the classes it sets at runtime are written. */
const CONTENT_DIR = 'src';
const CONTENT_FILE = /\.(svelte|ts|js|html)$/;

/**
 * Classes composed at runtime, which no source file spells whole: `fr-badge--${status.badge}` in
 * RecommendationItem.svelte, over the badges of STATUS_TEXT (src/lib/senate/recommendations.ts).
 */
const RUNTIME_CLASSES = [/^fr-badge--(success|info|warning|error)$/];

function contentFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return contentFiles(path);
		return CONTENT_FILE.test(entry.name) ? [path] : [];
	});
}

const VARIABLE_USE = /var\(\s*(--[\w-]+)/g;

/** Custom properties named in the given sources: `var(--x)` in component styles, style attributes, SVG fills. */
export function referencedVariables(sources: string[]): string[] {
	const names = sources.flatMap((source) => [...source.matchAll(VARIABLE_USE)].map((match) => match[1]));
	return [...new Set(names)].sort();
}

/**
 * `names` and every custom property their values read in `root`, transitively: DSFR's tokens are chains
 * (`--background-flat-x: var(--x-main-645)`), and PurgeCSS follows them only from uses in the purged stylesheet.
 */
export function withDependencies(root: Root, names: string[]): string[] {
	const values = new Map<string, string[]>();
	root.walkDecls(/^--/, (decl) => {
		values.set(decl.prop, [...(values.get(decl.prop) ?? []), decl.value]);
	});
	const found = new Set<string>();
	const queue = [...names];
	for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
		if (found.has(name)) continue;
		found.add(name);
		for (const value of values.get(name) ?? [])
			queue.push(...[...value.matchAll(VARIABLE_USE)].map((match) => match[1]));
	}
	return [...found].sort();
}

const declared = (rule: AtRule, prop: string) => {
	let value: string | undefined;
	rule.walkDecls(prop, (decl) => {
		value = decl.value.replace(/["']/g, '').trim();
	});
	return value;
};

/**
 * Drops the @font-face rules of faces outside `faces`, and the WOFF fallback of the others (every browser the
 * site supports reads WOFF2): neither file is then emitted, downloaded or precached. Hand-written because
 * PurgeCSS's `fontFace` option judges by family only, and DSFR declares eight Marianne faces.
 */
export function keepFontFaces(root: Root, faces: readonly FontFace[] = FONT_FACES): void {
	root.walkAtRules('font-face', (rule) => {
		const family = declared(rule, 'font-family');
		const weight = declared(rule, 'font-weight') ?? '400';
		const style = declared(rule, 'font-style') ?? 'normal';
		const kept = faces.find((face) => face.family === family && face.weight === weight && face.style === style);
		if (!kept) {
			rule.remove();
			return;
		}
		rule.walkDecls('font-display', (display) => {
			display.value = kept.display;
		});
		rule.walkDecls('src', (src) => {
			src.value = src.value
				.split(/,(?=\s*url\()/)
				.filter((source) => /format\(\s*["']?woff2/.test(source))
				.join(',');
		});
	});
}

/**
 * The characters the site's text is set in: DSFR's Marianne files also carry Greek, Cyrillic and more, 41 KB each
 * in WOFF2; these blocks make 25 KB. A character outside them falls back to the next font of the stack (Arial),
 * and dsfr.test.ts fails if the data or the UI uses one.
 */
export const FONT_SUBSET_RANGES: readonly (readonly [number, number])[] = [
	[0x20, 0x7e], // Basic Latin
	[0xa0, 0x17f], // Latin-1 Supplement and Latin Extended-A (é, ç, œ, Œ, Ÿ, ², °)
	[0x2000, 0x206f], // General Punctuation (’ – — … ‰ and the narrow no-break space)
	[0x20ac, 0x20ac], // €
	[0x2190, 0x21ff], // arrows
	[0x2200, 0x22ff], // mathematical operators (− ≥ ≈)
	[0x25a0, 0x25ff] // geometric shapes (●)
];

export const inFontSubset = (codePoint: number) =>
	FONT_SUBSET_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);

const subsetText = () =>
	FONT_SUBSET_RANGES.flatMap(([first, last]) =>
		Array.from({ length: last - first + 1 }, (_, offset) => String.fromCodePoint(first + offset))
	).join('');

/** Where the subset files are written for Vite to hash and emit, as it would the originals. */
const SUBSET_DIR = resolve('node_modules/.cache/qui-fait-quoi/fonts');

/**
 * Points each kept WOFF2 face at a copy holding only FONT_SUBSET_RANGES. The copy keeps the original's name, which
 * src/hooks.server.ts preloads by; Vite hashes it by content, so a change of subset gets a new URL.
 */
export async function subsetFontFaces(root: Root): Promise<void> {
	const sources: { decl: import('postcss').Declaration; from: string; url: string }[] = [];
	root.walkAtRules('font-face', (rule) => {
		rule.walkDecls('src', (decl) => {
			const url = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/.exec(decl.value)?.[1];
			const from = decl.source?.input.file;
			if (url && from && !url.startsWith('data:')) sources.push({ decl, from, url });
		});
	});
	mkdirSync(SUBSET_DIR, { recursive: true });
	const text = subsetText();
	for (const { decl, from, url } of sources) {
		const original = resolve(dirname(from), url);
		const subset = join(SUBSET_DIR, basename(original));
		writeFileSync(subset, await subsetFont(readFileSync(original), text, { targetFormat: 'woff2' }));
		decl.value = decl.value.replace(url, relative(dirname(from), subset).split('\\').join('/'));
	}
}

/** The family of src/lib/styles/site.css's fallback faces: Arial resized to Marianne's widths and heights. */
export const FALLBACK_FAMILY = 'Marianne repli';

/**
 * Puts the metric-matched fallback right after Marianne in each font stack (« Marianne,arial,sans-serif »): the
 * text first set in it takes the same room as in Marianne, so nothing moves when Marianne arrives (font-display:
 * swap). The @font-face rules of Marianne itself name only Marianne and are left alone.
 */
export function addFallbackFamily(root: Root): void {
	root.walkDecls('font-family', (decl) => {
		if (decl.parent?.type === 'atrule') return;
		decl.value = decl.value.replace(/^(\s*["']?Marianne["']?\s*),/, `$1,"${FALLBACK_FAMILY}",`);
	});
}

const isDsfr = (root: Root) => root.source?.input.file === DSFR_STYLESHEET;

/** On the DSFR stylesheet only: the unused font faces out, then PurgeCSS with the site's sources as content. */
function purgeDsfr(): Plugin {
	const files = contentFiles(CONTENT_DIR);
	const sources = files.map((file) => readFileSync(file, 'utf8'));
	return {
		postcssPlugin: 'purge-dsfr',
		// Vite has inlined the @imports by now: the root holds the whole DSFR stylesheet.
		async OnceExit(root, helpers) {
			if (!isDsfr(root)) return;
			keepFontFaces(root);
			await subsetFontFaces(root);
			addFallbackFamily(root);
			const purge = purgeCSSPlugin({
				content: files,
				safelist: {
					standard: RUNTIME_CLASSES,
					// PurgeCSS counts a variable as used only by the purged stylesheet's own rules.
					variables: withDependencies(root, referencedVariables(sources))
				},
				variables: true,
				keyframes: true
			}) as Plugin & { OnceExit: NonNullable<Plugin['OnceExit']> };
			await purge.OnceExit(root, helpers);
		}
	};
}

/** The PostCSS plugins of a production build. */
export function dsfrBuildPlugins(): Plugin[] {
	return [purgeDsfr()];
}
