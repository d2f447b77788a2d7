import { LANGS } from '../../src/lib/i18n/lang';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Summary = Record<string, { value: number }>;

const stepState = async (page: Page, n: number) =>
	page.locator(`article[data-step="${n}"]`).getAttribute('data-state');

/** Scrolls a step to the middle of the viewport, as a reader would reach it. */
async function scrollToStep(page: Page, n: number) {
	await page
		.locator(`article[data-step="${n}"]`)
		.evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

/** Per step: whether it shows its own unrolled chart (no JavaScript, print). A step with the same
 * chart and state as the step before adds no copy; the reader has it just above. */
const ownsUnrolledChart = (page: Page) =>
	page
		.locator('article[data-step]')
		.evaluateAll((els) =>
			els.map(
				(e, i) =>
					i === 0 ||
					(e as HTMLElement).dataset.chart !== (els[i - 1] as HTMLElement).dataset.chart ||
					(e as HTMLElement).dataset.state !== (els[i - 1] as HTMLElement).dataset.state
			)
		);

/** The vertical gap between every two steps that follow each other directly (no heading between). */
const adjacentStepGaps = (page: Page) =>
	page
		.locator('article[data-step] + article[data-step]')
		.evaluateAll((els) =>
			els.map(
				(e) =>
					e.getBoundingClientRect().top - e.previousElementSibling!.getBoundingClientRect().bottom
			)
		);

async function expectGraphicAt(page: Page, n: number) {
	const graphic = page.locator('.graphic');
	await expect(graphic).toHaveAttribute('data-active-step', String(n));
	const chart = await page.locator(`article[data-step="${n}"]`).getAttribute('data-chart');
	await expect(graphic).toHaveAttribute('data-active-chart', chart!);
	await expect(graphic.locator('figure.chart')).toHaveAttribute(
		'data-state',
		(await stepState(page, n))!
	);
}

test('scrolling to each step puts the chart in that step’s state, and back again', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/en/');
	const count = await page.locator('article[data-step]').count();
	expect(count).toBeGreaterThan(15);
	for (let n = 1; n <= count; n++) {
		await scrollToStep(page, n);
		await expectGraphicAt(page, n);
	}
	for (const n of [9, 5, 1]) {
		await scrollToStep(page, n);
		await expectGraphicAt(page, n);
	}
});

test('the map follows the invasion day by day; a year is highlighted', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/ar/');
	const steps = page.locator('article[data-chart="invasion-map"]');
	const dates: string[] = [];
	for (let i = 0; i < (await steps.count()); i++) {
		const n = Number(await steps.nth(i).getAttribute('data-step'));
		await scrollToStep(page, n);
		await expectGraphicAt(page, n);
		dates.push((await page.locator('.graphic [data-map-date]').getAttribute('data-map-date'))!);
	}
	expect(dates).toContain('2003-04-09');
	expect(dates.slice(1)).toEqual([...dates.slice(1)].sort());
	// the civilian-toll step that highlights 2006
	const y2006 = page.locator('article[data-chart="civilian-toll"][data-state*="2006"]');
	await scrollToStep(page, Number(await y2006.getAttribute('data-step')));
	await expect(page.locator('.graphic rect.column:not(.muted)')).toHaveAttribute(
		'data-key',
		'2006'
	);
});

test('Arabic is right-to-left, with the text column right of the sticky chart on a desktop', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/ar/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const steps = (await page.locator('.steps').boundingBox())!;
	const graphic = (await page.locator('.graphic').boundingBox())!;
	expect(steps.x).toBeGreaterThan(graphic.x + graphic.width - 1);
	await page.goto('/en/');
	const stepsEn = (await page.locator('.steps').boundingBox())!;
	const graphicEn = (await page.locator('.graphic').boundingBox())!;
	expect(stepsEn.x + stepsEn.width).toBeLessThanOrEqual(graphicEn.x + 1);
});

test('on a phone the chart sticks at the top while the steps scroll', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/ar/');
	await scrollToStep(page, 6);
	await expectGraphicAt(page, 6);
	const graphic = (await page.locator('.graphic').boundingBox())!;
	expect(graphic.y).toBeLessThanOrEqual(1);
	expect(graphic.height).toBeLessThanOrEqual(844 * 0.56);
});

