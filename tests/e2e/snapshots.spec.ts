import { LANGS } from '../../src/lib/i18n/lang';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { CHART_IDS } from './charts';
import { expect, test } from './fixtures';

const CHARTS = CHART_IDS;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(bytes: Buffer) {
	expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, chart: string, kind: 'png' | 'svg' | 'csv') {
	// charts hydrate when the reader reaches them
	await page.locator(`section#${chart} > figure.chart`).scrollIntoViewIfNeeded();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`section#${chart} > figure.chart button[data-action="download-${kind}"]`).click()
	]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Dark pixels in a region of a PNG, counted by the browser's own decoder. */
async function darkPixels(
	page: Page,
	png: Buffer,
	region: { x: number; y: number; w: number; h: number }
) {
	return page.evaluate(
		async ({ b64, region }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = img.width;
			canvas.height = img.height;
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const { data } = ctx.getImageData(region.x, region.y, region.w, region.h);
			let dark = 0;
			for (let i = 0; i < data.length; i += 4)
				if (data[i]! + data[i + 1]! + data[i + 2]! < 200) dark++;
			return dark;
		},
		{ b64: png.toString('base64'), region }
	);
}

test('PNG download: 2× pixels, not blank, dark title pixels where the title is (English and Arabic)', async ({
	page
}) => {
	for (const [lang, side] of [
		['en', 'left'],
		['ar', 'right']
	] as const) {
		await page.goto(`/${lang}/charts/`);
		// charts hydrate when the reader reaches them
		await page.locator('section#civilian-toll > figure.chart').scrollIntoViewIfNeeded();
		await page.locator('section#civilian-toll > figure.chart button[data-value="yearly"]').click();
		const { name, bytes } = await download(page, 'civilian-toll', 'png');
		expect(name).toBe(`civilian-toll-${lang}-view.yearly.png`);
		const { width, height } = pngSize(bytes);
		expect(width).toBe(2400);
		expect(height).toBeGreaterThan(1000);
		const titleBand = {
			y: 2 * 40,
			h: 2 * 40,
			w: 2 * 400,
			x: side === 'left' ? 2 * 36 : width - 2 * 436
		};
		expect(await darkPixels(page, bytes, titleBand)).toBeGreaterThan(500);
		// the opposite corner of the title line is background
		const empty = { ...titleBand, x: side === 'left' ? width - 2 * 200 : 0, w: 2 * 150 };
		expect(await darkPixels(page, bytes, empty)).toBe(0);
	}
});

test('SVG download parses and carries title, source line and permalink', async ({ page }) => {
	await page.goto('/ar/charts/');
	const { bytes } = await download(page, 'death-estimates', 'svg');
	const svg = bytes.toString('utf8');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror') !== null,
			title: doc.querySelector('title')?.textContent,
			texts: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ')
		};
	}, svg);
	expect(parsed.error).toBe(false);
	expect(parsed.title).toBe('كم عراقياً مات؟ الأرقام المنشورة حسب ما تقيسه');
	expect(parsed.texts).toContain('المصادر');
	expect(parsed.texts).toContain('http://localhost:4173/ar/share/death-estimates/');
	expect(svg).toContain('@font-face');
});

test('CSV download: the rows behind the chart, each with its own source ids, UTF-8 with BOM', async ({
	page
}) => {
	await page.goto('/en/charts/');
	const { bytes } = await download(page, 'coalition-deaths', 'csv');
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const rows = csvParse(bytes.subarray(3).toString('utf8'));
	const march2003 = csvParse(readFileSync('data/us_casualties_monthly.csv', 'utf8')).find(
		(r) => r.month === '2003-03'
	)!;
	expect(rows.columns).toEqual(['Month', 'US deaths', 'source_ids']);
	expect(rows).toHaveLength(106);
	expect(rows[0]).toEqual({
		Month: 'March 2003',
		'US deaths': '65',
		// the row's own source, as data/ gives it, not the whole chart's list
		source_ids: march2003.source_id
	});
	const table = page.locator('section#coalition-deaths > figure.chart details.data-table tbody tr');
	await expect(table).toHaveCount(106);
});

test('social cards: a 1200×630 PNG for every chart and language', async ({ request }) => {
	for (const lang of LANGS)
		for (const chart of CHARTS) {
			const res = await request.get(`/${lang}/share/${chart}.png`);
			expect(res.ok(), `${lang}/${chart}`).toBe(true);
			expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
		}
});

test('share pages point og:image at an existing card, with a canonical link to the story', async ({
	page,
	request
}) => {
	const pages = [
		...CHARTS.map((c) => `/en/share/${c}/`),
		'/ar/share/civilian-toll/view.yearly_year.2006/',
		'/en/share/invasion-map/date.2003-04-05/'
	];
	for (const path of pages) {
		await page.goto(path);
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		const twitter = await page.locator('meta[name="twitter:image"]').getAttribute('content');
		expect(twitter).toBe(image);
		const res = await request.get(new URL(image!).pathname);
		expect(res.ok(), image!).toBe(true);
		expect(res.headers()['content-type']).toBe('image/png');
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
			/^http:\/\/localhost:4173\/(ar|en)\/(#step-\d+)?$/
		);
		await expect(page.locator('figure.chart svg').first()).toBeVisible();
	}
	await page.goto('/ar/share/civilian-toll/view.yearly_year.2006/');
	await expect(page.locator('figure.chart')).toHaveAttribute(
		'data-state',
		JSON.stringify({ view: 'yearly', year: '2006' })
	);
});

test('oEmbed JSON has the fields the spec requires for a rich embed, and pages advertise it', async ({
	page,
	request
}) => {
	for (const lang of LANGS)
		for (const chart of CHARTS) {
			const res = await request.get(`/oembed/${lang}/${chart}.json`);
			expect(res.ok()).toBe(true);
			const o = await res.json();
			expect(o.version).toBe('1.0');
			expect(o.type).toBe('rich');
			// WordPress's own embed form: a blockquote (the title linked to the chart's page and
			// the source line), then the iframe, as wp-embed.js expects (issue 21).
			// Its text in the edition's language and direction, kept by isolates where a host
			// strips the attributes.
			const dir = lang === 'ar' ? 'rtl' : 'ltr';
			const open = lang === 'ar' ? '\u2067' : '\u2066';
			expect(o.html).toMatch(
				new RegExp(
					`^<blockquote class="wp-embedded-content" lang="${lang}" dir="${dir}">${open}<a href="http://localhost:4173/${lang}/share/${chart}/">[^<]+</a> — .+\u2069</blockquote>` +
						`<iframe class="wp-embedded-content" src="http://localhost:4173/${lang}/embed/${chart}/"`
				)
			);
			expect(Number.isInteger(o.width) && o.width > 0).toBe(true);
			expect(Number.isInteger(o.height) && o.height > 0).toBe(true);
			expect(o.thumbnail_url).toBe(`http://localhost:4173/${lang}/share/${chart}.png`);
			expect([o.thumbnail_width, o.thumbnail_height]).toEqual([1200, 630]);
		}
	await page.goto('/en/embed/war-cost/');
	await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute(
		'href',
		'http://localhost:4173/oembed/en/war-cost.json'
	);
});
