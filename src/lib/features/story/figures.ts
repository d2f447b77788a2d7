/**
 * Where the story's sticky chart gets each step's figure: a prerendered HTML file per chart
 * state (`src/routes/[lang]/figures/`), named by the state's slug.
 */
import type { Lang } from '$lib/i18n/lang';

export const figurePath = (lang: Lang, chart: string, slug: string): string =>
	`/${lang}/figures/${chart}/${slug}.html`;
