/** State parameters the charts share (years, views), with their labels in both languages. */
import { pick, type Lang } from '$lib/i18n';

/** Years as state values ('' means "no year highlighted"). */
export const yearValues = (years: readonly number[]): string[] => ['', ...years.map(String)];

export const allYearsLabel = (lang: Lang) => pick(lang, 'كل السنوات', 'All years');

/** The "highlight a year" state parameter shared by the time charts. */
export const yearParam = (years: readonly number[]) => ({
	values: yearValues(years),
	default: '',
	label: (v: string, lang: Lang) => (v === '' ? allYearsLabel(lang) : v)
});

/**
 * The "view" state parameter from its labels: the values are the keys in order, the first is
 * the default, so a view cannot be declared without its name in both languages.
 */
export function viewParam(labels: Record<string, readonly [ar: string, en: string]>) {
	const values = Object.keys(labels);
	return {
		values,
		default: values[0]!,
		label: (v: string, lang: Lang) => {
			const l = labels[v];
			return l ? pick(lang, l[0], l[1]) : v;
		}
	};
}
