/**
 * The text's own words, as each edition prints them: the Arabic edition quotes the Arabic text
 * exactly; the English edition gives them in translation; an edition marked `both` quotes the
 * Arabic and gives its rendering beside it, so a reader of Kurdish sees what the text says and
 * what it means.
 */
import { EDITIONS, type Lang } from './lang';

export function textWords(lang: Lang, quote: string, rendering: string): string {
	const how: string = EDITIONS[lang].quotesText;
	if (how === 'original') return `«${quote}»`;
	if (how === 'both') return `«${quote}» (${rendering})`;
	return `“${rendering}”`;
}
