import type { Handle } from '@sveltejs/kit';
import { dirOf } from '$lib/i18n';
import { isLang } from '$lib/i18n';

// `lang` and `dir` belong on <html> from the first byte, so the prerendered page is laid out
// right-to-left before any script runs. The root page is bilingual and declares English.
export const handle: Handle = ({ event, resolve }) => {
	const param = event.params.lang ?? '';
	const lang = isLang(param) ? param : 'en';
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', dirOf(lang)),
		// No modulepreload for the framework's JavaScript (nor Kit's font preloads: the layout preloads
		// the Arabic face where it is used): the prerendered page is complete, so the
		// HTML (and its text, the largest paint) gets the connection first and the scripts follow.
		preload: ({ type }) => type === 'css'
	});
};
