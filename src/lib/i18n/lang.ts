import type { Lang } from '$lib/stats/format';

export type Dir = 'rtl' | 'ltr';
export const dirOf = (lang: Lang): Dir => (lang === 'ar' ? 'rtl' : 'ltr');
export const otherLang = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');
