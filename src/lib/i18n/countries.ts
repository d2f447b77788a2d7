/** Country names as each edition writes them (the names themselves are data: `COUNTRIES`). */
import { COUNTRIES } from '$lib/stats';
import type { Lang } from './lang';

export const countryName = (id: string, lang: Lang): string =>
	COUNTRIES[id as keyof typeof COUNTRIES]?.[lang] ?? id;
