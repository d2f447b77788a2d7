/**
 * Coalition composition: four views (invasion force, troops by month, Multi-National Force snapshots, withdrawals), each with its
 * summary, plot and table in both languages. Longer than the house's ~200 lines because the chart
 * is declared in one place; the views share their helpers above the declaration.
 */
import { peak, type Withdrawal } from '$lib/stats';
import {
	countryName,
	formatCount,
	formatMonth,
	formatPartialDate,
	formatYear,
	NOUNS,
	pick,
	plural,
	withDateStanding,
	withStanding,
	withStandingOfTwo,
	type Lang,
	type LocaleSettings
} from '$lib/i18n';
import { catalogOf } from '$lib/i18n/messages';
import { defineChart } from '../defineChart';
import { countrySeries } from '../tokens';
import type { PlotSpec } from '../plotSpec';
import type { ChartState, TableData } from '../types';
import type { CoalitionCompositionData, StandingEntry } from './coalitionComposition.select';

/** The snapshot a state names, or the latest one. */
/** A state's contingent counts troops; the Peshmerga, a Kurdish force and no state's army, fighters. */
const memberNoun = (country: string) => (country === 'peshmerga' ? NOUNS.fighters : NOUNS.troops);

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
	const gapLabel = pick(lang, 'العدد غير معلن', 'number not given');
	return {
		heading,
		legend: [],
		panels: [
			{
				pointsLabel: pick(lang, 'الدول', 'Countries'),
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
	precision === 'by' ? pick(lang, 'بحلول ', 'by ') : '';

export const coalitionComposition = defineChart({
	id: 'coalition-composition',
	embedHeight: 560,
	text: {
		ar: {
			title: 'من أرسل القوات، وكم، ومتى غادر',
			subtitle:
				'قوة الغزو في آذار 2003، والقوات الأمريكية وقوات التحالف شهرياً، والقوة المتعددة الجنسيات في تواريخ مختلفة، والانسحابات',
			notes: [
				'أعداد قوات الدول المشاركة في «القوة المتعددة الجنسيات» مأخوذة من مصادر مختلفة في تواريخ متفرقة، وليست جدولاً كاملاً.',
				'البيشمركة حليف كردي عراقي، وليست دولة مشاركة. مواعيد الانسحاب الدقيقة معروفة لبعض الدول فقط؛ الدائرة المفرّغة تعني «في هذا التاريخ أو قبله».'
			]
		},
		en: {
			title: 'Who sent troops, how many, and when they left',
			subtitle:
				'The March 2003 invasion force, US and coalition troops by month, Multi-National Force contingents at dated snapshots, and withdrawals',
			notes: [
				'Multi-National Force contingents are snapshots from different sources at different dates, not a complete table.',
				'The Peshmerga were an Iraqi Kurdish ally, not a contributing state. Exact withdrawal dates are known for only some countries; a hollow dot means “by this date”.'
			]
		}
	},
	// annotated so the data type is inferred for every view below
	sourceIds: (data: CoalitionCompositionData) => data.sources,
	params: (data) => ({
		snapshot: {
			values: data.snapshots.map((s) => s.date),
			default: data.snapshots.at(-1)?.date ?? '',
			label: (v, lang) => formatPartialDate(v, { lang, digits: 'latn' })
		}
	}),
	views: {
		invasion: {
			label: ['قوة الغزو', 'Invasion force'],
			summary(data, _state, locale) {
				const { lang } = locale;
				const n = (x: number) => formatCount(x, locale);
				const states = data.invasion.filter((e) => e.troops !== null && e.country !== 'peshmerga');
				return pick(
					lang,
					`شاركت ${plural(states.length, NOUNS.countries, locale)} بقوات معلنة العدد في غزو آذار 2003: ${states.map((e) => `${countryName(e.country, lang)} ${withStanding(n(e.troops!), e, lang)}`).join('، ')}. ولا تُعدّ هذه الأرقام بقاعدة واحدة: رقم الولايات المتحدة لقواتها في المنطقة، ورقم بريطانيا لكل من أرسلتهم.`,
					`${plural(states.length, NOUNS.countries, locale)} sent troops of a stated size to the March 2003 invasion: ${states.map((e) => `${countryName(e.country, lang)} ${withStanding(n(e.troops!), e, lang)}`).join(', ')}. The counts follow different rules: the US figure is its troops in the region, Britain’s every person it deployed.`
				);
			},
			plot: (data, _state, locale) => forceBars(data.invasion, undefined, locale, 'above'),
			table: (data, _state, locale) => forceTable(data.invasion, locale.lang)
		},
		troops: {
			label: ['القوات شهرياً', 'Troops by month'],
			summary(data, _state, locale) {
				const top = peak(data.troops, (t) => t.us)!;
				const others = peak(data.troops, (t) => t.nonUs)!;
				const n = (x: number) => formatCount(x, locale);
				const s = (row: { standalone: boolean }, text: string) =>
					withStanding(text, row, locale.lang);
				// each peak is a sentence with its month first and its standing last; where the
				// series comes from is said once, after the numbers it qualifies
				return pick(
					locale.lang,
					`في ${formatMonth(top.month, locale)} بلغ عدد القوات الأمريكية ذروته: ${s(top, plural(top.us, NOUNS.troops, locale))}. وفي ${formatMonth(others.month, locale)} بلغت قوات الدول الأخرى ذروتها: ${s(others, plural(others.nonUs, NOUNS.troops, locale))}. والرقمان من سلسلة شهرية في مجموعة بيانات ثانوية.`,
					`US troops peaked in ${formatMonth(top.month, locale)}, at ${s(top, n(top.us))}. Other countries’ troops peaked in ${formatMonth(others.month, locale)}, at ${s(others, n(others.nonUs))}. Both figures come from a monthly series in a secondary compilation.`
				);
			},
			plot(data, _state, locale) {
				const { lang } = locale;
				const n = (x: number) => formatCount(x, locale);
				const series = [
					{ key: 'us', label: countryName('united-states', lang), series: 'us' as const },
					{
						key: 'other',
						label: pick(lang, 'دول التحالف الأخرى', 'Other coalition'),
						series: 'other' as const
					}
				];
				return {
					legend: series,
					panels: [
						{
							pointsLabel: pick(lang, 'الأشهر', 'Months'),
							body: {
								kind: 'stacked',
								format: n,
								series,
								bands: data.troops.map((t) => ({
									band: t.month,
									values: { us: t.us, other: t.nonUs },
									label: withStandingOfTwo(
										pick(
											lang,
											`${formatMonth(t.month, locale)}: الولايات المتحدة ${plural(t.us, NOUNS.troops, locale)}، والدول الأخرى ${plural(t.nonUs, NOUNS.troops, locale)}`,
											`${formatMonth(t.month, locale)}: US ${plural(t.us, NOUNS.troops, locale)}, other countries ${n(t.nonUs)}`
										),
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
					pick(locale.lang, 'الشهر', 'Month'),
					pick(locale.lang, 'الولايات المتحدة', 'US'),
					pick(locale.lang, 'دول أخرى', 'Other'),
					pick(locale.lang, 'المجموع', 'Total')
				],
				rows: data.troops.map((t) => [formatMonth(t.month, locale), t.us, t.nonUs, t.total]),
				rowSources: data.troops.map((t) => t.sourceIds)
			})
		},
		snapshots: {
			label: ['القوة المتعددة الجنسيات', 'Multi-National Force'],
			summary(data, state, locale) {
				const { lang } = locale;
				const snap = snapshotOf(data, state);
				const top = snap.entries[0]!;
				const troops = withStanding(formatCount(top.troops ?? 0, locale), top, lang);
				return pick(
					lang,
					`${formatPartialDate(snap.date, locale)}: ${plural(snap.entries.length, NOUNS.countries, locale)} في هذا الإحصاء، أكبرها ${countryName(top.country, lang)} (${troops}).`,
					`${formatPartialDate(snap.date, locale)}: ${plural(snap.entries.length, NOUNS.countries, locale)} in this snapshot, the largest ${countryName(top.country, lang)} (${troops}).`
				);
			},
			plot(data, state, locale) {
				const snap = snapshotOf(data, state);
				return forceBars(snap.entries, formatPartialDate(snap.date, locale), locale);
			},
			table: (data, state, locale) => forceTable(snapshotOf(data, state).entries, locale.lang)
		},
		withdrawals: {
			label: ['الانسحابات', 'Withdrawals'],
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
				return pick(
					lang,
					`${plural(total, NOUNS.withdrawals, locale)}: ${n(total - by)} منها في يوم أو سنة معلومة، و${n(by)} لا يُعرف عنها إلا أنها تمّت بحلول تاريخ ما. وآخرها انسحاب ${countryName(last.country, lang)} في ${when}.${weak > 0 ? ` و${n(weak)} من هذه التواريخ لا يعطيها إلا مصدر ثانوي أو ضعيف، فهي غير مؤكدة.` : ''}`,
					`${plural(total, NOUNS.withdrawals, locale)}: ${n(total - by)} on a known day or in a known year, ${n(by)} known only to have happened by a date. The last: ${countryName(last.country, lang)}, ${last.precision === 'by' ? '' : 'on '}${when}.${weak > 0 ? ` Of these dates, ${n(weak)} rest only on secondary or weak sources, so they are unverified.` : ''}`
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
							pointsLabel: pick(lang, 'الانسحابات', 'Withdrawals'),
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
				columns: [pick(locale.lang, 'الدولة', 'Country'), pick(locale.lang, 'التاريخ', 'Date')],
				rows: data.withdrawals.map((w) => [
					countryName(w.country, locale.lang),
					byPrefix(w.precision, locale.lang) + formatPartialDate(w.date, locale)
				]),
				rowSources: data.withdrawals.map((w) => w.sourceIds)
			})
		}
	}
});