test('without JavaScript every step’s chart is in the page, as its card, linked to its data', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/en/');
	const steps = page.locator('article[data-step]');
	const owns = await ownsUnrolledChart(page);
	const count = owns.length;
	await expect(page.locator('article[data-step] .step-chart figure.step-card')).toHaveCount(
		owns.filter(Boolean).length
	);
	for (let i = 0; i < count; i++) {
		const step = steps.nth(i);
		if (!owns[i]) {
			await expect(step.locator('.step-chart')).toHaveCount(0);
			continue;
		}
		// the card of exactly this step's chart state (the slug its figure file is named by)
		const [, chart, slug] = (await step.getAttribute('data-figure'))!.match(
			/^\/en\/figures\/([^/]+)\/(.+)\.html$/
		)!;
		const card = step.locator('.step-chart figure.step-card');
		await expect(card.locator('img')).toHaveAttribute(
			'src',
			slug === 'default' ? `/en/share/${chart}.png` : `/en/share/${chart}/${slug}.png`
		);
		await expect(card.locator('a')).toHaveAttribute(
			'href',
			slug === 'default' ? `/en/share/${chart}/` : `/en/share/${chart}/${slug}/`
		);
	}
	const first = steps.nth(0).locator('.step-chart img');
	await expect(first).toBeVisible();
	await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
	await expect(page.locator('.graphic')).toBeHidden();
	// the byline's share buttons, which need script, are not shown
	await expect(page.locator('button[data-action="copy-link"]')).toBeHidden();
	// one click from a card: the chart with its table and sources, still without script
	await steps.nth(0).locator('.step-chart a').click();
	await expect(page.locator('figure.chart details.data-table tbody tr').first()).toBeAttached();
	await expect(page.locator('figure.chart .sources')).toBeVisible();
	await context.close();
});

test('without JavaScript on a phone the steps read as one column, without scrolling gaps', async ({
	browser
}) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 390, height: 844 }
	});
	const page = await context.newPage();
	await page.goto('/ar/');
	const gaps = await adjacentStepGaps(page);
	expect(gaps.length).toBeGreaterThan(5);
	for (const gap of gaps) {
		expect(gap).toBeGreaterThan(0);
		expect(gap).toBeLessThan(844 * 0.05);
	}
	await context.close();
});

test('every claim callout shows the module’s figure beside the text’s', async ({
	page,
	request
}) => {
	const summary = (await (await request.get('/data/summary.json')).json()) as Summary;
	await page.goto('/en/');
	const callouts = page.locator('aside.fact-check');
	expect(await callouts.count()).toBeGreaterThanOrEqual(10);
	const wounded = page.locator('aside.fact-check[data-claim="C10"]');
	await expect(wounded.locator('.claimed-value')).toHaveAttribute('value', '4500');
	const sourced = wounded.locator('.evidence-body [data-figure="us_wounded_total"] .sourced-value');
	await expect(sourced).toHaveAttribute('value', String(summary.us_wounded_total!.value));
	await expect(wounded.locator('.difference')).toHaveAttribute(
		'data-difference',
		String(summary.us_wounded_total!.value - 4500)
	);
	for (const dd of await page.locator('aside.fact-check .evidence-body [data-figure]').all()) {
		const id = (await dd.getAttribute('data-figure'))!;
		await expect(dd.locator('.sourced-value'), id).toHaveAttribute(
			'value',
			String(summary[id]!.value)
		);
	}
	// figures in the running text come from the module too
	for (const el of await page.locator('.step data.figure').all()) {
		const id = (await el.getAttribute('data-figure'))!;
		await expect(el).toHaveAttribute('value', String(summary[id]!.value));
	}
});

test('a step permalink opens that step, and the language switch keeps it', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/ar/#step-8');
	await expectGraphicAt(page, 8);
	const stateAr = await stepState(page, 8);
	const toggle = page.locator('a.edition-switch');
	await expect(toggle).toHaveAttribute('href', '/en/#step-8');
	await toggle.click();
	await expect(page).toHaveURL(/\/en\/#step-8$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectGraphicAt(page, 8);
	expect(await stepState(page, 8)).toBe(stateAr);
});

