import { LANGS } from '../../src/lib/i18n/lang';
import { CHART_IDS } from './charts';
import { expect, test } from './fixtures';

const CHARTS = CHART_IDS;

for (const lang of LANGS) {
	test(`/${lang}/charts/ shows every chart with its plot, summary and sources`, async ({
		page
	}) => {
		await page.goto(`/${lang}/charts/`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		for (const id of CHARTS) {
			const chart = page.locator(`section#${id} > figure.chart[data-chart="${id}"]`);
			await expect(chart, id).toBeVisible();
			await expect(chart.locator('svg').first()).toBeVisible();
			await expect(chart.locator('.summary')).not.toBeEmpty();
			await expect(chart.locator('figcaption .sources')).toContainText('S');
			const box = await chart.locator('.plot').boundingBox();
			expect(box!.height, id).toBeGreaterThan(100);
		}
	});
}

test('charts are in the page without JavaScript, and without controls', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/en/charts/');
	for (const id of CHARTS)
		await expect(page.locator(`figure[data-chart="${id}"] svg`).first()).toBeVisible();
	await expect(page.locator('figure[data-chart="coalition-deaths"] rect.column')).toHaveCount(106);
	// controls and actions are in the markup (so nothing moves on hydration) but not shown
	const live = page.locator('figure.chart fieldset.live');
	expect(await live.count()).toBeGreaterThan(0);
	for (const fieldset of await live.all()) await expect(fieldset).toBeHidden();
	await context.close();
});

test('keyboard focus reaches the data points and shows the tooltip', async ({ page }) => {
	await page.goto('/en/charts/');
	const chart = page.locator('figure[data-chart="coalition-deaths"]').first();
	// Start on the last control before the plot and Tab forward into the chart's points.
	const year = chart.locator('select[data-control="year"]');
	await expect(year).toBeEnabled(); // hydrated
	await year.focus();
	await page.keyboard.press('Tab');
	const first = chart.locator('.point[data-point="2003-03"]');
	await expect(first).toBeFocused();
	await expect(chart.locator('.tooltip')).toHaveText('March 2003: 65 deaths');
	await page.keyboard.press('ArrowRight');
	await expect(chart.locator('.point[data-point="2003-04"]')).toBeFocused();
	await expect(chart.locator('.tooltip')).toHaveText('April 2003: 74 deaths');
	await page.keyboard.press('End');
	await expect(chart.locator('.tooltip')).toHaveText('December 2011: 0 deaths');
	// only one tab stop for all the points
	await page.keyboard.press('Tab');
	await expect(chart.locator('.point:focus')).toHaveCount(0);
});

test('the Arabic tooltip reads in Arabic with Iraqi month names, the noun agreeing with the number', async ({
	page
}) => {
	await page.goto('/ar/charts/');
	const chart = page.locator('figure[data-chart="civilian-toll"]').first();
	await chart.locator('.point[data-point="2006-07"]').focus();
	await expect(chart.locator('.tooltip')).toHaveText('تموز 2006: 3,205 قتلى مدنيين');
});

test('touch: tapping a point shows its tooltip', async ({ browser }) => {
	const context = await browser.newContext({
		hasTouch: true,
		viewport: { width: 390, height: 844 }
	});
	const page = await context.newPage();
	await page.goto('/en/charts/');
	const chart = page.locator('figure[data-chart="death-estimates"]').first();
	await chart.locator('.point[data-point="ifhs-2008"]').tap();
	await expect(chart.locator('.tooltip')).toContainText('151,000 (104,000–223,000)');
	await context.close();
});

test('controls switch the view and highlight a year', async ({ page }) => {
	await page.goto('/en/charts/');
	const chart = page.locator('figure[data-chart="coalition-deaths"]').first();
	await chart.locator('button[data-value="us-yearly"]').click();
	await expect(chart).toHaveAttribute(
		'data-state',
		JSON.stringify({ view: 'us-yearly', year: '' })
	);
	await expect(chart.locator('rect.column')).toHaveCount(9);
	await chart.locator('select[data-control="year"]').selectOption('2007');
	await expect(chart.locator('rect.column.muted')).toHaveCount(8);
	await expect(chart.locator('rect.column:not(.muted)')).toHaveAttribute('data-key', '2007');
	await expect(chart.locator('.summary')).toContainText('In 2007: 904 deaths.');
	await chart.locator('button[data-value="countries"]').click();
	await expect(chart.locator('rect.bar')).toHaveCount(22);
});

test('the map moves to a date', async ({ page }) => {
	await page.goto('/ar/charts/');
	const chart = page.locator('figure[data-chart="invasion-map"]').first();
	await chart.scrollIntoViewIfNeeded(); // charts hydrate when the reader reaches them
	await chart.locator('select[data-control="date"]').selectOption('2003-03-23');
	await expect(chart.locator('[data-map-date]')).toHaveText('23 آذار 2003');
	await expect(chart.locator('.event.today')).toHaveAttribute('data-event', 'nasiriyah');
	await expect(chart.locator('[data-event="firdos-square"]')).toHaveCount(0);
});
