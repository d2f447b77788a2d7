/**
 * A governorate page’s social card (a PNG of the card size, prerendered): the dashboard's own snapshot
 * (the same SVG as its PNG/SVG download) of that governorate's default view, with the
 * governorate's title and its figures' standing in the credit.
 */
import { governorateTitle } from '$lib/features/explore/governoratePage';
import { CARD } from '$lib/chart-model/tokens';
import { defaultState } from '$lib/chart-model/explore/state';
import { snapshotOfView } from '$lib/features/explore/snapshotInput';
import { governoratePath } from '$lib/features/explore/embedPath';
import { absolute } from '$lib/features/site/site';
import { exploreSvg } from '$lib/render/snapshot/exploreSvg';
import { EXPLORE_TEXT as T, type Lang } from '$lib/i18n';
import { GOVERNORATE_CODES, type GovernorateCode } from '$lib/stats/governorates/governorates';
import { renderPng } from './cards';
import { explorePageData } from './explore';

export function governorateCardPng(lang: Lang, code: GovernorateCode): Uint8Array {
	const { explore, map } = explorePageData();
	const view = defaultState(explore.months, [code]);
	const svg = exploreSvg({
		...snapshotOfView(lang, explore, map, view),
		title: governorateTitle(code, lang),
		credit: T.secondaryShort[lang],
		permalink: absolute(governoratePath(lang, code)),
		fontFamily: 'IBM Plex Sans Arabic',
		height: CARD.height
	});
	return renderPng(svg, `${lang}/explore/${code}`, GOVERNORATE_CODES.length * 2);
}
