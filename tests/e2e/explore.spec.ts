/**
 * The explore dashboard in the browser, both languages: the selection by keyboard and by the
 * map, the range by keyboard and by dragging the brush, the URL as the one store of the view
 * (reload, back and forward, hostile values), the CSV against the visible table, the language
 * switch, the embed, and the page without JavaScript.
 */
import { LANGS } from '../../src/lib/i18n/lang';
import type { Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

const stateOf = async (page: Page) =>
	JSON.parse((await page.locator('[data-explore-state]').getAttribute('data-explore-state'))!);
// Controls are disabled in the server's HTML and enabled once the dashboard has hydrated: at
// once when the URL names a view, else when the reader first reaches for it (here, a pointer).
async function ready(page: Page) {
	if (!new URL(page.url()).search) await page.locator('[data-island="explore"]').hover();
	await expect(page.locator('select[data-control="measure"]')).toBeEnabled();
}

for (const lang of LANGS) {
	test(`${lang}: a governorate chosen on the map by keyboard, a range by the lists: the URL keeps it`, async ({
		page
	}) => {
		await page.goto(`/${lang}/explore/`);
		await ready(page);
		const diyala = page.locator('[data-explore-map] path[data-code="IQ-DI"]');
		await diyala.focus();
		await page.keyboard.press('Enter');
		await expect(diyala).toHaveAttribute('aria-checked', 'true');
		await expect(page).toHaveURL(/gov=IQ-DI/);
		// The lists are the keyboard's way to set the range.
		await page.locator('select[data-control="from"]').focus();
		await page.locator('select[data-control="from"]').selectOption('2006-01');
		await page.locator('select[data-control="to"]').selectOption('2007-12');
		await expect(page).toHaveURL(/from=2006-01&to=2007-12/);
		await expect(page.locator('[data-explore-table] tbody tr')).toHaveCount(2);
		const before = await stateOf(page);
		await page.reload();
		await ready(page);
		expect(await stateOf(page)).toEqual(before);
		await expect(page.locator('[data-explore-table] tbody tr[data-place="IQ-DI"]')).toHaveCount(2);
	});

	test(`${lang}: dragging across the series sets the range, months in order whichever way`, async ({
		page
	}) => {
		await page.goto(`/${lang}/explore/`);
		await ready(page);
		await expect(page.locator('.brush .overlay')).toHaveCount(1);
		const box = async (month: string) =>
			(await page.locator(`[data-explore-series] rect[data-month="${month}"]`).boundingBox())!;
		const [a, b] = [await box('2007-06'), await box('2005-03')];
		// Dragged right to left: the range still reads from the earlier month.
		await page.mouse.move(a.x + a.width / 2, a.y + a.height - 2);
		await page.mouse.down();
		await page.mouse.move(b.x + b.width / 2, b.y + b.height - 2, { steps: 8 });
		await page.mouse.up();
		await expect(page).toHaveURL(/from=2005-03&to=2007-06/);
		const s = await stateOf(page);
		expect([s.from, s.to]).toEqual(['2005-03', '2007-06']);
	});
}

test('back and forward walk through the views', async ({ page }) => {
	await page.goto('/en/explore/');
	await ready(page);
	await page.locator('select[data-control="measure"]').selectOption('sigact');
	await expect(page).toHaveURL(/measure=sigact/);
	await page.locator('input[name="per"][value="100k"]').check();
	await expect(page).toHaveURL(/per=100k/);
	await page.goBack();
	await expect(page).toHaveURL(/measure=sigact&per=count/);
	expect((await stateOf(page)).per).toBe('count');
	await page.goBack();
	expect((await stateOf(page)).measure).toBe('ibc');
	await page.goForward();
	expect((await stateOf(page)).measure).toBe('sigact');
});

test('hostile or malformed parameters fall back to the default view', async ({ page }) => {
	await page.goto('/en/explore/');
	await ready(page);
	const defaults = await stateOf(page);
	await page.goto(
		'/en/explore/?measure=%3Cscript%3E&per=1e9&from=1999-99&to=%22%3E&gov=IQ-XX,%3Cimg%20src%3Dx%3E&by=day'
	);
	await ready(page);
	expect(await stateOf(page)).toEqual(defaults);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('the CSV download is the table as shown, row for row, with source ids', async ({ page }) => {
	await page.goto(
		'/en/explore/?measure=ibc&per=100k&from=2006-01&to=2007-12&gov=IQ-BG,IQ-AN&by=year'
	);
	await ready(page);
	// Sorted by the rate, highest first, so the file must follow the visible order.
	await page.locator('[data-explore-table] thead button').last().click();
	await page.locator('[data-explore-table] thead button').last().click();
	const visible = await page
		.locator('[data-explore-table] tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [r.getAttribute('data-place'), r.getAttribute('data-period')])
		);
	const download = page.waitForEvent('download');
	await page.locator('button[data-action="explore-csv"]').click();
	const text = await readFile((await (await download).path())!, 'utf8');
	const rows = csvParse(text.replace(/^\uFEFF/, ''));
	expect(rows.map((r) => [r.governorate_code, r.period])).toEqual(visible);
	expect(rows.every((r) => /S172/.test(r.source_ids!))).toBe(true);
	const cells = await page
		.locator('[data-explore-table] tbody tr')
		.first()
		.locator('td')
		.allTextContents();
	expect(Number(rows[0]!.ibc_min)).toBe(Number(cells[1]!.replace(/,/g, '')));
});

test('the language switch keeps the view', async ({ page }) => {
	const query = 'measure=sigact&per=100k&from=2006-01&to=2007-12&gov=IQ-DI&by=year';
	await page.goto(`/en/explore/?${query}`);
	await ready(page);
	await page.locator('a.edition-switch').click();
	await expect(page).toHaveURL(new RegExp(`/ar/explore/\\?${query.replace(/[?&]/g, '.')}`));
	await ready(page);
	expect((await stateOf(page)).gov).toEqual(['IQ-DI']);
});

test('the embed shows the view its URL names', async ({ page }) => {
	await page.goto('/ar/embed/explore/?measure=sigact&from=2006-01&to=2006-12&gov=IQ-AN');
	await expect(page.locator('[data-explore-state]')).toHaveAttribute('data-explore-state', /IQ-AN/);
	expect((await stateOf(page)).from).toBe('2006-01');
});

for (const lang of LANGS)
	test(`${lang}: the figures' standing and a rate's denominator are printed beside them`, async ({
		page
	}) => {
		const secondary = { ar: 'نسخة ثانوية', en: 'secondary copy', ckb: 'کۆپییەکی لاوەکیی' }[lang];
		const cosit = { ar: 'سكان 2010', en: '2010 populations', ckb: 'دانیشتووانی 2010' }[lang];
		await page.goto(`/${lang}/explore/`);
		for (const where of ['[data-explore-standing]', '[data-compare-standing]']) {
			await expect(page.locator(where)).toContainText(secondary);
			await expect(page.locator(where)).not.toContainText(cosit);
		}
		await page.goto(`/${lang}/explore/?per=100k&gov=IQ-DA`);
		await ready(page);
		for (const where of ['[data-explore-standing]', '[data-compare-standing]'])
			await expect(page.locator(where)).toContainText(cosit);
		// a governorate's label says what its rate is per
		const label = await page.locator('path[data-code="IQ-DA"]').getAttribute('aria-label');
		expect(label).toContain(
			{ ar: 'لكل 100 ألف نسمة', en: 'per 100,000 people', ckb: 'بۆ هەر 100 هەزار دانیشتوو' }[lang]
		);
		await page.goto(`/${lang}/`);
		await expect(page.locator('section.invite')).toContainText(secondary);
	});

test('the story opens the dashboard on its preset', async ({ page }) => {
	await page.goto('/en/');
	await page.locator('a[data-explore-preset]').click();
	await ready(page);
	expect((await stateOf(page)).gov).toEqual(['IQ-BG', 'IQ-AN']);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the default map, series and table are there, with a note that filtering needs scripts', async ({
		page
	}) => {
		await page.goto('/ar/explore/?gov=IQ-DI');
		await expect(page.locator('[data-explore-map] path[data-code]')).toHaveCount(18);
		await expect(page.locator('[data-explore-series] rect').first()).toBeVisible();
		await expect(page.locator('[data-explore-table] tbody tr').first()).toBeVisible();
		await expect(page.locator('noscript')).toHaveCount(1);
		expect((await stateOf(page)).gov).toEqual([]);
	});
});

