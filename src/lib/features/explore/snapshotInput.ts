/**
 * A dashboard view as the snapshot SVG draws it (`exploreSvg`): the view in words, the map's
 * values and classes, the legend and the series. The PNG/SVG download and a governorate page's
 * social card both start here and add only their title, credit, fonts and size.
 */
import type { MapShapes } from '$lib/chart-model/explore/mapShapes';
import type { ExploreState } from '$lib/chart-model/explore/state';
import { binThresholds, placeValues, selectionSeries } from '$lib/chart-model/explore/view';
import type { ExploreSnapshotInput } from '$lib/render/snapshot/exploreSvg';
import {
	classLabels,
	EXPLORE_TEXT as T,
	exploreValueFormat,
	measureName,
	periodName,
	placeName,
	isRtl,
	settingsFor,
	type Lang
} from '$lib/i18n';
import type { ExploreData } from '$lib/stats/governorates/explore';

export function snapshotOfView(
	lang: Lang,
	explore: ExploreData,
	map: MapShapes,
	view: ExploreState
): Omit<ExploreSnapshotInput, 'title' | 'credit' | 'permalink' | 'fontFamily'> {
	const locale = settingsFor(lang);
	const values = placeValues(explore, view);
	const thresholds = binThresholds(values.map((v) => v.value));
	return {
		rtl: isRtl(lang),
		subtitle: `${measureName(view.measure, view.per, lang)} · ${placeName(view.gov, lang)} · ${periodName(view.from, view.to, locale)}`,
		map,
		values,
		thresholds,
		legend: [
			...classLabels(thresholds, exploreValueFormat(view.per, locale), lang),
			T.noData[lang]
		],
		series: selectionSeries(explore, view),
		selected: view.gov
	};
}
