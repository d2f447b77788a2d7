/**
 * The verdict scale in words, for readers: each rating's name and what it means, in both
 * languages. The sources page prints the whole scale; every fact-check callout and every
 * ClaimReview uses these names, so a rating reads the same everywhere.
 */
import type { Rating } from '$lib/stats';
import type { Lang } from './lang';

interface RatingText {
	readonly name: string;
	readonly meaning: string;
}

export const RATING_TEXT: Record<Rating, Record<Lang, RatingText>> = {
	accurate: {
		ar: {
			name: 'دقيق',
			meaning: 'ما يقوله النص صحيح ولا ينقصه شيء مهم.'
		},
		en: {
			name: 'Accurate',
			meaning: 'What the text says is correct, and nothing significant is missing.'
		}
	},
	mostly_accurate: {
		ar: {
			name: 'دقيق في معظمه',
			meaning: 'صحيح في جوهره، لكن فيه تفصيلاً خاطئاً أو يحتاج إلى توضيح.'
		},
		en: {
			name: 'Mostly accurate',
			meaning: 'Correct in substance, but a detail is wrong or it needs clarification.'
		}
	},
	partly_accurate: {
		ar: {
			name: 'دقيق جزئياً',
			meaning: 'يجمع بين عناصر صحيحة وأخرى خاطئة بوزن متقارب.'
		},
		en: {
			name: 'Partly accurate',
			meaning: 'Mixes correct and incorrect elements of similar weight.'
		}
	},
	misleading: {
		ar: {
			name: 'مضلِّل',
			meaning: 'فيه عنصر صحيح، لكنه يترك انطباعاً خاطئاً: مقياس آخر، أو فترة أخرى، أو سياق ناقص.'
		},
		en: {
			name: 'Misleading',
			meaning:
				'Contains a correct element but leaves a false impression: another measure, another period, or missing context.'
		}
	},
	false: {
		ar: {
			name: 'خاطئ',
			meaning: 'تناقضه أفضل المصادر المتاحة.'
		},
		en: {
			name: 'False',
			meaning: 'The best available sources contradict it.'
		}
	},
	unverifiable: {
		ar: {
			name: 'تعذّر التحقق منه',
			meaning: 'لا يحسمه أي مصدر أولي أو رسمي أو محكَّم أو صحفي. هذا ليس حكماً بأنه خاطئ.'
		},
		en: {
			name: 'Cannot be verified',
			meaning:
				'No primary, official, peer-reviewed or press source settles it. This is not a finding that it is false.'
		}
	}
};

export const ratingName = (rating: Rating, lang: Lang): string => RATING_TEXT[rating][lang].name;
