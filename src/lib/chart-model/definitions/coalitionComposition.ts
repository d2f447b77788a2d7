/**
 * Coalition composition: four views (invasion force, troops by month, Multi-National Force snapshots, withdrawals), each with its
 * summary, plot and table in both languages. Longer than the house's ~200 lines because the chart
 * is declared in one place; the views share their helpers above the declaration.
 */
import { peak, type Withdrawal } from '$lib/stats';
import {
	comma,
	countryName,
	formatCount,
	formatMonth,
	formatPartialDate,
	formatYear,
	NOUNS,
	plural,
	withDateStanding,
	withStanding,
	withStandingOfTwo,
	settingsFor,
	type Lang,
	type LocaleSettings
} from '$lib/i18n';
import { catalogOf } from '$lib/i18n/messages';
import { defineChart } from '../defineChart';
import { countrySeries } from '../tokens';
import type { PlotSpec } from '../plotSpec';
import type { ChartState, TableData } from '../types';
import type { CoalitionCompositionData, StandingEntry } from './coalitionComposition.select';

/** The month the invasion began, as the invasion view's summary names it. */
const INVASION_MONTH = '2003-03';

/** A state's contingent counts troops; the Peshmerga, a Kurdish force and no state's army, fighters. */
const memberNoun = (country: string) => (country === 'peshmerga' ? NOUNS.fighters : NOUNS.troops);

/** The snapshot a state names, or the latest one. */
const snapshotOf = (data: CoalitionCompositionData, state: ChartState) =>
	data.snapshots.find((s) => s.date === state.snapshot) ?? data.snapshots.at(-1)!;

/**
 * The invasion force and each snapshot are drawn alike: one bar per country's contingent. The
 * invasion's values carry their standing in words ("70,000 (unverified)"), longer than the room
 * beside a bar leaves in a 300 px column, so its names and values go on a line above each bar.
 */
function forceBars(
	entries: readonly StandingEntry[],
	heading: string | undefined,
	locale: LocaleSettings,
	labels: 'beside' | 'above' = 'beside'
): PlotSpec {
	const { lang } = locale;
	const gapLabel = catalogOf(lang)['coalitionComposition.numberNotGiven'];
	return {
		heading,
		legend: [],
		panels: [
			{
				pointsLabel: catalogOf(lang)['coalitionComposition.countries'],
				body: {
					kind: 'bars',
					format: (x: number) => formatCount(x, locale),
					gapLabel,
					nameWidth: 170,
					rowHeight: labels === 'above' ? 40 : 24,
					labels,
					rows: entries.map((e) => ({
						key: e.country,
						name: countryName(e.country, lang),
						value: e.troops,
						label: `${countryName(e.country, lang)}: ${e.troops === null ? gapLabel : withStanding(plural(e.troops, memberNoun(e.country), locale), e, lang)}`,
						valueText:
							e.troops === null ? undefined : withStanding(formatCount(e.troops, locale), e, lang),
						series: countrySeries(e.country)
					}))
				}
			}
		]
	};
}

/** …and tabled alike: a country and its troops per row. */
const forceTable = (entries: readonly StandingEntry[], lang: Lang): TableData => ({
	columns: [catalogOf(lang).tableCountry, catalogOf(lang).tableForces],
	rows: entries.map((e) => [countryName(e.country, lang), e.troops]),
	rowSources: entries.map((e) => e.sourceIds)
});

/** A withdrawal known only as "by this date" says so wherever its date is shown. */
const byPrefix = (precision: Withdrawal['precision'], lang: Lang) =>
	precision === 'by' ? catalogOf(lang)['coalitionComposition.by'] : '';

