/** The line of sources an oEmbed blockquote shows before (or instead of) the frame, as HTML. */
import { comma, dirOf, type Lang } from '$lib/i18n';
import { MESSAGES } from '$lib/i18n/messages';
import { escapeXml } from '$lib/render/snapshot/svgText';
import type { SourceRef } from '$lib/stats/sourceRef';

/**
 * "Sources: Reuters, The Associated Press": each publisher once, in the order given. Publishers
 * are printed as published, in English: in another edition each name is marked so
 * (`<span lang="en">`, for hosts that keep it) and, in a right-to-left one, is its own isolate
 * (U+2068 … U+2069, which survives a host that strips the span, as WordPress does), so its
 * parentheses stay with it: «Iraq Body Count (file … Beger)،» and not «…Beger(،».
 */
export const sourceLineHtml = (
	sources: readonly Pick<SourceRef, 'publisher'>[],
	lang: Lang
): string => {
	const names = [...new Set(sources.map((s) => escapeXml(s.publisher)))];
	// publishers are named in English (`data/sources.csv`): marked so in every other edition
	const marked = lang === 'en' ? names : names.map((n) => `<span lang="en">${n}</span>`);
	const shown = dirOf(lang) === 'rtl' ? marked.map((n) => `\u2068${n}\u2069`) : marked;
	return `${escapeXml(MESSAGES[lang].sources)}: ${shown.join(comma(lang))}`;
};
