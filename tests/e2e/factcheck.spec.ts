/**
 * The fact-checks as a reader and a machine see them: every callout carries a rating from the
 * documented scale in the page's language, the Arabic callouts have no English sentence outside
 * names, titles and URLs, and the page publishes one schema.org ClaimReview per callout that
 * agrees with it.
 */
import { LANGS } from '../../src/lib/i18n/lang';
import { csvParse } from 'd3-dsv';
import { RATING_TEXT } from '../../src/lib/i18n/ratings';
import type { Rating } from '../../src/lib/stats/ratings';
import { expect, test } from './fixtures';

interface Review {
	'@type': string;
	url: string;
	claimReviewed: string;
	itemReviewed: { text: string; author: { name: string } };
	reviewRating: { alternateName: string; ratingValue?: number };
}

for (const lang of LANGS) {
	test(`/${lang}/: every callout shows its rating in the page's language, from the scale on the sources page`, async ({
		page
	}) => {
		await page.goto(`/${lang}/`);
		const callouts = page.locator('aside.fact-check');
		expect(await callouts.count()).toBeGreaterThan(10);
		for (const callout of await callouts.all()) {
			const rating = (await callout.getAttribute('data-rating')) as Rating;
			expect(Object.keys(RATING_TEXT)).toContain(rating);
			const link = callout.locator('.verdict a');
			await expect(link).toHaveText(RATING_TEXT[rating][lang].name);
			await expect(link).toHaveAttribute('href', `/${lang}/sources/#ratings`);
		}
	});

	test(`/${lang}/: one ClaimReview per callout, each pointing at its callout and giving its rating`, async ({
		page
	}) => {
		await page.goto(`/${lang}/`);
		const json = await page.locator('script[type="application/ld+json"]').textContent();
		const reviews = JSON.parse(json!) as Review[];
		const callouts = await page.locator('aside.fact-check').all();
		expect(reviews).toHaveLength(callouts.length);
		for (const review of reviews) {
			expect(review['@type']).toBe('ClaimReview');
			const id = new URL(review.url).hash.slice(1);
			const callout = page.locator(`aside.fact-check[id="${id}"]`);
			await expect(callout).toHaveCount(1);
			await expect(callout.locator('.verdict a')).toHaveText(review.reviewRating.alternateName);
			await expect(callout.locator('q.quote-ar')).toHaveText(review.itemReviewed.text);
		}
	});
}

test('/ar/: no Latin-script sentence in a callout, outside names, titles and URLs', async ({
	page
}) => {
	await page.goto('/ar/');
	const found = await page.locator('aside.fact-check').evaluateAll((asides) =>
		asides.flatMap((aside) => {
			const copy = aside.cloneNode(true) as HTMLElement;
			// source names and titles are in their own language, marked as such
			for (const el of copy.querySelectorAll('[lang]:not([lang="ar"]), .sources')) el.remove();
			const text = copy.textContent ?? '';
			// three Latin words in a row make a sentence fragment; a single name does not
			return [...text.matchAll(/[A-Za-z][A-Za-z’'-]*(?:[\s,]+[A-Za-z][A-Za-z’'-]*){2,}/g)].map(
				(m) => `${aside.dataset.claim}: ${m[0]}`
			);
		})
	);
	expect(found).toEqual([]);
});

test('the sources page names each source’s tier and documents the scale and the corrections', async ({
	page,
	request
}) => {
	const rows = csvParse(await (await request.get('/data/sources.csv')).text()).length;
	for (const lang of LANGS) {
		await page.goto(`/${lang}/sources/`);
		await expect(page.locator('ol.sources li[data-tier]')).toHaveCount(rows);
		for (const [rating, text] of Object.entries(RATING_TEXT))
			await expect(page.locator(`#rating-${rating} dt`)).toHaveText(text[lang].name);
		await expect(page.locator('#corrections + ol li time').first()).toHaveAttribute(
			'datetime',
			/^\d{4}-\d{2}-\d{2}$/
		);
	}
});
