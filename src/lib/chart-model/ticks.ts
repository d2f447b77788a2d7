/** Tick helpers shared by chart definitions. */
import { formatYear, type LocaleSettings } from '$lib/i18n';
import type { Tick } from './plotSpec';

/** One tick per year on a monthly axis: at each January, and at the first month. */
export const yearStartTicks = (months: readonly string[], locale: LocaleSettings): Tick[] =>
	months
		.filter((m, i) => i === 0 || m.endsWith('-01'))
		.map((m) => ({ value: m, label: formatYear(Number(m.slice(0, 4)), locale) }));
