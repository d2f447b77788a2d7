/**
 * The chart actions' status messages, in the page's language, as `data-said-<name>` attributes
 * of the actions' markup: the script that shows them (chartActions.ts) holds no words and ships
 * no catalog. A message's `{what}` ("Link", "iframe"…) is filled in by the script.
 */
import { catalogOf } from '$lib/i18n/messages';
import type { Lang } from '$lib/i18n/lang';
import type { SAID } from './chartActions';

export function saidAttributes(lang: Lang): Record<`data-said-${(typeof SAID)[number]}`, string> {
	const words = catalogOf(lang);
	return {
		'data-said-copied': words['chartActions.said.copied']({ what: '{what}' }),
		'data-said-copy-from-field': words['chartActions.said.copyFromField']({ what: '{what}' }),
		'data-said-preparing': words['chartActions.said.preparing'],
		'data-said-downloaded': words['chartActions.said.downloaded'],
		'data-said-link': words['chartActions.said.link']
	};
}
