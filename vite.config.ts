import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { dsfrBuildPlugins } from './scripts/css/dsfr.ts';

export default defineConfig(({ command }) => ({
	plugins: [sveltekit()],
	css: {
		// The DSFR stylesheets keep an old IE media-query hack that lightningcss refuses; it only drops those rules.
		lightningcss: { errorRecovery: true },
		// Builds ship only the DSFR rules and font faces the pages use; dev keeps the whole DSFR for quick edits.
		postcss: { plugins: command === 'build' ? dsfrBuildPlugins() : [] }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
}));
