/** State parameters the charts share (a highlighted year), with labels in both languages. */
import { catalogOf } from '$lib/i18n/messages';
import { type Lang } from '$lib/i18n';

/** Years as state values ('' means "no year highlighted"). */
export const yearValues = (years: readonly number[]): string[] => ['', ...years.map(String)];

export const allYearsLabel = (lang: Lang) => catalogOf(lang)['params.allYears'];

/** The "highlight a year" state parameter shared by the time charts. */
export const yearParam = (years: readonly number[]) => ({
	values: yearValues(years),
	default: '',
	label: (v: string, lang: Lang) => (v === '' ? allYearsLabel(lang) : v)
});
