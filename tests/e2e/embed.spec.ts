import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The host pages live on a second localhost origin (tests/e2e/host/server.mjs).
const HOST = 'http://localhost:4174';

/** The iframe's CSS height and the embedded content's own height. */
async function heights(page: Page, selector: string) {
	const frameEl = page.locator(selector);
	const frame = (await frameEl.elementHandle())!.contentFrame();
	const content = await (await frame)!
		.locator('.embed-root')
		.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
	const iframe = await frameEl.evaluate((el) => Math.round(el.getBoundingClientRect().height));
	return { iframe, content };
}

async function expectFits(page: Page, selector: string) {
	await expect
		.poll(
			async () => {
				const h = await heights(page, selector);
				return Math.abs(h.iframe - h.content);
			},
			{ timeout: 10_000 }
		)
		.toBeLessThanOrEqual(1);
}

test('embed.js on another origin sizes the iframe to its content and follows resizes', async ({
	page
}) => {
	await page.setViewportSize({ width: 1100, height: 900 });
	await page.goto(`${HOST}/embed-script.html`);
	const selector = '.iraq-war-embed iframe';
	await expect(page.locator(selector)).toHaveCount(1);
	await expectFits(page, selector);
	const wide = (await heights(page, selector)).iframe;
	await page.setViewportSize({ width: 360, height: 900 });
	await expectFits(page, selector);
	const narrow = (await heights(page, selector)).iframe;
	expect(narrow).toBeGreaterThan(wide);
	await page.setViewportSize({ width: 1100, height: 900 });
	await expectFits(page, selector);
	expect((await heights(page, selector)).iframe).toBe(wide);
});

test('a forged height message from another frame or the host changes nothing', async ({ page }) => {
	await page.goto(`${HOST}/forged.html`);
	const selector = '.iraq-war-embed iframe';
	await expectFits(page, selector);
	const before = (await heights(page, selector)).iframe;
	await page.evaluate(() =>
		window.postMessage({ type: 'iraq-war-numbers:height', height: 9 }, '*')
	);
	await page.waitForTimeout(2000);
	expect((await heights(page, selector)).iframe).toBe(before);
});

test('a real pym.js v1 Parent sizes the embed', async ({ page }) => {
	await page.goto(`${HOST}/pym-parent.html`);
	const selector = '#pym-chart iframe';
	await expect(page.locator(selector)).toHaveAttribute('src', /childId=pym-chart/);
	await expectFits(page, selector);
});

test('the embed honours ?theme and state parameters, and ignores hostile ones', async ({
	page
}) => {
	await page.goto('/en/embed/civilian-toll/?theme=dark&view=yearly&year=2006');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('figure.chart')).toHaveAttribute(
		'data-state',
		JSON.stringify({ view: 'yearly', year: '2006' })
	);
	await page.goto(
		'/en/embed/civilian-toll/?view=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E&year=1e99'
	);
	await expect(page.locator('figure.chart')).toHaveAttribute(
		'data-state',
		JSON.stringify({ view: 'monthly', year: '' })
	);
	expect(
		await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)
	).toBeUndefined();
	await expect(page.locator('rect.column')).toHaveCount(132);
});

test('permalinks round-trip: state → URL → rendered state', async ({ page }) => {
	await page.goto('/en/charts/');
	const chart = page.locator('section#coalition-deaths > figure.chart');
	await chart.scrollIntoViewIfNeeded(); // charts hydrate when the reader reaches them
	await chart.locator('button[data-value="us-yearly"]').click();
	await chart.locator('select[data-control="year"]').selectOption('2007');
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await chart.locator('button[data-action="copy-permalink"]').click();
	// a click made while the chart wakes (its first control woke it) is replayed once it is awake
	await expect(chart.locator('.actions [role="status"]')).toHaveText('Link copied');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toBe('http://localhost:4173/en/share/coalition-deaths/?view=us-yearly&year=2007');
	await page.goto(link.replace('http://localhost:4173', ''));
	await expect(page.locator('figure.chart')).toHaveAttribute(
		'data-state',
		JSON.stringify({ view: 'us-yearly', year: '2007' })
	);
	await expect(page.locator('rect.column:not(.muted)')).toHaveAttribute('data-key', '2007');
});

test('the embed dialog offers both snippets for the current language and state', async ({
	page
}) => {
	await page.goto('/ar/charts/');
	const chart = page.locator('section#civilian-toll > figure.chart');
	await chart.scrollIntoViewIfNeeded(); // charts hydrate when the reader reaches them
	await chart.locator('button[data-value="yearly"]').click();
	await chart.locator('button[data-action="embed"]').click();
	const dialog = page.locator('dialog[open]');
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('[data-snippet="iframe"]')).toHaveValue(
		/<iframe src="http:\/\/localhost:4173\/ar\/embed\/civilian-toll\/live\/\?view=yearly" .*height="\d+"/
	);
	await expect(dialog.locator('[data-snippet="script"]')).toHaveValue(
		/data-src="http:\/\/localhost:4173\/ar\/embed\/civilian-toll\/live\/\?view=yearly"[\s\S]*src="http:\/\/localhost:4173\/embed.js"/
	);
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
});

