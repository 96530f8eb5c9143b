import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { allBuiltScripts, homePageScripts, pageStylesheets } from './page-weight';

// A miniature SvelteKit build: what index.html preloads and imports is counted; what loads on navigation is not.
const files: Record<string, string> = {
	'index.html': `<!doctype html><html><head>
		<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link rel="modulepreload" href="/_app/immutable/nodes/2.B.js">
		<link href="./_app/immutable/assets/0.css" rel="stylesheet">
		<noscript><link rel="stylesheet" href="/noscript.css" /></noscript>
		<style>main{padding:1rem}</style>
		<link href="./_app/immutable/assets/1.css" rel="stylesheet" disabled media="(max-width: 0)">
		</head><body><script>
		{ Promise.all([import("./_app/immutable/entry/start.A.js"), import("./_app/immutable/entry/app.C.js")]).then(() => {}); }
		</script></body></html>`,
	'_app/immutable/entry/start.A.js': 'import{a as b}from"../chunks/shared.js";export{b as start};',
	'_app/immutable/entry/app.C.js': 'import"../chunks/side.js";const n=[()=>import(`../nodes/3.D.js`)];export{n};',
	'_app/immutable/nodes/2.B.js': 'export{x}from"../chunks/shared.js";',
	'_app/immutable/nodes/3.D.js': 'export const otherPage=1;',
	'_app/immutable/chunks/shared.js': 'export const a=1,x=2;',
	'_app/immutable/chunks/side.js': 'globalThis.side=1;',
	'_app/immutable/assets/0.css': 'body{margin:0}',
	'_app/immutable/assets/1.css': 'main{padding:1rem}',
	'noscript.css': '.needs-js{display:none}'
};

const root = mkdtempSync(join(tmpdir(), 'qfq-page-weight-'));
for (const [file, content] of Object.entries(files)) {
	mkdirSync(dirname(join(root, file)), { recursive: true });
	writeFileSync(join(root, file), content);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('homePageScripts', () => {
	const home = homePageScripts(root);
	const counted = home.scripts.map((script) => script.file).sort();

	it('follows modulepreload links, the bootstrap’s imports and their static imports, each once', () => {
		expect(counted).toEqual([
			'_app/immutable/chunks/shared.js',
			'_app/immutable/chunks/side.js',
			'_app/immutable/entry/app.C.js',
			'_app/immutable/entry/start.A.js',
			'_app/immutable/nodes/2.B.js'
		]);
	});

	it('leaves out what another page loads later through a dynamic import', () => {
		expect(counted).not.toContain('_app/immutable/nodes/3.D.js');
		expect(allBuiltScripts(root)).toContain('_app/immutable/nodes/3.D.js');
	});

	it('sums the gzipped sizes of exactly the counted files', () => {
		const expected = counted.reduce((sum, file) => sum + gzipSync(Buffer.from(files[file])).length, 0);
		expect(home.totalGzipBytes).toBe(expected);
		expect(home.inlineScripts.join()).toContain('import("./_app/immutable/entry/app.C.js")');
	});
});

describe('pageStylesheets', () => {
	const css = pageStylesheets(root, 'index.html');

	it('counts the stylesheets the page fetches, not the ones inlined and disabled, nor the one for no JavaScript', () => {
		expect(css.stylesheets.map((file) => file.file)).toEqual(['_app/immutable/assets/0.css']);
	});

	it('adds the styles the page carries inline', () => {
		const inlineGzip = gzipSync(Buffer.from('main{padding:1rem}')).length;
		expect(css.inlineGzipBytes).toBe(inlineGzip);
		expect(css.totalGzipBytes).toBe(gzipSync(Buffer.from(files['_app/immutable/assets/0.css'])).length + inlineGzip);
	});
});
