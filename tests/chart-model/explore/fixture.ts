// A small ExploreData: three months, every governorate 0 except Baghdad and Anbar, so sums are
// easy to check by hand.
import type { MonthKey } from '$lib/stats';
import type { ExploreData } from '$lib/stats/governorates/explore';
import { GOVERNORATE_CODES } from '$lib/stats/governorates/governorates';
import { GOVERNORATE_SOURCE_IDS } from '$lib/stats/governorates/sourceIds';

export const MONTHS = ['2004-01', '2004-02', '2004-03'] as MonthKey[];
const row = (code: string, values: (number | null)[]) =>
	code === 'IQ-BG'
		? values
		: code === 'IQ-AN'
			? values.map((v) => (v === null ? null : v / 10))
			: values.map((v) => (v === null ? null : 0));

export function fixture(): ExploreData {
	const ibcMin = GOVERNORATE_CODES.map((c) => row(c, [100, 200, 300]));
	const ibcMax = GOVERNORATE_CODES.map((c) => row(c, [110, 220, 330]));
	// SIGACTs start in February, as in the real file.
	const sigact = GOVERNORATE_CODES.map((c) => row(c, [null, 50, 60]));
	const population = Object.fromEntries(
		GOVERNORATE_CODES.map((c) => [c, c === 'IQ-BG' ? 1_000_000 : 100_000])
	);
	const unlocated = { ibcMin: [5, 0, 0], ibcMax: [5, 0, 0], sigact: [null, 0, 0] };
	const sumCol = (rows: (number | null)[][], extra: (number | null)[]) =>
		MONTHS.map((_, i) => {
			const vals = [...rows.map((r) => r[i]!), extra[i]!].filter((v): v is number => v !== null);
			return vals.length ? vals.reduce((a, b) => a + b, 0) : null;
		});
	return {
		months: MONTHS,
		codes: GOVERNORATE_CODES,
		ibcMin,
		ibcMax,
		sigact,
		unlocated,
		national: {
			ibcMin: sumCol(ibcMin, unlocated.ibcMin),
			ibcMax: sumCol(ibcMax, unlocated.ibcMax),
			sigact: sumCol(sigact, unlocated.sigact)
		},
		population2010: population as ExploreData['population2010'],
		coverage: {
			ibc: ['2004-01', '2004-03'] as [MonthKey, MonthKey],
			sigact: ['2004-02', '2004-03'] as [MonthKey, MonthKey]
		},
		sourceIds: GOVERNORATE_SOURCE_IDS
	};
}
