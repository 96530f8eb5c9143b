// ESLint for TypeScript and Svelte 5, after the sveltejs/cli template; Prettier owns the formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	// data/ holds vendored files (ANCT's list of ACV towns is a script), linted by their producers, not here.
	{ ignores: ['build/', '.svelte-kit/', 'test-results/', 'playwright-report/', 'bench-results/', 'data/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		// TypeScript already reports undefined names, and knows the ambient SvelteKit types ESLint does not.
		rules: { 'no-undef': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		// Modules inside src/lib import each other by relative paths, so the node resolver sees every edge.
		plugins: { 'import-x': importX },
		settings: {
			'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.svelte'] })],
			'import-x/ignore': ['node_modules'],
			'import-x/extensions': ['.ts', '.js'],
			'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] }
		},
		rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] }
	},
	{
		// Tests mutate JSON fixtures into every invalid shape: typing each shape would hide what the test does.
		files: ['**/*.test.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		// The site is served from the root (no paths.base), so links need no resolve(); sources are external URLs.
		rules: { 'svelte/no-navigation-without-resolve': 'off' }
	}
);
