import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILD_DIR, PAGES, QUERY_WITH_RESULTS, openPage, searchAnswer } from './pages';

// Read from build/: this runs after `npm run build`, which is why it is a Playwright test and not a vitest one.
const htmlFiles = readdirSync(BUILD_DIR, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html'))
	.sort();

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

function parsePolicy(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...values]) => [name.toLowerCase(), values])
	);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test('the build has pages to check', () => {
	expect(htmlFiles.length).toBeGreaterThanOrEqual(PAGES.length - 4);
});

test.describe('every built page carries a strict Content-Security-Policy', () => {
	for (const file of htmlFiles) {
		test(file, () => {
			// Comments dropped: app.html's comments mention a <style> element in words.
			const html = readFileSync(join(BUILD_DIR, file), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
			const meta = html.match(CSP_META);
			expect(meta, 'a <meta http-equiv="content-security-policy"> tag').not.toBeNull();
			// A policy only governs what comes after it in the document.
			const firstScript = html.search(/<script|<link[^>]+rel="modulepreload"/);
			expect(meta!.index!, 'the policy comes before the first script').toBeLessThan(
				firstScript === -1 ? Infinity : firstScript
			);

			const policy = parsePolicy(meta![1].replace(/&#39;|&apos;/g, "'"));
			const scriptSrc = policy.get('script-src') ?? policy.get('default-src') ?? [];
			expect(scriptSrc).not.toContain("'unsafe-inline'");
			expect(scriptSrc).not.toContain("'unsafe-eval'");
			expect(scriptSrc).not.toContain('*');
			expect(policy.get('object-src')).toEqual(["'none'"]);
			expect(policy.get('base-uri')).toEqual(["'self'"]);

			// Each inline script runs only because its hash is in the policy; no handler attribute or javascript: URL.
			for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
				expect(scriptSrc, 'hash of an inline script').toContain(sha256(body));
			}
			expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);

			// Styles too: no 'unsafe-inline', so a <style> element runs only by its hash and a style attribute not at all.
			const styleSrc = policy.get('style-src') ?? policy.get('default-src') ?? [];
			expect(styleSrc).not.toContain("'unsafe-inline'");
			// 'unsafe-hashes' lets through only the style attributes whose exact value is hashed (SvelteKit's announcer).
			expect(styleSrc.filter((source) => source !== "'self'" && !/^'(unsafe-hashes|sha256-.+)'$/.test(source))).toEqual(
				[]
			);
			for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
				expect(styleSrc, 'hash of an inline <style>').toContain(sha256(body));
			}
			expect(html, 'no style attribute, which the policy would block').not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
			expect(html).not.toMatch(/(href|src|action)\s*=\s*["']?\s*javascript:/i);
		});
	}
});

test.describe('Chromium reports no CSP violation on page load', () => {
	for (const site of PAGES) {
		test(`${site.name} (${site.path})`, async ({ page }) => {
			await page.addInitScript(() => {
				const violations: string[] = [];
				(window as unknown as { cspViolations: string[] }).cspViolations = violations;
				document.addEventListener('securitypolicyviolation', (event) =>
					violations.push(
						`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`
					)
				);
			});
			const consoleReports: string[] = [];
			page.on('console', (message) => {
				if (/Content.Security.Policy/i.test(message.text())) consoleReports.push(message.text());
			});
			await openPage(page, site);
			const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
			expect(violations).toEqual([]);
			expect(consoleReports).toEqual([]);
		});
	}
});

test('under the policy the page still hydrates: search as you type answers', async ({ page }) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	// The stylesheet applies: the body wrapper (a class since style-src has no 'unsafe-inline') adds no box.
	await expect(page.locator('body > .sveltekit-body')).toHaveCSS('display', 'contents');
	await page.getByRole('searchbox').pressSequentially(QUERY_WITH_RESULTS);
	await expect(searchAnswer(page, QUERY_WITH_RESULTS).locator('[data-topic-id]').first()).toBeVisible();
	// The address follows the query: SvelteKit's router runs too.
	await expect(page).toHaveURL(
		new RegExp(`\\?q=${encodeURIComponent(QUERY_WITH_RESULTS).replace(/%20/g, '(\\+|%20)')}`)
	);
});