test('keyboard users step through with Tab', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/en/');
	await page.locator('article[data-step="3"] a.step-anchor').focus();
	await expectGraphicAt(page, 3);
	// Tab onward through the step's own links reaches the next step's anchor
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		const n = await page.evaluate(() =>
			document.activeElement?.closest('[data-step]')?.getAttribute('data-step')
		);
		if (n === '4') break;
	}
	await expectGraphicAt(page, 4);
});

test('the sources page lists every dataset with its download and every source', async ({
	page
}) => {
	await page.goto('/ar/sources/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('article.dataset')).toHaveCount(13);
	await expect(page.locator('a[href="/data/claims.csv"]')).toBeVisible();
	await expect(page.locator('li#S83')).toContainText('cochransean');
});

test('printing unrolls the story: each step’s chart in the flow, no sticky chart', async ({
	page
}) => {
	await page.goto('/en/');
	// the script has run: the chart actions are enabled once JavaScript runs
	await expect(page.locator('.graphic button[data-action="embed"]')).toBeEnabled();
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	const owns = await ownsUnrolledChart(page);
	// each step's chart as its card (the image a shared link shows), linked to the chart's page
	const cards = page.locator('article[data-step] .step-chart.print-only figure.step-card');
	await expect(cards).toHaveCount(owns.filter(Boolean).length);
	const card = page.locator('article[data-step="12"] .print-only figure.step-card');
	await expect(card).toBeVisible();
	await expect(card.locator('img')).toHaveAttribute('alt', /.+/);
	// the picture itself arrives (a printed page with broken images is no page)
	await card.locator('img').scrollIntoViewIfNeeded();
	await expect
		.poll(() => card.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
		.toBe(1200);
	await expect(card.locator('a')).toHaveAttribute('href', /^\/en\/share\/coalition-composition\//);
	await expect(page.locator('.graphic')).toBeHidden();
	// at a printed page's width (A4 is about 794 CSS px, under the phone breakpoint) the steps
	// follow each other without the scrolling gaps
	await page.setViewportSize({ width: 794, height: 1123 });
	const gaps = await adjacentStepGaps(page);
	expect(gaps.length).toBeGreaterThan(5);
	for (const gap of gaps) expect(gap).toBeLessThan(50);
});

// Readers on slow networks see the prerendered page long before its scripts (and the Arabic
// face) arrive; nothing may move when they do (or while the HTML is still streaming in).
for (const lang of LANGS) {
	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 900 }
	]) {
		test(`/${lang}/ at ${viewport.width}px: no layout shift while loading, with late scripts and fonts`, async ({
			browser
		}) => {
			const context = await browser.newContext({ viewport });
			const page = await context.newPage();
			await page.route(/\.(js|woff2)$/, async (route) => {
				await new Promise((r) => setTimeout(r, 800));
				await route.continue();
			});
			await page.addInitScript(() => {
				const w = window as unknown as { __shifts: number[] };
				w.__shifts = [];
				new PerformanceObserver((list) => {
					for (const e of list.getEntries())
						w.__shifts.push((e as unknown as { value: number }).value);
				}).observe({ type: 'layout-shift', buffered: true });
			});
			// not waiting for `load`: the story's script runs before it, and the actions must be
			// seen disabled while the (held back) script is still on its way
			await page.goto(`/${lang}/`, { waitUntil: 'commit' });
			const embed = page.locator('.graphic button[data-action="embed"]');
			// in the page (and in place) from the first paint, usable once JavaScript runs
			await expect(embed).toBeDisabled();
			await expect(embed).toBeEnabled();
			await page.waitForLoadState('load');
			await page.waitForTimeout(300); // let the observer deliver the last entries
			const shifts = await page.evaluate(
				() => (window as unknown as { __shifts: number[] }).__shifts
			);
			expect(shifts).toEqual([]);
			await context.close();
		});
	}
}
