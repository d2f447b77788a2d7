import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { expect, test } from './fixtures';

/** The figures as the build published them (summary.json is generated from the module). */
type Summary = Record<
	string,
	{ value: number; unit: string; period: string; source_ids: string[] }
>;

const EDITIONS = [
	{ lang: 'ar', dir: 'rtl', title: 'العراق 2003–2013: الحرب بالأرقام', other: 'en' },
	{ lang: 'en', dir: 'ltr', title: 'Iraq 2003–2013: the war in numbers', other: 'ar' }
] as const;

for (const e of EDITIONS) {
	test(`/${e.lang}/ loads with lang="${e.lang}" dir="${e.dir}" and shows every headline figure`, async ({
		page,
		request
	}) => {
		const summary = (await (await request.get('/data/summary.json')).json()) as Summary;
		await page.goto(`/${e.lang}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', e.lang);
		await expect(page.locator('html')).toHaveAttribute('dir', e.dir);
		await expect(page.locator('h1')).toHaveText(e.title);
		for (const [id, figure] of Object.entries(summary)) {
			const card = page.locator(`article.figure[data-figure="${id}"]`);
			await expect(card, id).toBeVisible();
			await expect(card.locator('[data-value]')).toHaveAttribute(
				'data-value',
				String(figure.value)
			);
			// each figure links to (or names) each of its sources
			for (const s of figure.source_ids) await expect(card.locator('.sources')).toContainText(s);
		}
	});

	test(`/${e.lang}/ links to the other edition`, async ({ page }) => {
		await page.goto(`/${e.lang}/`);
		await page.locator(`a[hreflang="${e.other}"]`).first().click();
		await expect(page).toHaveURL(new RegExp(`/${e.other}/$`));
		await expect(page.locator('html')).toHaveAttribute('lang', e.other);
	});
}

test('the Arabic edition formats figures for Arabic and the English one for English', async ({
	page,
	request
}) => {
	const summary = (await (await request.get('/data/summary.json')).json()) as Summary;
	await page.goto('/en/');
	await expect(
		page.locator('article.figure[data-figure="us_wounded_total"] [data-value]')
	).toHaveText(new Intl.NumberFormat('en-GB').format(summary.us_wounded_total!.value));
	await expect(
		page.locator('article.figure[data-figure="us_war_cost_crs_fy2001_2014"] [data-value]')
	).toHaveText('$815 billion');
	await page.goto('/ar/');
	await expect(
		page.locator('article.figure[data-figure="us_war_cost_crs_fy2001_2014"] [data-value]')
	).toHaveText('815 مليار دولار');
	await expect(page.locator('article.figure[data-figure="us_deaths_total"] .period')).toContainText(
		'آذار 2003'
	);
});

test('figures are in the prerendered HTML, without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/ar/');
	await expect(page.locator('article.figure[data-figure]')).not.toHaveCount(0);
	await expect(page.locator('article.figure[data-figure="ibc_peak_year"] [data-value]')).toHaveText(
		'2006'
	);
	await context.close();
});

test('/ leads to both editions', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('a[href="/ar/"]')).toBeVisible();
	await expect(page.locator('a[href="/en/"]')).toBeVisible();
	await expect(page.locator('section[lang="ar"]')).toHaveAttribute('dir', 'rtl');
});

test('published CSVs carry a BOM and match data/ row for row, without the editors’ notes', async ({
	request
}) => {
	const editorsOnly: Record<string, string[]> = {
		claims: ['research_quotes', 'research_note'],
		sources: ['note']
	};
	for (const name of ['us_casualties_monthly', 'claims', 'invasion_timeline', 'sources']) {
		const res = await request.get(`/data/${name}.csv`);
		expect(res.ok()).toBe(true);
		const body = await res.body();
		expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const published = csvParse(body.subarray(3).toString('utf8'));
		const source = csvParse(readFileSync(`data/${name}.csv`, 'utf8'));
		expect(published.length).toBe(source.length);
		expect(published.columns).toEqual(
			source.columns.filter((c) => !(editorsOnly[name] ?? []).includes(c))
		);
	}
});

test('the Arabic edition sets its text in Noto Naskh, and the subset face shapes (letters join)', async ({
	page
}) => {
	await page.goto('/ar/');
	// Where the face is not installed, font-display: optional may keep a first, slow load in the
	// system face; a second load has it from the cache: this checks every page after the first.
	await page.reload();
	const result = await page.evaluate(async () => {
		await document.fonts.ready;
		const loaded = [400, 700].map((w) =>
			[...document.fonts].some(
				(f) =>
					f.family.includes('Noto Naskh Arabic') && f.weight === String(w) && f.status === 'loaded'
			)
		);
		// The subset file itself (what a machine without the installed face gets), loaded under a
		// name of its own, so the installed face cannot stand in for it.
		const rule = [...document.styleSheets]
			.flatMap((sheet) => [...sheet.cssRules])
			.find(
				(r): r is CSSFontFaceRule =>
					r instanceof CSSFontFaceRule &&
					r.style.getPropertyValue('font-family').includes('Noto Naskh Arabic Web') &&
					r.style.getPropertyValue('font-weight') === '400' &&
					r.style.getPropertyValue('unicode-range').includes('U+621-652')
			);
		const url = /url\("?([^")]+\.woff2)"?\)/.exec(rule?.style.getPropertyValue('src') ?? '')?.[1];
		const subset = new FontFace('Naskh subset under test', `url(${url})`);
		document.fonts.add(await subset.load());
		const ctx = document.createElement('canvas').getContext('2d')!;
		ctx.font = '400 32px "Naskh subset under test"';
		// Joined (medial) beh is narrower than four isolated ones: the shaping tables survived the cut.
		const joined = ctx.measureText('\u0628\u0628\u0628\u0628').width;
		const isolated = 4 * ctx.measureText('\u0628').width;
		return { loaded, joined, isolated };
	});
	expect(result.loaded).toEqual([true, true]);
	expect(result.joined).toBeLessThan(result.isolated * 0.9);
	// The font the engine actually drew the deck and the title with (not just the CSS list): Noto
	// Naskh Arabic, the installed one where the machine has it (as this one and Android phones
	// do: the faces name it first, `local()`), else the subset file; never another face.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument');
	for (const selector of ['.deck', 'h1']) {
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		// Arabic letters, spaces, years and «» alike: one design (the installed file and the web
		// file for what it lacks may both appear), never a fallback.
		expect([...new Set(fonts.map((f) => f.familyName))]).toEqual(['Noto Naskh Arabic']);
	}
});
