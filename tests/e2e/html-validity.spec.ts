import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILD_DIR } from './pages';

const VNU_JAR = join(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error';
	url: string;
	message: string;
	extract?: string;
	lastLine?: number;
}

/**
 * Messages the checker gets wrong for what SvelteKit rightly emits, each matched narrowly and with its reason.
 * None are needed today; add one only with the checker's message verbatim and why it is a false positive.
 */
const FALSE_POSITIVES: { message: RegExp; reason: string }[] = [];

test('the Nu HTML checker finds no error in any built page', async () => {
	// One JVM for every page: starting Java is most of the cost, and this machine is slow.
	test.setTimeout(240_000);
	expect(existsSync(VNU_JAR), `${VNU_JAR} (the vnu-jar package)`).toBe(true);
	const files = readdirSync(BUILD_DIR, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(BUILD_DIR, file));
	expect(files.length).toBeGreaterThan(0);

	const run = spawnSync(
		'java',
		['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
		{
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		}
	);
	expect(run.error, 'java runs (Java 17 is required)').toBeUndefined();
	const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };

	const errors = messages
		.filter((message) => message.type !== 'info')
		.filter((message) => !FALSE_POSITIVES.some((known) => known.message.test(message.message)))
		.map((message) => {
			const file = relative(BUILD_DIR, decodeURIComponent(new URL(message.url).pathname));
			return `${file}:${message.lastLine ?? '?'}: ${message.message}${message.extract ? ` — ${message.extract.trim()}` : ''}`;
		});
	expect(errors).toEqual([]);
});
