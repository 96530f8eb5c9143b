import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// SvelteKit's route announcer (its generated root.svelte) is the only inline style of the pages, an attribute that
// CSP hashes allow only with 'unsafe-hashes': that one value is allowed, not any style an injected tag could carry.
// If a SvelteKit upgrade changes it, tests/e2e/csp.spec.ts fails and Chromium's message gives the new hash.
const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcerHash = /** @type {`sha256-${string}`} */ (
	`sha256-${createHash('sha256').update(ANNOUNCER_STYLE).digest('base64')}`
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered: the site is static files, served as is.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Small stylesheets (each page's and component's own, at most a few KB) go inline: one render-blocking request
		// is left, DSFR's (12 KB gzipped once purged), cached across pages. Inlining that one too gave an earlier first
		// paint but three times the style work during hydration (`npm run bench`, Lighthouse). SvelteKit adds each
		// <style>'s hash to the CSP below.
		inlineStyleThreshold: 8 * 1024,
		// The offline worker is registered by static/register-service-worker.js on every page, those without
		// SvelteKit's client included: one way in, not two.
		serviceWorker: { register: false },
		// Absolute asset paths: static hosts serve 404.html at any depth, where relative ones would break.
		paths: { relative: false },
		// Hashes for SvelteKit's own inline bootstrap and inlined styles: no 'unsafe-inline' for scripts, nor for
		// styles (the built pages have no style attribute, and tests/e2e/csp.spec.ts checks it).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-hashes', announcerHash],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
