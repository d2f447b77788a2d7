/**
 * Where a chart state's share page and card live (prerendered for every state the story shows;
 * `default` is the chart's own). One place for the paths the share page, oEmbed and the story's
 * unrolled figures link to.
 */
export const cardPath = (lang: string, chart: string, slug = 'default'): string =>
	slug === 'default' ? `/${lang}/share/${chart}.png` : `/${lang}/share/${chart}/${slug}.png`;

export const statePagePath = (lang: string, chart: string, slug = 'default'): string =>
	slug === 'default' ? `/${lang}/share/${chart}/` : `/${lang}/share/${chart}/${slug}/`;