test.describe('governorate pages (issue 21 §4)', () => {
	for (const lang of LANGS)
		test(`${lang}: every governorate has its page, card, oEmbed and embed, linked from the dashboard`, async ({
			page,
			request
		}) => {
			await page.goto(`/${lang}/explore/`);
			const links = page.locator('nav.governorate-pages a');
			await expect(links).toHaveCount(18);
			const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			for (const href of hrefs) {
				expect(href).toMatch(new RegExp(`^/${lang}/explore/[a-z-]+/$`));
				const slug = href.split('/')[3]!;
				const card = await request.get(`/${lang}/explore/${slug}.png`);
				expect(card.status(), slug).toBe(200);
				expect(card.headers()['content-type']).toBe('image/png');
				const png = await card.body();
				// the PNG header's width and height: a social card's 1200×630
				expect([png.readUInt32BE(16), png.readUInt32BE(20)], slug).toEqual([1200, 630]);
				const oembed = await (await request.get(`/oembed/${lang}/explore/${slug}.json`)).json();
				expect(oembed.html).toContain(`/${lang}/embed/explore/${slug}/`);
				expect((await request.get(`/${lang}/embed/explore/${slug}/`)).status()).toBe(200);
			}
		});

	test('a governorate page: its own title, summary with the figure’s standing, card and oEmbed, that governorate selected', async ({
		page
	}) => {
		await page.goto('/ar/explore/diyala/');
		await expect(page.locator('h1')).toContainText('ديالى');
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description).toMatch(
			/ديالى، .+: [\d,]+ قتيلاً مدنياً \(رقم غير مؤكد\)، في المرتبة [\u0600-\u06FF ]+ بين المحافظات الـ18/u
		);
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
			'content',
			/\/ar\/explore\/diyala\.png$/
		);
		await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute(
			'href',
			/\/oembed\/ar\/explore\/diyala\.json$/
		);
		expect((await stateOf(page)).gov).toEqual(['IQ-DI']);
		// its governorate is the default: clearing the selection writes an empty gov, not the page's
		await page.goto('/ar/explore/diyala/?gov=');
		await ready(page);
		expect((await stateOf(page)).gov).toEqual([]);
	});

	test('the language switch on a governorate page keeps the governorate and the view', async ({
		page
	}) => {
		await page.goto(
			'/en/explore/diyala/?measure=sigact&per=count&from=2006-01&to=2006-12&gov=IQ-DI&by=year'
		);
		await ready(page);
		await page.locator('a.edition-switch').click();
		await expect(page).toHaveURL(/\/ar\/explore\/diyala\/\?measure=sigact/);
	});

	test('a governorate embed selects its governorate', async ({ page }) => {
		await page.goto('/en/embed/explore/diyala/');
		await expect(page.locator('[data-explore-state]')).toHaveAttribute(
			'data-explore-state',
			/IQ-DI/
		);
	});
});
