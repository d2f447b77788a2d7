/**
 * The page fixture every browser test uses: it fails the test on any console error or
 * uncaught exception, any response with an error status (named by its address), and any
 * request that leaves localhost.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guarded: void; allowedConsoleErrors: RegExp | null }>({
	/** Console errors a test provokes on purpose (e.g. a blocked frame); anything else fails. */
	allowedConsoleErrors: [null, { option: true }],
	guarded: [
		async ({ page, allowedConsoleErrors }, use) => {
			const problems: string[] = [];
			page.on('console', (msg) => {
				if (msg.type() === 'error' && !allowedConsoleErrors?.test(msg.text()))
					problems.push(`console error: ${msg.text()}`);
			});
			page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
			// The console says only "404"; the address says what is missing.
			page.on('response', (res) => {
				if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
			});
			page.on('request', (req) => {
				const { hostname } = new URL(req.url());
				// `.test` is reserved for testing (RFC 2606): the embed tests' host pages live there.
				const local = ['127.0.0.1', 'localhost'].includes(hostname) || hostname.endsWith('.test');
				if (!local && !req.url().startsWith('data:') && !req.url().startsWith('blob:'))
					problems.push(`request left localhost: ${req.url()}`);
			});
			await use();
			expect(problems).toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };
