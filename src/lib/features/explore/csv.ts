/**
 * The explore table as CSV: the rows the reader sees, in their order, with the governorate's
 * ISO code, both names, and the source ids of each row (UTF-8 with BOM, like every dataset).
 */
import type { ExploreRow } from '$lib/chart-model/explore/table';
import { EXPLORE_TEXT, type Lang } from '$lib/i18n';
import { toCsv } from '$lib/stats';
import type { ExploreMeasure } from '$lib/stats/governorates/explore';
import { GOVERNORATES } from '$lib/stats/governorates/governorates';

export const EXPLORE_CSV_COLUMNS = [
	'governorate_code',
	'place',
	'period',
	'ibc_min',
	'ibc_max',
	'sigact',
	'rate_measure',
	'rate_per_100k',
	'source_ids'
] as const;

export function exploreCsv(rows: readonly ExploreRow[], measure: ExploreMeasure, lang: Lang) {
	return toCsv(
		rows.map((r) => ({
			governorate_code: r.place === 'unlocated' ? '' : r.place,
			place: r.place === 'unlocated' ? EXPLORE_TEXT.unlocated[lang] : GOVERNORATES[r.place][lang],
			period: r.period,
			ibc_min: r.ibcMin,
			ibc_max: r.ibcMax,
			sigact: r.sigact,
			rate_measure: measure,
			rate_per_100k: r.rate === null ? null : Math.round(r.rate * 100) / 100,
			source_ids: r.sourceIds.join(';')
		})),
		EXPLORE_CSV_COLUMNS
	);
}