test('only the embed pages may be framed by other sites; every page has a strict CSP', async ({
	request
}) => {
	const csp = async (path: string) =>
		(await request.get(path)).headers()['content-security-policy'];
	expect(await csp('/en/embed/war-cost/')).toBe('frame-ancestors *');
	expect(await csp('/ar/embed/invasion-map/')).toBe('frame-ancestors *');
	for (const path of ['/', '/ar/', '/en/charts/', '/ar/sources/', '/en/share/war-cost/'])
		expect(await csp(path), path).toBe("frame-ancestors 'none'");
	for (const path of ['/', '/ar/', '/en/embed/war-cost/', '/en/share/war-cost/']) {
		const html = await (await request.get(path)).text();
		const meta =
			/<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		const script = /script-src ([^;]+)/.exec(meta)?.[1] ?? '';
		expect(script, path).toMatch(/^'self'( 'sha256-[^']+')*$/);
		expect(meta).toContain("default-src 'self'");
	}
});

test.describe('framing', () => {
	test.use({ allowedConsoleErrors: /frame-ancestors|Refused to (frame|display)/ });
	test('a host page cannot frame the story, only the embeds', async ({ page }) => {
		await page.goto(`${HOST}/embed-script.html`);
		await page.evaluate(() => {
			for (const src of ['http://127.0.0.1:4173/en/', 'http://127.0.0.1:4173/en/embed/war-cost/']) {
				const f = document.createElement('iframe');
				f.src = src;
				document.body.append(f);
			}
		});
		// the embed renders; the story is refused (Chromium shows its error page instead)
		await expect
			.poll(async () => {
				const frames = page.frames().map((f) => f.url());
				return {
					embed: frames.includes('http://127.0.0.1:4173/en/embed/war-cost/'),
					story: frames.includes('http://127.0.0.1:4173/en/')
				};
			})
			.toEqual({ embed: true, story: false });
		const embed = page
			.frames()
			.find((f) => f.url() === 'http://127.0.0.1:4173/en/embed/war-cost/')!;
		await expect(embed.locator('figure.chart')).toBeVisible();
	});
});

test('the plain embed tells its parent its height in all four formats', async ({ page }) => {
	await page.goto(`${HOST}/messages.html`);
	const frame = page.frameLocator('#chart');
	const height = await frame
		.locator('.embed-root')
		.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
	await expect
		.poll(
			async () =>
				(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages))
					.length
		)
		.toBeGreaterThanOrEqual(4);
	const messages = (
		await page.evaluate(
			() => (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages
		)
	).filter((m) => m.origin === 'http://127.0.0.1:4173');
	const last = (match: (d: unknown) => boolean) =>
		messages.filter((m) => match(m.data)).at(-1)?.data;
	expect(last((d) => typeof d === 'string' && d.startsWith('pymxPYMx'))).toBe(
		`pymxPYMxchart-1xPYMxheightxPYMx${height}`
	);
	expect(
		last((d) => typeof d === 'object' && (d as { sentinel?: string }).sentinel === 'amp')
	).toEqual({ sentinel: 'amp', type: 'embed-size', height });
	const resize = last((d) => typeof d === 'string' && d.includes('iframe.resize')) as string;
	expect(JSON.parse(resize)).toEqual({
		context: 'iframe.resize',
		src: 'http://127.0.0.1:4173/en/embed/war-cost/?childId=chart-1',
		height
	});
	expect(
		last(
			(d) => typeof d === 'object' && (d as { type?: string }).type === 'iraq-war-numbers:height'
		)
	).toEqual({
		type: 'iraq-war-numbers:height',
		chart: 'war-cost',
		height
	});
});

test('the plain embed ships only a few KB of script, and its points still show tooltips by keyboard', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
	});
	await page.goto('/en/embed/civilian-toll/');
	expect(scripts).toEqual(['/embed-child.js']);
	const first = page.locator('.point[data-point="2003-01"]');
	await first.focus();
	await expect(page.locator('.chart-tooltip')).toHaveText('January 2003: 3 civilian deaths');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.point[data-point="2003-02"]')).toBeFocused();
	await expect(page.locator('.chart-tooltip')).toHaveText('February 2003: 2 civilian deaths');
	await page.keyboard.press('End');
	await expect(page.locator('.chart-tooltip')).toHaveText('December 2013: 983 civilian deaths');
});
