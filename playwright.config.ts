import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium; Playwright's own browser download cannot reach its CDN from these machines.
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
	// A missing browser must fail the browser tests loudly, never skip them.
	throw new Error(
		`Chromium not found at ${CHROMIUM}. Install it with "apt-get install -y chromium" ` +
			`or set CHROME_PATH to a Chromium/Chrome binary.`
	);
}

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	outputDir: 'test-results/e2e',
	fullyParallel: false,
	workers: 1, // 2 cores: one browser at a time
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: { baseURL: 'http://127.0.0.1:4173', trace: 'off', screenshot: 'only-on-failure' },
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: CHROMIUM,
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run'
					]
				}
			}
		}
	],
	webServer: [
		{
			// Serves build/ with its _headers, as a static host would (`npm run build` first; `npm test` does).
			command: 'node scripts/serve.mjs',
			url: 'http://127.0.0.1:4173/',
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			// A second origin: host pages that embed the charts (tests/e2e/host/).
			command: 'node tests/e2e/host/server.mjs',
			url: 'http://127.0.0.1:4174/embed-script.html',
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		}
	]
});
