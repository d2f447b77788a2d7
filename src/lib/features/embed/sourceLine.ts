/** The line of sources an oEmbed blockquote shows before (or instead of) the frame. */
import { comma, pick, type Lang } from '$lib/i18n';
import type { SourceRef } from '$lib/stats/sourceRef';

/** "Sources: Reuters, The Associated Press": each publisher once, in the order given. */
export const sourceLine = (sources: readonly Pick<SourceRef, 'publisher'>[], lang: Lang): string =>
	`${pick(lang, 'المصادر', 'Sources')}: ${[...new Set(sources.map((s) => s.publisher))].join(comma(lang))}`;