export const coalitionComposition = defineChart({
	id: 'coalition-composition',
	embedHeight: 560,
	// annotated so the data type is inferred for every view below
	sourceIds: (data: CoalitionCompositionData) => data.sources,
	params: (data) => ({
		snapshot: {
			values: data.snapshots.map((s) => s.date),
			default: data.snapshots.at(-1)?.date ?? '',
			label: (v, lang) => formatPartialDate(v, settingsFor(lang))
		}
	}),
	views: {
		invasion: {
			summary(data, _state, locale) {
				const { lang } = locale;
				const n = (x: number) => formatCount(x, locale);
				const states = data.invasion.filter((e) => e.troops !== null && e.country !== 'peshmerga');
				return catalogOf(lang)['coalitionComposition.invasionSummary']({
					countries: plural(states.length, NOUNS.countries, locale),
					month: formatMonth(INVASION_MONTH, locale),
					list: states
						.map((e) => `${countryName(e.country, lang)} ${withStanding(n(e.troops!), e, lang)}`)
						.join(comma(lang))
				});
			},
			plot: (data, _state, locale) => forceBars(data.invasion, undefined, locale, 'above'),
			table: (data, _state, locale) => forceTable(data.invasion, locale.lang)
		},
		troops: {
			summary(data, _state, locale) {
				const top = peak(data.troops, (t) => t.us)!;
				const others = peak(data.troops, (t) => t.nonUs)!;
				const s = (row: { standalone: boolean }, text: string) =>
					withStanding(text, row, locale.lang);
				// each peak is a sentence with its month first and its standing last; where the
				// series comes from is said once, after the numbers it qualifies
				return catalogOf(locale.lang)['coalitionComposition.troopsSummary']({
					usMonth: formatMonth(top.month, locale),
					us: s(top, plural(top.us, NOUNS.troopsImplied, locale)),
					othersMonth: formatMonth(others.month, locale),
					others: s(others, plural(others.nonUs, NOUNS.troopsImplied, locale))
				});
			},
			plot(data, _state, locale) {
				const { lang } = locale;
				const n = (x: number) => formatCount(x, locale);
				const series = [
					{ key: 'us', label: countryName('united-states', lang), series: 'us' as const },
					{
						key: 'other',
						label: catalogOf(lang)['coalitionComposition.otherCoalition'],
						series: 'other' as const
					}
				];
				return {
					legend: series,
					panels: [
						{
							pointsLabel: catalogOf(lang)['coalitionComposition.months'],
							body: {
								kind: 'stacked',
								format: n,
								series,
								bands: data.troops.map((t) => ({
									band: t.month,
									values: { us: t.us, other: t.nonUs },
									label: withStandingOfTwo(
										catalogOf(lang)['coalitionComposition.troopsLabel']({
											month: formatMonth(t.month, locale),
											us: plural(t.us, NOUNS.troops, locale),
											others: plural(t.nonUs, NOUNS.troopsImplied, locale)
										}),
										t,
										lang
									)
								})),
								ticks: data.troops
									.filter((t) => t.month.endsWith('-01'))
									.map((t) => ({
										value: t.month,
										label: formatYear(Number(t.month.slice(0, 4)), locale)
									}))
							}
						}
					]
				};
			},
			table: (data, _state, locale) => ({
				columns: [
					catalogOf(locale.lang)['coalitionComposition.month'],
					catalogOf(locale.lang)['coalitionComposition.us'],
					catalogOf(locale.lang)['coalitionComposition.other'],
					catalogOf(locale.lang)['coalitionComposition.total']
				],
				rows: data.troops.map((t) => [formatMonth(t.month, locale), t.us, t.nonUs, t.total]),
				rowSources: data.troops.map((t) => t.sourceIds)
			})
		},
		snapshots: {
			summary(data, state, locale) {
				const { lang } = locale;
				const snap = snapshotOf(data, state);
				const top = snap.entries[0]!;
				const troops = withStanding(formatCount(top.troops ?? 0, locale), top, lang);
				return catalogOf(lang)['coalitionComposition.snapshotSummary']({
					date: formatPartialDate(snap.date, locale),
					countries: plural(snap.entries.length, NOUNS.countries, locale),
					largest: countryName(top.country, lang),
					troops
				});
			},
			plot(data, state, locale) {
				const snap = snapshotOf(data, state);
				return forceBars(snap.entries, formatPartialDate(snap.date, locale), locale);
			},
			table: (data, state, locale) => forceTable(snapshotOf(data, state).entries, locale.lang)
		},
		withdrawals: {
			summary(data, _state, locale) {
				const { lang } = locale;
				const last = data.withdrawals.at(-1)!;
				const total = data.withdrawals.length;
				const n = (x: number) => formatCount(x, locale);
				const by = data.withdrawals.filter((w) => w.precision === 'by').length;
				const weak = data.withdrawals.filter((w) => !w.standalone).length;
				const when = withDateStanding(
					`${byPrefix(last.precision, lang)}${formatPartialDate(last.date, locale)}`,
					last,
					lang
				);
				// "dated" would overstate it: half the dates say only that a force had gone by then
				const words = catalogOf(lang);
				const lastOne =
					words[
						last.precision === 'by'
							? 'coalitionComposition.withdrawalsLastBy'
							: 'coalitionComposition.withdrawalsLastOn'
					];
				return (
					words['coalitionComposition.withdrawalsSummary']({
						withdrawals: plural(total, NOUNS.withdrawals, locale),
						known: n(total - by),
						byDate: n(by)
					}) +
					lastOne({ country: countryName(last.country, lang), when }) +
					(weak > 0 ? words['coalitionComposition.withdrawalsWeak']({ count: n(weak) }) : '')
				);
			},
			plot(data, _state, locale) {
				const { lang } = locale;
				const ys = data.withdrawals.map((w) => Number(w.date.slice(0, 4)));
				const years: number[] = [];
				for (let y = Math.min(...ys); y <= Math.max(...ys); y++) years.push(y);
				return {
					legend: [],
					panels: [
						{
							pointsLabel: catalogOf(lang)['coalitionComposition.withdrawals'],
							body: {
								kind: 'timeline',
								years,
								yearLabel: (y: number) => formatYear(y, locale),
								rows: data.withdrawals.map((w) => ({
									key: `${w.country}|${w.date}`,
									name: countryName(w.country, lang),
									date: w.date,
									approximate: w.precision === 'by',
									label: `${countryName(w.country, lang)}: ${withDateStanding(`${byPrefix(w.precision, lang)}${formatPartialDate(w.date, locale)}`, w, lang)}`,
									series: countrySeries(w.country)
								}))
							}
						}
					]
				};
			},
			table: (data, _state, locale) => ({
				columns: [
					catalogOf(locale.lang)['coalitionComposition.country'],
					catalogOf(locale.lang)['coalitionComposition.date']
				],
				rows: data.withdrawals.map((w) => [
					countryName(w.country, locale.lang),
					byPrefix(w.precision, locale.lang) + formatPartialDate(w.date, locale)
				]),
				rowSources: data.withdrawals.map((w) => w.sourceIds)
			})
		}
	}
});
