import { NOUNS } from '$lib/i18n/nouns';
import { plural } from '$lib/i18n/plural';
import { peak } from '$lib/stats';
import { formatCount, formatMonth, formatPartialDate, formatYear } from '$lib/i18n';
import { viewParam } from '../params';
import { countryName, pick } from '$lib/i18n';
import { countrySeries } from '../tokens';
import type { ChartDefinition } from '../types';
import type { CoalitionCompositionData } from './coalitionComposition.select';

export const coalitionComposition: ChartDefinition<CoalitionCompositionData> = {
	id: 'coalition-composition',
	text: {
		ar: {
			title: 'من أرسل القوات، وكم، ومتى غادر',
			subtitle:
				'قوة الغزو في آذار 2003، والقوات الأمريكية وقوات التحالف شهرياً، والقوة متعددة الجنسيات في تواريخ مختلفة، والانسحابات',
			notes: [
				'أعداد قوات الدول المشاركة في «القوة متعددة الجنسيات» مأخوذة من مصادر مختلفة في تواريخ متفرقة، وليست جدولاً كاملاً.',
				'البيشمركة حليف كردي عراقي، وليست دولة مشاركة. مواعيد الانسحاب الدقيقة معروفة لبعض الدول فقط؛ الدائرة غير المعبّأة تعني «في هذا التاريخ أو قبله».'
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
	sourceIds: (data) => data.sources,
	states: (data) => ({
		view: viewParam({
			invasion: ['قوة الغزو', 'Invasion force'],
			troops: ['القوات شهرياً', 'Troops by month'],
			snapshots: ['القوة متعددة الجنسيات', 'Multi-National Force'],
			withdrawals: ['الانسحابات', 'Withdrawals']
		}),
		snapshot: {
			values: data.snapshots.map((s) => s.date),
			default: data.snapshots.at(-1)?.date ?? '',
			label: (v, lang) => formatPartialDate(v, { lang, digits: 'latn' })
		}
	}),
	summary(data, state, locale) {
		const { lang } = locale;
		const n = (x: number) => formatCount(x, locale);
		if (state.view === 'troops') {
			const top = peak(data.troops, (t) => t.us)!;
			const first = data.troops[0]!;
			return pick(
				lang,
				`بلغ عدد القوات الأمريكية ذروته في ${formatMonth(top.month, locale)} (${plural(top.us, NOUNS.troops, locale)}). وكانت قوات الدول الأخرى ${plural(first.nonUs, NOUNS.troops, locale)} في ${formatMonth(first.month, locale)}.`,
				`US troops peaked in ${formatMonth(top.month, locale)} (${n(top.us)}). Other coalition troops numbered ${n(first.nonUs)} in ${formatMonth(first.month, locale)}.`
			);
		}
		if (state.view === 'snapshots') {
			const snap = data.snapshots.find((s) => s.date === state.snapshot) ?? data.snapshots.at(-1)!;
			const top = snap.entries[0]!;
			return pick(
				lang,
				`${formatPartialDate(snap.date, locale)}: ${plural(snap.entries.length, NOUNS.countries, locale)} في هذا الإحصاء، أكبرها ${countryName(top.country, lang)} (${n(top.troops ?? 0)}).`,
				`${formatPartialDate(snap.date, locale)}: ${plural(snap.entries.length, NOUNS.countries, locale)} in this snapshot, the largest ${countryName(top.country, lang)} (${n(top.troops ?? 0)}).`
			);
		}
		if (state.view === 'withdrawals') {
			const last = data.withdrawals.at(-1)!;
			return pick(
				lang,
				`${plural(data.withdrawals.length, NOUNS.datedWithdrawals, locale)}؛ آخرها ${countryName(last.country, lang)} في ${formatPartialDate(last.date, locale)}.`,
				`${plural(data.withdrawals.length, NOUNS.datedWithdrawals, locale)}; the last, ${countryName(last.country, lang)} on ${formatPartialDate(last.date, locale)}.`
			);
		}
		const states = data.invasion.filter((e) => e.troops !== null && e.country !== 'peshmerga');
		return pick(
			lang,
			`شاركت ${plural(states.length, NOUNS.countries, locale)} بقوات معلنة العدد في غزو آذار 2003: ${states.map((e) => `${countryName(e.country, lang)} ${n(e.troops!)}`).join('، ')}.`,
			`${plural(states.length, NOUNS.countries, locale)} sent troops of a stated size to the March 2003 invasion: ${states.map((e) => `${countryName(e.country, lang)} ${n(e.troops!)}`).join(', ')}.`
		);
	},
	plot(data, state, locale) {
		const { lang } = locale;
		const n = (x: number) => formatCount(x, locale);
		const troops = (x: number) => plural(x, NOUNS.troops, locale);
		if (state.view === 'troops') {
			const series = [
				{
					key: 'us',
					label: countryName('united-states', lang),
					series: 'us' as const
				},
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
								label: pick(
									lang,
									`${formatMonth(t.month, locale)}: الولايات المتحدة ${n(t.us)}، دول أخرى ${n(t.nonUs)}`,
									`${formatMonth(t.month, locale)}: US ${n(t.us)}, other ${n(t.nonUs)}`
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
		}
		if (state.view === 'withdrawals') {
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
								label: `${countryName(w.country, lang)}: ${w.precision === 'by' ? pick(lang, 'بحلول ', 'by ') : ''}${formatPartialDate(w.date, locale)}`,
								series: countrySeries(w.country)
							}))
						}
					}
				]
			};
		}
		const snap = data.snapshots.find((x) => x.date === state.snapshot) ?? data.snapshots.at(-1)!;
		const entries = state.view === 'snapshots' ? snap.entries : data.invasion;
		const gapLabel = pick(lang, 'العدد غير معلن', 'number not given');
		return {
			heading: state.view === 'snapshots' ? formatPartialDate(snap.date, locale) : undefined,
			legend: [],
			panels: [
				{
					pointsLabel: pick(lang, 'الدول', 'Countries'),
					body: {
						kind: 'bars',
						format: n,
						gapLabel,
						nameWidth: 170,
						rowHeight: 24,
						rows: entries.map((e) => ({
							key: e.country,
							name: countryName(e.country, lang),
							value: e.troops,
							label: `${countryName(e.country, lang)}: ${e.troops === null ? gapLabel : troops(e.troops)}`,
							series: countrySeries(e.country)
						}))
					}
				}
			]
		};
	},
	table(data, state, locale) {
		const { lang } = locale;
		if (state.view === 'troops')
			return {
				columns: [
					pick(lang, 'الشهر', 'Month'),
					pick(lang, 'الولايات المتحدة', 'US'),
					pick(lang, 'دول أخرى', 'Other'),
					pick(lang, 'المجموع', 'Total')
				],
				rows: data.troops.map((t) => [formatMonth(t.month, locale), t.us, t.nonUs, t.total]),
				rowSources: data.troops.map((t) => t.sourceIds)
			};
		if (state.view === 'withdrawals')
			return {
				columns: [pick(lang, 'الدولة', 'Country'), pick(lang, 'التاريخ', 'Date')],
				rows: data.withdrawals.map((w) => [
					countryName(w.country, lang),
					(w.precision === 'by' ? pick(lang, 'بحلول ', 'by ') : '') +
						formatPartialDate(w.date, locale)
				]),
				rowSources: data.withdrawals.map((w) => w.sourceIds)
			};
		const entries =
			state.view === 'snapshots'
				? (data.snapshots.find((s) => s.date === state.snapshot) ?? data.snapshots.at(-1)!).entries
				: data.invasion;
		return {
			columns: [pick(lang, 'الدولة', 'Country'), pick(lang, 'الجنود', 'Troops')],
			rows: entries.map((e) => [countryName(e.country, lang), e.troops]),
			rowSources: entries.map((e) => e.sourceIds)
		};
	}
};
