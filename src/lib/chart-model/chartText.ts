/**
 * A chart's words, read from the message catalogs by its id: `charts.<id>.title`, `.subtitle`,
 * `.note1`, `.note2`… and each view's name, `views.<id>.<view>`. A definition holds no reader
 * text, so a translator works in the catalogs alone and every page that shows a chart (story,
 * gallery, embed, card, oEmbed) reads the same words.
 */
import { catalogOf, type Lang } from '$lib/i18n';
import type { ChartText } from './types';

/** Where a chart's words are read: the catalogs, or (for a test's fixture) words of its own. */
export type WordsOf = (lang: Lang) => Readonly<Record<string, unknown>>;

export const catalogWords: WordsOf = (lang) => catalogOf(lang);

/** The message under `key`, or an error naming the catalog and the key. */
function message(words: WordsOf, lang: Lang, key: string): string {
	const text = words(lang)[key];
	if (typeof text !== 'string') throw new Error(`${lang}.json has no message "${key}"`);
	return text;
}

export function chartTextOf(id: string, lang: Lang, words: WordsOf = catalogWords): ChartText {
	const notes: string[] = [];
	for (let i = 1; typeof words(lang)[`charts.${id}.note${i}`] === 'string'; i++)
		notes.push(message(words, lang, `charts.${id}.note${i}`));
	return {
		title: message(words, lang, `charts.${id}.title`),
		subtitle: message(words, lang, `charts.${id}.subtitle`),
		notes
	};
}

export const viewNameOf = (
	id: string,
	view: string,
	lang: Lang,
	words: WordsOf = catalogWords
): string => message(words, lang, `views.${id}.${view}`);
