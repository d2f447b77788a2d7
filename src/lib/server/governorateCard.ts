/**
 * A governorate page’s social card (a PNG of the card size, prerendered): the dashboard's own snapshot
 * (the same SVG as its PNG/SVG download) of that governorate's default view, with the
 * governorate's title and its figures' standing in the credit.
 */
import { governorateTitle } from '$lib/features/explore/governoratePage';
import { CARD } from '$lib/chart-model/tokens';
import { defaultState } from '$lib/chart-model/explore/state';
import { binThresholds, placeValues, selectionSeries } from '$lib/chart-model/explore/view';
import { governoratePath } from '$lib/features/explore/embedPath';
import { absolute } from '$lib/features/site/site';
import { exploreSvg } from '$lib/render/snapshot/exploreSvg';
import {
	classLabels,
	EXPLORE_TEXT as T,
	exploreValueFormat,
	measureName,
	periodName,
	placeName,
	settingsFor,
	type Lang
} from '$lib/i18n';
import { GOVERNORATE_CODES, type GovernorateCode } from '$lib/stats/governorates/governorates';
import { renderPng } from './cards';
import { explorePageData } from './explore';

export function governorateCardPng(lang: Lang, code: GovernorateCode): Uint8Array {
	const { explore, map } = explorePageData();
	const locale = settingsFor(lang);
	const view = defaultState(explore.months, [code]);
	const values = placeValues(explore, view);
	const thresholds = binThresholds(values.map((v) => v.value));
	const svg = exploreSvg({
		rtl: lang === 'ar',
		title: governorateTitle(code, lang),
		subtitle: `${measureName(view.measure, view.per, lang)} · ${placeName(view.gov, lang)} · ${periodName(view.from, view.to, locale)}`,
		map,
		values,
		thresholds,
		legend: [
			...classLabels(thresholds, exploreValueFormat(view.per, locale), lang),
			T.noData[lang]
		],
		series: selectionSeries(explore, view),
		selected: view.gov,
		credit: T.secondaryShort[lang],
		permalink: absolute(governoratePath(lang, code)),
		fontFamily: 'IBM Plex Sans Arabic',
		height: CARD.height
	});
	return renderPng(svg, `${lang}/explore/${code}`, GOVERNORATE_CODES.length * 2);
}
