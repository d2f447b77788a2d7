/**
 * The published `governorate_month.csv`: one row per governorate × month, plus a "not located"
 * row in the months where IBC has deaths it could not place. Aggregates only; a blank cell is a
 * month the source does not cover (never 0).
 */
import type { MonthKey } from '../brand';
import { UNLOCATED } from './aggregate';
import type { ExploreData, ExploreSeries } from './explore';
import { GOVERNORATES } from './governorates';

export const GOVERNORATE_MONTH_COLUMNS = [
	'month',
	'governorate_code',
	'governorate_en',
	'governorate_ar',
	'governorate_ckb',
	'ibc_min',
	'ibc_max',
	'sigact',
	'source_ids'
] as const;

export type GovernorateMonthRow = {
	readonly [K in (typeof GOVERNORATE_MONTH_COLUMNS)[number]]: K extends
		'ibc_min' | 'ibc_max' | 'sigact'
		? number | null
		: K extends 'source_ids'
			? readonly string[]
			: string;
};

/** How the "not located" rows are labelled in the file. */
export const UNLOCATED_LABEL = {
	en: 'Not located',
	ckb: 'پارێزگاکەی دیاری نەکراوە',
	ar: 'غير محدد المحافظة'
} as const;

export function governorateMonthRows(data: ExploreData): GovernorateMonthRow[] {
	const ids = data.sourceIds;
	const row = (
		month: MonthKey,
		code: string,
		names: { en: string; ar: string; ckb: string },
		s: ExploreSeries,
		m: number
	): GovernorateMonthRow => ({
		month,
		governorate_code: code,
		governorate_en: names.en,
		governorate_ar: names.ar,
		governorate_ckb: names.ckb,
		ibc_min: s.ibcMin[m]!,
		ibc_max: s.ibcMax[m]!,
		sigact: s.sigact[m]!,
		source_ids: [
			...(s.ibcMin[m] === null ? [] : [ids.ibc]),
			...(s.sigact[m] === null ? [] : [ids.sigact])
		]
	});
	return data.months.flatMap((month, m) => {
		const rows = data.codes.map((code, g) =>
			row(
				month,
				code,
				GOVERNORATES[code],
				{
					ibcMin: data.ibcMin[g]!,
					ibcMax: data.ibcMax[g]!,
					sigact: data.sigact[g]!
				},
				m
			)
		);
		const u = data.unlocated;
		const hasUnlocated = [u.ibcMin[m], u.ibcMax[m], u.sigact[m]].some((v) => v !== null && v !== 0);
		return hasUnlocated ? [...rows, row(month, UNLOCATED, UNLOCATED_LABEL, u, m)] : rows;
	});
}
