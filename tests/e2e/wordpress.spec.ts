/**
 * Embeds in a real WordPress (issue 21): Debian's own package on MariaDB, one site per edition
 * (English, and the right-to-left Arabic and Kurdish ones), each post a chart's URL pasted on a line of its own, as an editor
 * pastes it. WordPress finds our oEmbed link by its own discovery, frames the chart in its
 * sandbox (`allow-scripts` only, an opaque origin) and resizes it only on its own message.
 * Checked at a phone's and a desktop's width: the chart is drawn, the frame is as tall as its
 * content, the blockquote fallback is gone once the frame speaks, and nothing errs or 404s
 * (the page fixture fails the test on any console error, which a blocked font or a missing
 * file raises).
 */
import { LANGS, type Lang } from '../../src/lib/i18n/lang';
import { CHART_IDS } from './charts';
import { expect, test } from './fixtures';
import { missing, startWordPress } from './wordpress/wordpress';

/** One WordPress site per edition, in the WordPress locale of its language (Debian ships ar, ckb). */
const SITES: { key: Lang; port: number; locale: string }[] = [
	{ key: 'en', port: 4180, locale: 'en_US' },
	{ key: 'ar', port: 4181, locale: 'ar' },
	{ key: 'ckb', port: 4182, locale: 'ckb' }
];
/** The editor's own words around the pasted URL, in the site's language. */
const AROUND: Record<Lang, [before: string, after: string]> = {
	en: ['A paragraph before the chart.', 'And one after it.'],
	ar: ['فقرة قبل الرسم.', 'وفقرة بعده.'],
	ckb: ['بڕگەیەک پێش هێڵکارییەکە.', 'و یەکێکی تر دوای ئەو.']
};
/** What an editor pastes: each chart's own page, and the dashboard. */
const TARGETS = [
	...CHART_IDS.map((c) => ({ id: c, path: (l: string) => `/${l}/share/${c}/` })),
	{ id: 'explore', path: (l: string) => `/${l}/explore/` },
	{ id: 'explore-diyala', path: (l: string) => `/${l}/explore/diyala/` }
];
const WIDTHS = [390, 1280];

let wp: Awaited<ReturnType<typeof startWordPress>> | undefined;
const posts = new Map<string, string>();

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	test.setTimeout(180_000);
	const why = missing();
	// Never a skip: CI installs these (.ci/run); a machine without them must say so.
	if (why) throw new Error(`the WordPress embed tests need Debian's WordPress: ${why}`);
	wp = await startWordPress({
		sites: SITES,
		allow: { hosts: ['127.0.0.1', 'localhost'], port: 4173 }
	});
	for (const lang of LANGS)
		for (const t of TARGETS)
			posts.set(
				`${lang}/${t.id}`,
				wp.post(
					lang,
					`${t.id} (${lang})`,
					`${AROUND[lang][0]}\n\nhttp://localhost:4173${t.path(lang)}\n\n${AROUND[lang][1]}`
				)
			);
});
test.afterAll(async () => {
	await wp?.stop();
});

for (const [lang, tag] of [
	['ar', 'ar'],
	['ckb', 'ckb']
] as const)
	if ((LANGS as readonly string[]).includes(lang))
		test(`the ${lang} site is a right-to-left WordPress`, async ({ page }) => {
			await page.goto(posts.get(`${lang}/explore`)!);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(page.locator('html')).toHaveAttribute('lang', tag);
		});

for (const lang of LANGS)
	for (const t of TARGETS)
		for (const width of WIDTHS)
			test(`${lang}: ${t.id} pasted into WordPress, at ${width} px`, async ({ page }) => {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(posts.get(`${lang}/${t.id}`)!);
				const iframe = page.locator('iframe.wp-embedded-content');
				// WordPress discovered the oEmbed link and framed the chart in its sandbox.
				await expect(iframe).toHaveCount(1);
				await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
				await expect(iframe).toHaveAttribute('src', /#\?secret=[A-Za-z0-9]{10}$/);
				// The frame spoke: WordPress unclipped it and hid the blockquote.
				await expect(iframe).not.toHaveAttribute('style', /clip/);
				await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
				const frame = page.frameLocator('iframe.wp-embedded-content');
				const drawn = t.id.startsWith('explore')
					? '[data-explore-map] path[data-code]'
					: 'figure.chart .plot svg, figure.chart .plot .points';
				await expect(frame.locator(drawn).first()).toBeVisible();
				// As tall as its content, within 4 px, and inside WordPress's 200–1,000 px clamp.
				const sizes = async () => {
					const height = Number(await iframe.getAttribute('height'));
					const content = await frame
						.locator('.embed-root')
						.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
					return `frame ${height} px for ${content} px of content`;
				};
				await expect
					.poll(async () => {
						const [height, content] = (await sizes()).match(/\d+/g)!.map(Number);
						// Taller than the clamp even folded: WordPress's 1,000 px, the rest scrolls.
						const wanted = Math.min(content!, 1000);
						return Math.abs(height! - wanted) <= 4 ? 'fits' : await sizes();
					})
					.toBe('fits');
				expect(Number(await iframe.getAttribute('height'))).toBeLessThanOrEqual(1000);
				// Past the clamp, the compact form: a chart's notes and sources behind one disclosure
				// (which may then bring it under the clamp), there when it is opened.
				const fold = frame.locator('details.embed-fold');
				const notes = frame.locator('figure.chart > figcaption');
				const hasNotes = (await notes.count()) > 0; // the dashboard has none to fold
				if (Number(await iframe.getAttribute('height')) >= 1000 && hasNotes)
					await expect(fold).toBeVisible();
				if (await fold.isVisible()) {
					await expect(notes).toBeHidden();
					await fold.locator('summary').click();
					await expect(notes).toBeVisible();
				} else if (hasNotes) await expect(notes).toBeVisible();
				// Nothing cut: the frame's document can scroll to its last line.
				const overflow = await frame
					.locator('html')
					.evaluate(
						(el) => getComputedStyle(el).overflowY + getComputedStyle(document.body).overflowY
					);
				expect(overflow).not.toContain('hidden');
				expect(overflow).not.toContain('clip');
			});
