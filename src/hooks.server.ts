import type { Handle } from '@sveltejs/kit';
import { dirOf } from '$lib/i18n/lang';
import { isLang } from '$lib/stats/format';

// `lang` and `dir` belong on <html> from the first byte, so the prerendered page is laid out
// right-to-left before any script runs. The root page is bilingual and declares English.
export const handle: Handle = ({ event, resolve }) => {
	const param = event.params.lang ?? '';
	const lang = isLang(param) ? param : 'en';
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', dirOf(lang))
	});
};
