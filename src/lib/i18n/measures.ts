/**
 * What a death toll measures, in words: the estimates chart's groups, the fact-check context
 * lines and the sources page all name a measure the same way.
 */
import type { MeasureType } from '$lib/stats';
import type { Lang } from './lang';

export const MEASURE_TYPE_LABELS: Record<MeasureType, Record<Lang, string>> = {
	documented_civilian: {
		ar: 'وفيات مدنيين موثقة (إحصاءات)',
		en: 'Documented civilian deaths (counts)'
	},
	documented_all: {
		ar: 'وفيات موثقة لكل الفئات (إحصاءات)',
		en: 'Documented deaths of all people (counts)'
	},
	violent_survey: {
		ar: 'وفيات عنيفة (تقديرات مسحية)',
		en: 'Violent deaths (survey estimates)'
	},
	excess_survey: {
		ar: 'وفيات زائدة من كل الأسباب (تقديرات مسحية)',
		en: 'Excess deaths from all causes (survey estimates)'
	}
};

export const measureTypeLabel = (m: MeasureType, lang: Lang): string =>
	MEASURE_TYPE_LABELS[m][lang];
