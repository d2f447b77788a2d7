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
		},
		ckb: {
			name: 'ڕاستە',
			meaning: 'ئەوەی دەقەکە دەیڵێت ڕاستە، و هیچ شتێکی گرنگی کەم نییە.'
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
		},
		ckb: {
			name: 'زۆربەی ڕاستە',
			meaning:
				'لە ناوەڕۆکدا ڕاستە، بەڵام وردەکارییەکی هەڵەی تێدایە یان پێویستی بە ڕوونکردنەوە هەیە.'
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
		},
		ckb: {
			name: 'بەشێکی ڕاستە',
			meaning: 'توخمی ڕاست و هەڵە بە قورسایی نزیک لە یەک تێکەڵ دەکات.'
		}
	},
	misleading: {
		ar: {
			name: 'مضلِّل',
			meaning:
				'ما يذكره صحيح في جزء منه، لكنه يترك انطباعاً خاطئاً: بداية حدث تُقدَّم على أنها نهايته، أو فترة أخرى، أو سياق ناقص.'
		},
		en: {
			name: 'Misleading',
			meaning:
				'Part of what it states holds, but it leaves a false impression: the start of an event given as its end, another period, or missing context.'
		},
		ckb: {
			name: 'چەواشەکارانە',
			meaning:
				'بەشێک لەوەی دەیڵێت ڕاستە، بەڵام وێنایەکی هەڵە جێدەهێڵێت: سەرەتای ڕووداوێک کە وەک کۆتاییەکەی پیشان دەدرێت، یان ماوەیەکی تر، یان چوارچێوەیەکی ناتەواو.'
		}
	},
	false: {
		ar: {
			name: 'خاطئ',
			meaning:
				'تناقضه أفضل المصادر المتاحة، ومنه كل رقم يبعد ضعفين أو أكثر عن كل رقم موثّق للمقياس الذي يسمّيه.'
		},
		en: {
			name: 'False',
			meaning:
				'The best available sources contradict it; this includes any number off by a factor of two or more from every sourced figure of the measure it names.'
		},
		ckb: {
			name: 'هەڵەیە',
			meaning:
				'باشترین سەرچاوە بەردەستەکان پێچەوانەی دەڵێن، و ئەمەش هەر ژمارەیەک دەگرێتەوە کە دوو هێندە یان زیاتر لە هەموو ژمارەیەکی سەرچاوەداری ئەو پێوەرە دوور بێت کە ناوی دەبات.'
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
		},
		ckb: {
			name: 'نەتوانرا پشتڕاست بکرێتەوە',
			meaning:
				'هیچ سەرچاوەیەکی سەرەتایی، فەرمی، زانستیی هەڵسەنگێنراو یان ڕۆژنامەوانی یەکلایی ناکاتەوە. ئەمە بڕیارێک نییە کە هەڵەیە.'
		}
	}
};

export const ratingName = (rating: Rating, lang: Lang): string => RATING_TEXT[rating][lang].name;

/**
 * How False is told from Misleading, printed under the scale and enforced when the claims are
 * checked (`FALSE_FACTOR` in `$lib/stats/claims`): we rate what the text names, not the measure
 * its number may have come from.
 */
export const RATING_RULE: Record<Lang, string> = {
	ar: 'نقيّم ما يسمّيه النص. فإن ذكر رقماً يبعد ضعفين أو أكثر عن كل رقم موثّق للمقياس الذي يسمّيه، وعن طرفي كل تقدير لهذا المقياس، فهو «خاطئ»، حتى لو طابق رقماً لمقياس آخر (نذكر ذلك المقياس في الشرح بوصفه خلطاً محتملاً، ولا نعدّه عذراً). أما «مضلِّل» فلادعاء يصحّ جزء مما يذكره، كتاريخ بدء معركة يقدّمه النص تاريخاً لحسمها. وما يخطئ فيه الادعاء يحدّد درجته: فالخطأ في تفصيل لا يغيّر ما حدث (اسم وحدة، أو طريقة عدّ، أو كلمة) يجعله «دقيق في معظمه»، والخطأ في من فعل أو أين يجعله «دقيق جزئياً»، والخطأ في متى (مرحلة من حدث تُقدَّم على أنها نهايته، أو تاريخ آخر) يجعله «مضلِّل»، فيُقيَّم الخطآن من النوع نفسه بالدرجة نفسها.',
	en: 'We rate what the text names. A number off by a factor of two or more from every sourced figure of the measure the text names, and from both ends of every estimate of that measure, is “False”, even when it matches a figure of another measure (we name that measure in the explanation as the likely mix-up; it is not an excuse). “Misleading” is for a claim part of which holds, such as the date a battle began given as the date it was won. What a claim gets wrong decides its rating: a wrong detail that does not change what happened (a unit’s name, a counting rule, a word) makes it “Mostly accurate”; getting wrong who acted or where makes it “Partly accurate”; getting wrong when (a stage of an event given as its end, or another date) makes it “Misleading”; so two errors of the same kind are rated alike.',
	ckb: 'ئێمە ئەوە هەڵدەسەنگێنین کە دەقەکە ناوی دەبات. ئەگەر ژمارەیەک بهێنێت کە دوو هێندە یان زیاتر لە هەموو ژمارەیەکی سەرچاوەداری ئەو پێوەرەی ناوی دەبات دوور بێت، و لە هەردوو سەری مەودای هەموو خەمڵاندنێکی ئەو پێوەرەش دوور بێت، ئەوا «هەڵەیە»، تەنانەت ئەگەر لەگەڵ ژمارەیەکی پێوەرێکی تردا یەک بگرێتەوە (ئەو پێوەرە لە ڕوونکردنەوەکەدا وەک تێکەڵکردنێکی ئەگەری ناو دەبەین، و بە پاساوی دانانێین). «چەواشەکارانە»ش بۆ ئەو بانگەشەیەیە کە بەشێک لەوەی دەیڵێت ڕاستە، وەک ڕێکەوتی دەستپێکردنی شەڕێک کە دەقەکە وەک ڕێکەوتی یەکلاکردنەوەی پیشانی بدات. ئەوەی بانگەشەکە تێیدا هەڵە دەکات پلەکەی دیاری دەکات: هەڵە لە وردەکارییەکدا کە ئەوەی ڕوویداوە ناگۆڕێت (ناوی یەکەیەک، یان شێوازی ژماردن، یان وشەیەک) دەیکاتە «زۆربەی ڕاستە»، و هەڵە لەوەی کێ کردی یان لە کوێ دەیکاتە «بەشێکی ڕاستە»، و هەڵە لە کەی (قۆناغێکی ڕووداوێک کە وەک کۆتاییەکەی پیشان بدرێت، یان ڕێکەوتێکی تر) دەیکاتە «چەواشەکارانە»، بەم شێوەیە دوو هەڵەی هەمان جۆر بە هەمان پلە هەڵدەسەنگێنرێن.'
};
