import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The DSFR stylesheets keep an old IE media-query hack that lightningcss refuses; it only drops those rules.
	css: { lightningcss: { errorRecovery: true } },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
