/**
 * What a death toll measures, in words: the estimates chart's groups, the fact-check context
 * lines and the sources page all name a measure the same way.
 */
import type { Estimate, MeasureType } from '$lib/stats';
import type { Lang } from './lang';

export const MEASURE_TYPE_LABELS: Record<MeasureType, Record<Lang, string>> = {
	documented_civilian: {
		ar: 'وفيات مدنيين موثقة (إحصاءات)',
		en: 'Documented civilian deaths (counts)',
		ckb: 'گیانلەدەستدانی بەڵگەداری هاووڵاتیانی سڤیل (ئامارەکان)'
	},
	documented_all: {
		ar: 'وفيات موثقة لكل الفئات (إحصاءات)',
		en: 'Documented deaths of all people (counts)',
		ckb: 'گیانلەدەستدانی بەڵگەداری هەموو گرووپەکان (ئامارەکان)'
	},
	violent_survey: {
		// ORB's is an opinion poll, not a survey: the group's name says so
		ar: 'وفيات عنيفة (تقديرات المسوح واستطلاع رأي)',
		en: 'Violent deaths (survey and poll estimates)',
		ckb: 'گیانلەدەستدان بەهۆی توندوتیژییەوە (خەمڵاندنی ڕووپێوەکان و ڕاپرسییەکی ڕاوبۆچوون)'
	},
	excess_survey: {
		ar: 'وفيات زائدة من كل الأسباب (تقديرات مسحية)',
		en: 'Excess deaths from all causes (survey estimates)',
		ckb: 'گیانلەدەستدانی زیادە بە هەموو هۆکارەکانەوە (خەمڵاندنی ڕووپێوەکان)'
	}
};

export const measureTypeLabel = (m: MeasureType, lang: Lang): string =>
	MEASURE_TYPE_LABELS[m][lang];

/**
 * What one estimate measures, in words: its group's measure, and for an opinion poll (ORB) that
 * it is a poll, not a mortality survey, wherever the estimate is named.
 */
export const estimateMeasureLabel = (
	e: Pick<Estimate, 'measureType' | 'poll'>,
	lang: Lang
): string => (e.poll ? POLL_LABELS[e.measureType][lang] : MEASURE_TYPE_LABELS[e.measureType][lang]);

const POLL_LABELS: Record<MeasureType, Record<Lang, string>> = {
	documented_civilian: MEASURE_TYPE_LABELS.documented_civilian,
	documented_all: MEASURE_TYPE_LABELS.documented_all,
	violent_survey: {
		ar: 'وفيات عنيفة (استطلاع رأي، لا مسح للوفيات)',
		en: 'Violent deaths (an opinion poll, not a mortality survey)',
		ckb: 'گیانلەدەستدان بەهۆی توندوتیژییەوە (ڕاپرسیی ڕاوبۆچوون، نەک ڕووپێوی گیانلەدەستدان)'
	},
	excess_survey: {
		ar: 'وفيات زائدة من كل الأسباب (استطلاع رأي، لا مسح للوفيات)',
		en: 'Excess deaths from all causes (an opinion poll, not a mortality survey)',
		ckb: 'گیانلەدەستدانی زیادە بە هەموو هۆکارەکانەوە (ڕاپرسیی ڕاوبۆچوون، نەک ڕووپێوی گیانلەدەستدان)'
	}
};
