/** Where the dashboard's embed lives, and the height its snippets and oEmbed start from. */
import type { Lang } from '$lib/i18n';
import { GOVERNORATES, type GovernorateCode } from '$lib/stats/governorates/governorates';

/** The embed of a view: the same parameters as the page's (`?gov=IQ-DI&from=…`). */
export const exploreEmbedPath = (lang: Lang, query = ''): string =>
	`/${lang}/embed/explore/${query}`;

/** The frame's height before the embed reports its own (the default view on a desktop). */
export const EXPLORE_EMBED_HEIGHT = 900;

/** A governorate's own page, its card, its embed and its oEmbed: one slug, four addresses. */
export const governoratePath = (lang: Lang, code: GovernorateCode): string =>
	`/${lang}/explore/${GOVERNORATES[code].slug}/`;
export const governorateCardPath = (lang: Lang, code: GovernorateCode): string =>
	`/${lang}/explore/${GOVERNORATES[code].slug}.png`;
export const governorateEmbedPath = (lang: Lang, code: GovernorateCode): string =>
	`/${lang}/embed/explore/${GOVERNORATES[code].slug}/`;
export const governorateOembedPath = (lang: Lang, code: GovernorateCode): string =>
	`/oembed/${lang}/explore/${GOVERNORATES[code].slug}.json`;
