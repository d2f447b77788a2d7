/** Where the dashboard's embed lives, and the height its snippets and oEmbed start from. */
import type { Lang } from '$lib/i18n';

/** The embed of a view: the same parameters as the page's (`?gov=IQ-DI&from=…`). */
export const exploreEmbedPath = (lang: Lang, query = ''): string =>
	`/${lang}/embed/explore/${query}`;

/** The frame's height before the embed reports its own (the default view on a desktop). */
export const EXPLORE_EMBED_HEIGHT = 900;
