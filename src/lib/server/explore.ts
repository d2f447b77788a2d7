/**
 * Everything the explore dashboard's page and embed receive, computed once per build: the
 * governorate data, the map as projected paths, the US military's deaths and troop levels on
 * the same months, the published estimates for the comparison, and the sources of all of it.
 */
import { mapShapes } from '$lib/chart-model/explore/mapShapes';
import {
	estimatesByMeasure,
	troopsByMonth,
	uniqueSources,
	usMonthly,
	type MonthKey,
	type SourceId
} from '$lib/stats';
import { loadData } from './data';
import { loadGovernorates, loadGovernorateTopology } from './governorates';
import { sourceRefs } from './sources';

/** A national series placed on the dashboard's months: null where it has no value. */
function onMonths<T extends { month: MonthKey }>(
	months: readonly MonthKey[],
	rows: readonly T[],
	value: (r: T) => number | null
): (number | null)[] {
	const byMonth = new Map(rows.map((r) => [r.month, r]));
	return months.map((m) => {
		const r = byMonth.get(m);
		return r ? value(r) : null;
	});
}

let cached: ReturnType<typeof build> | undefined;
export const explorePageData = () => (cached ??= build());

function build() {
	const { datasets } = loadData();
	const { explore } = loadGovernorates();
	const us = usMonthly(datasets);
	const troops = troopsByMonth(datasets);
	const surveys = estimatesByMeasure(datasets).flatMap((g) => g.items);
	const usSources = uniqueSources([...us, ...troops].map((r) => r.sourceIds));
	const ids: string[] = [
		...Object.values(explore.sourceIds),
		...usSources,
		...surveys.flatMap((e) => e.sourceIds)
	];
	return {
		explore,
		map: mapShapes(loadGovernorateTopology()),
		us: {
			deaths: onMonths(explore.months, us, (r) => r.deaths),
			troops: onMonths(explore.months, troops, (r) => r.us),
			sourceIds: usSources as readonly SourceId[]
		},
		surveys,
		sources: sourceRefs(datasets, ids)
	};
}

export type ExplorePageData = ReturnType<typeof build>;
