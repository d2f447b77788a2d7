import { describe, expect, it } from 'vitest';
import { RATING_TEXT } from '$lib/i18n/ratings';
import { claimReview, jsonLd } from '$lib/features/story/claimReview';
import { checkedClaims, headlineFigures, RATING_POSITION } from '$lib/stats';
import { LANGS } from '$lib/i18n';
import { realData } from '../../helpers';

const d = realData();
const claims = checkedClaims(d, headlineFigures(d));

describe('schema.org ClaimReview for each rated claim', () => {
	for (const lang of LANGS)
		for (const claim of claims)
			it(`${claim.id} (${lang}): the rating on the page's scale, the text quoted, its author unknown`, () => {
				const review = claimReview({
					claim,
					lang,
					url: `https://example.org/${lang}/#claim-${claim.id}`,
					publisher: 'Team',
					datePublished: claim.ratedOn
				});
				expect(review['@type']).toBe('ClaimReview');
				expect(review.url).toBe(`https://example.org/${lang}/#claim-${claim.id}`);
				expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(review.itemReviewed.text).toBe(claim.quote);
				expect(review.itemReviewed.author['@type']).toBe('Person');
				expect(review.reviewRating.alternateName).toBe(RATING_TEXT[claim.rating][lang].name);
				const position = RATING_POSITION[claim.rating];
				if (position === null) expect(review.reviewRating).not.toHaveProperty('ratingValue');
				else
					expect(review.reviewRating).toMatchObject({
						ratingValue: position,
						bestRating: 5,
						worstRating: 1
					});
			});

	it('inlined JSON cannot close its script element', () => {
		const out = jsonLd({ text: '</script><script>alert(1)</script>' });
		expect(out).not.toContain('</script>');
		expect(JSON.parse(out)).toEqual({ text: '</script><script>alert(1)</script>' });
	});
});
