/**
 * The story and the gallery ship no framework: only their islands hydrate, from the server's
 * markup, when seen or first used. Hydration must keep that markup (nothing thrown away and
 * rebuilt), and chart data must arrive with its island, not in the page.
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
	test(`${path}: the sticky chart hydrates in place, its data fetched only then`, async ({
		page
	}) => {
		const fetched: string[] = [];
		page.on('request', (r) => r.url().includes('/data/charts/') && fetched.push(r.url()));
		// Hold the island script back so the markup can be marked first.
		await page.route('**/_islands/story.js', async (route) => {
			await new Promise((r) => setTimeout(r, 500));
			await route.continue();
		});
		await page.goto(path);
		expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(
			0
		);
		expect(fetched).toEqual([]);
		const marked = await markIslands(page);
		const island = page.locator('[data-island="sticky-chart"]');
		await expect(island).toHaveAttribute('data-hydrated', '');
		expect(await kept(page, '[data-island="sticky-chart"]')).toEqual({
			total: marked,
			fromServer: marked
		});
		expect(fetched).toHaveLength(1);
		// Interactive now: the chart's actions work.
		await expect(island.locator('button[data-action="embed"]')).toBeEnabled();
	});
}

test('the gallery hydrates a chart when it is scrolled to, not all at load', async ({ page }) => {
	await page.route('**/_islands/gallery.js', async (route) => {
		await new Promise((r) => setTimeout(r, 500));
		await route.continue();
	});
	await page.goto('/en/charts/');
	await markIslands(page);
	const first = page.locator('[data-island="gallery-chart"]').first();
	await expect(first).toHaveAttribute('data-hydrated', '');
	const firstId = await first.getAttribute('data-chart');
	const sel = `[data-island="gallery-chart"][data-chart="${firstId}"]`;
	const k = await kept(page, sel);
	expect(k.fromServer).toBe(k.total);
	// The last chart is far below: still server markup until the reader gets there.
	const last = page.locator('[data-island="gallery-chart"]').last();
	await expect(last).not.toHaveAttribute('data-hydrated', '');
	await last.scrollIntoViewIfNeeded();
	await expect(last).toHaveAttribute('data-hydrated', '');
});
