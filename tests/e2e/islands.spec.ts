/**
 * The story and the gallery ship no framework. The story's sticky chart is server HTML, a
 * figure per step fetched as the reader nears it, made to work by plain DOM; the gallery's
 * charts hydrate, from the server's markup, when seen or first used. Neither may throw the
 * server's markup away and rebuild it, and chart data arrives only when needed, never in the page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Marks every element of the page's islands before their script runs. */
async function markIslands(page: Page) {
	return page.evaluate(() => {
		const all = [...document.querySelectorAll('[data-island] *')];
		for (const el of all) (el as unknown as { __server: boolean }).__server = true;
		return all.length;
	});
}
const kept = (page: Page, selector: string) =>
	page.evaluate((sel) => {
		const all = [...document.querySelectorAll(`${sel} *`)];
		return {
			total: all.length,
			fromServer: all.filter((el) => (el as unknown as { __server?: boolean }).__server).length
		};
	}, selector);

for (const path of ['/ar/', '/en/']) {
	test(`${path}: the sticky chart is the server's figure, working without a framework`, async ({
		page
	}) => {
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		// Hold the story's script back so the markup can be marked first.
		await page.route('**/_islands/story.js', async (route) => {
			await new Promise((r) => setTimeout(r, 500));
			await route.continue();
		});
		await page.goto(path, { waitUntil: 'commit' });
		const graphic = page.locator('[data-sticky-figure]');
		await expect(graphic.locator('figure.chart')).toBeVisible();
		expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(
			0
		);
		await page.waitForLoadState('domcontentloaded');
		const marked = await graphic.evaluate((root) => {
			const all = [...root.querySelectorAll('*')];
			for (const el of all) (el as unknown as { __server: boolean }).__server = true;
			return all.length;
		});
		// Usable once the script runs: actions enabled, the server's elements all kept.
		await expect(graphic.locator('button[data-action="embed"]')).toBeEnabled();
		const kept = await graphic.evaluate(
			(root) =>
				[...root.querySelectorAll('*')].filter(
					(el) => (el as unknown as { __server?: boolean }).__server
				).length
		);
		expect(kept).toBe(marked);
		// A data point shows its tooltip on focus, as everywhere else.
		const point = graphic.locator('button.point').first();
		await point.focus();
		await expect(graphic.locator('.chart-tooltip')).toBeVisible();
		await expect(graphic.locator('.chart-tooltip')).toHaveText(
			(await point.getAttribute('aria-label'))!
		);
		// No framework and no chart data: the page stays as light as an embed.
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => 'svelte' in window || '__svelte' in window)).toBe(false);
		expect(fetched.filter((p) => p.startsWith('/data/charts/'))).toEqual([]);
	});
}

test('each step’s figure is fetched as the reader nears it; within a chart its marks move', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	const figures: string[] = [];
	page.on(
		'request',
		(r) => r.url().includes('/figures/') && figures.push(new URL(r.url()).pathname)
	);
	await page.goto('/en/#step-6');
	const graphic = page.locator('[data-sticky-figure]');
	const step = (n: number) => page.locator(`article[data-step="${n}"]`);
	await expect(graphic.locator('figure.chart')).toHaveAttribute(
		'data-state',
		(await step(6).getAttribute('data-state'))!
	);
	expect(figures).toContain(await step(6).getAttribute('data-figure'));
	// the next step's figure is on its way before the reader gets there
	await expect.poll(() => figures).toContain(await step(7).getAttribute('data-figure'));
	const events = await graphic.evaluate((root) => {
		const marks = [...root.querySelectorAll('[data-event]')];
		for (const m of marks) (m as unknown as { __before: boolean }).__before = true;
		(window as unknown as { __marks: Element[] }).__marks = marks;
		return marks.length;
	});
	expect(events).toBeGreaterThan(0);
	await step(7).evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(graphic.locator('figure.chart')).toHaveAttribute(
		'data-state',
		(await step(7).getAttribute('data-state'))!
	);
	// the events already on the map are the same elements, moved or restyled, not redrawn
	const stillThere = await page.evaluate(
		() =>
			(window as unknown as { __marks: Element[] }).__marks.filter(
				(m) => m.isConnected && m.closest('[data-sticky-figure]')
			).length
	);
	expect(stillThere).toBe(events);
	// another chart replaces the figure
	await step(11).evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(graphic.locator('figure.chart')).toHaveAttribute(
		'data-chart',
		'coalition-composition'
	);
	await expect(graphic.locator('button[data-action="embed"]')).toBeEnabled();
});

test('the sticky chart’s downloads load the chart only when asked for', async ({ page }) => {
	const charts: string[] = [];
	page.on('request', (r) => r.url().includes('/data/charts/') && charts.push(r.url()));
	await page.goto('/en/');
	const graphic = page.locator('[data-sticky-figure]');
	await expect(graphic.locator('button[data-action="download-csv"]')).toBeEnabled();
	expect(charts).toEqual([]);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		graphic.locator('button[data-action="download-csv"]').click()
	]);
	const chart = await graphic.locator('figure.chart').getAttribute('data-chart');
	expect(download.suggestedFilename()).toMatch(new RegExp(`^${chart}-en-.*\\.csv$`));
	expect(charts).toHaveLength(1);
});

test('the gallery works as server HTML and hydrates a chart only when its controls are used', async ({
	page
}) => {
	await page.goto('/en/charts/');
	const chart = page.locator('[data-island="gallery-chart"][data-chart="civilian-toll"]');
	await chart.scrollIntoViewIfNeeded();
	// points and actions work at once, in plain DOM, with nothing hydrated
	const point = chart.locator('button.point').first();
	await point.focus();
	await expect(chart.locator('.chart-tooltip')).toHaveText(
		(await point.getAttribute('aria-label'))!
	);
	await expect(chart.locator('button[data-action="embed"]')).toBeEnabled();
	await page.waitForLoadState('networkidle');
	await expect(page.locator('[data-island][data-hydrated]')).toHaveCount(0);
	expect(await page.evaluate(() => '__svelte' in window)).toBe(false);
	// reaching for a control wakes the chart, keeping the server's markup
	await markIslands(page);
	const sel = '[data-island="gallery-chart"][data-chart="civilian-toll"]';
	await chart.locator('fieldset.controls button').first().focus();
	await expect(chart).toHaveAttribute('data-hydrated', '');
	const k = await kept(page, sel);
	expect(k.fromServer).toBe(k.total);
	await expect(page.locator('[data-island][data-hydrated]')).toHaveCount(1);
	// a first click that lands while a chart wakes is not lost: it is replayed once awake
	const other = page.locator('[data-island="gallery-chart"][data-chart="us-casualties"]');
	const view = other.locator('fieldset.controls button[aria-pressed="false"]').first();
	const value = (await view.getAttribute('data-value'))!;
	await view.click();
	await expect(other).toHaveAttribute('data-hydrated', '');
	await expect(other.locator('figure.chart').first()).toHaveAttribute(
		'data-state',
		new RegExp(`"view":"${value}"`)
	);
});
