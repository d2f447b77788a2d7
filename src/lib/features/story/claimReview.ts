/**
 * Each rated claim as schema.org ClaimReview JSON-LD, the format fact-checkers publish so that
 * search engines and fact-check aggregators can show the rating beside the claim. The text's
 * author is unknown, so the claim's author is an unnamed Person; the rating carries the scale's
 * name for it and its position (5 accurate … 1 false; none for "cannot be verified").
 */
import { ratingName } from '$lib/i18n/ratings';
import { BEST_RATING, RATING_POSITION, WORST_RATING, type CheckedClaim } from '$lib/stats';
import { catalogOf, EDITIONS, type Lang } from '$lib/i18n';

export interface ClaimReviewInput {
	readonly claim: CheckedClaim;
	readonly lang: Lang;
	/** Absolute URL of the callout (the story step's permalink). */
	readonly url: string;
	readonly publisher: string;
	readonly datePublished: string;
}

export function claimReview({ claim, lang, url, publisher, datePublished }: ClaimReviewInput) {
	const position = RATING_POSITION[claim.rating];
	return {
		'@context': 'https://schema.org',
		'@type': 'ClaimReview',
		url,
		datePublished,
		inLanguage: lang,
		claimReviewed: EDITIONS[lang].quotesText === 'original' ? claim.quote : claim.text[lang],
		author: { '@type': 'Organization', name: publisher },
		itemReviewed: {
			'@type': 'Claim',
			inLanguage: 'ar',
			text: claim.quote,
			author: { '@type': 'Person', name: catalogOf(lang)['claimReview.unknownAuthor'] },
			appearance: {
				'@type': 'CreativeWork',
				name: catalogOf(lang)['claimReview.appearance']
			}
		},
		reviewRating: {
			'@type': 'Rating',
			alternateName: ratingName(claim.rating, lang),
			name: ratingName(claim.rating, lang),
			ratingExplanation: claim.explanation[lang],
			...(position === null
				? {}
				: { ratingValue: position, bestRating: BEST_RATING, worstRating: WORST_RATING })
		}
	};
}

/** JSON for a `<script type="application/ld+json">`, safe to inline (no `</script>` break-out). */
export const jsonLd = (value: unknown): string =>
	JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
