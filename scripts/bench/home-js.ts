/**
 * The JavaScript the prerendered home page loads, read from build/: what a phone on a rural connection
 * downloads before the search answers. Shared by `npm run bench` and the budget test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const HOME_JS_BUDGET_BYTES = 60 * 1024;

export interface BuiltScript {
	/** Path relative to the build directory, e.g. `_app/immutable/entry/start.B1x.js`. */
	file: string;
	bytes: number;
	gzipBytes: number;
}

export interface HomePageScripts {
	scripts: BuiltScript[];
	totalBytes: number;
	totalGzipBytes: number;
	/** The inline bootstrap scripts of index.html, which carry the page's serialised data. */
	inlineScripts: string[];
}

const MODULEPRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*>/g;
const HREF = /\bhref="([^"]+)"/;
const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
// Static `import … from "x.js"`, `import "x.js"`, `export … from "x.js"`; not `import("…")`, which loads later.
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[^"'`;()]*?\bfrom\s*)?["'`]([^"'`]+\.js)["'`]/g;

/** Resolves a URL found in index.html or in a built module to a path relative to the build directory. */
function resolveFrom(fromFile: string, specifier: string): string {
	if (specifier.startsWith('/')) return posix.normalize(specifier.slice(1));
	return posix.normalize(posix.join(posix.dirname(fromFile), specifier));
}

/**
 * Every JS file build/index.html loads up front: its modulepreload links, its module scripts, the
 * modules its inline bootstrap imports, and their static imports, followed transitively.
 */
export function homePageScripts(buildDir: string): HomePageScripts {
	const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
	const inlineScripts = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1]).filter((code) => code.trim() !== '');
	const queue = [
		...[...html.matchAll(MODULEPRELOAD)].map((match) => HREF.exec(match[0])?.[1]),
		...[...html.matchAll(SCRIPT_SRC)].map((match) => match[1]),
		...inlineScripts.flatMap((code) => [...code.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]))
	]
		.filter((href): href is string => href !== undefined && href.endsWith('.js'))
		.map((href) => resolveFrom('index.html', href));

	const seen = new Set<string>();
	const scripts: BuiltScript[] = [];
	for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(join(buildDir, file));
		scripts.push({ file, bytes: code.length, gzipBytes: gzipSync(code).length });
		for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(resolveFrom(file, match[1]));
	}
	return {
		scripts,
		totalBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
		totalGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
		inlineScripts
	};
}

/** Every client JS file of the build, whatever page loads it (paths relative to the build directory). */
export function allBuiltScripts(buildDir: string): string[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.js')) files.push(relative(buildDir, path));
		}
	};
	const appDir = join(buildDir, '_app');
	if (existsSync(appDir)) walk(appDir);
	return files;
}

/** The home page's data as SvelteKit serves it on client-side navigation (absent if the page has no load). */
export function homePageData(buildDir: string): string | undefined {
	const path = join(buildDir, '__data.json');
	return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export const formatKilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
