/**
 * The verdict scale every claim of the text is rated on, in order from best to worst, with
 * "cannot be verified" apart: it is not a judgement on the claim's truth. Positions feed the
 * schema.org ClaimReview `ratingValue` (5 = accurate … 1 = false); the words for each rating
 * and what it means live in `$lib/i18n/ratings`.
 */
export const RATINGS = [
	'accurate',
	'mostly_accurate',
	'partly_accurate',
	'misleading',
	'false',
	'unverifiable'
] as const;
export type Rating = (typeof RATINGS)[number];

/** Position on the truth scale (5 best, 1 worst); null for a claim that cannot be verified. */
export const RATING_POSITION: Record<Rating, number | null> = {
	accurate: 5,
	mostly_accurate: 4,
	partly_accurate: 3,
	misleading: 2,
	false: 1,
	unverifiable: null
};
export const BEST_RATING = 5;
export const WORST_RATING = 1;
