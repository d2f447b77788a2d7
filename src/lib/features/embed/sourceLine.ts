/** The line of sources an oEmbed blockquote shows before (or instead of) the frame. */
import { comma, type Lang } from '$lib/i18n';
import { MESSAGES } from '$lib/i18n/messages';
import type { SourceRef } from '$lib/stats/sourceRef';

/** "Sources: Reuters, The Associated Press": each publisher once, in the order given. */
export const sourceLine = (sources: readonly Pick<SourceRef, 'publisher'>[], lang: Lang): string =>
	`${MESSAGES[lang].sources}: ${[...new Set(sources.map((s) => s.publisher))].join(comma(lang))}`;
