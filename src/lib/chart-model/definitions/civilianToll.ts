import { NOUNS } from '$lib/i18n/nouns';
import { plural } from '$lib/i18n/plural';
import { peak, uniqueSources, type SourceId } from '$lib/stats';
import { formatCount, formatMonth, formatYear } from '$lib/i18n';
import { viewParam, yearParam } from '../params';
import { pick } from '$lib/i18n';
import { yearStartTicks } from '../ticks';
import type { ChartDefinition } from '../types';
import type { CivilianTollData } from './civilianToll.select';

/**
 * The moments that shaped the toll, as editorial markers: a month and a name, no figures
 * (the deaths in that month are read from the data when the marker is shown).
 */
export const CIVILIAN_MOMENTS = [
	{ month: '2003-03', ar: 'الغزو', en: 'Invasion' },
	{ month: '2006-02', ar: 'تفجير مرقد سامراء', en: 'Samarra mosque bombing' },
	{ month: '2007-02', ar: 'زيادة القوات الأمريكية', en: 'US troop surge' },
	{ month: '2011-12', ar: 'انسحاب القوات الأمريكية', en: 'US withdrawal' },
	{ month: '2013-07', ar: 'تصاعد العنف 2013', en: '2013 rise' }
] as const;

export const civilianToll: ChartDefinition<CivilianTollData> = {
	id: 'civilian-toll',
	text: {
		ar: {
			title: 'القتلى المدنيون الموثقون 2003–2013',
			subtitle:
				'قتلى مدنيون سقطوا في أعمال عنف وثّقهم مشروع «إحصاء الجثث في العراق»، شهرياً وسنوياً وتراكمياً',
			notes: [
				'مشروع «إحصاء الجثث في العراق» يوثق الحد الأدنى من القتلى المدنيين من تقارير الإعلام والمشارح والسجلات الرسمية؛ وليس تقديراً للحصيلة الكاملة.',
				'حتى نهاية 2011 من قاعدة بيانات المشروع (آذار 2012)، و2012–2013 من مراجعته لعام 2014 (المنشورة في كانون الثاني 2015)؛ ويعدّل المشروع أرقامه بالزيادة بمرور الوقت.'
			]
		},
		en: {
			title: 'Documented civilian deaths, 2003–2013',
			subtitle:
				'Civilians killed by violence as documented by Iraq Body Count, by month, by year and in total',
			notes: [
				'Iraq Body Count records a minimum from media, morgue and official records; it is not an estimate of the full toll.',
				'To 2011 from IBC’s database (March 2012), 2012–13 from its review of 2014 (published January 2015); IBC revises its figures upward over time.'
			]
		}
	},
	sourceIds: (data) => data.sources,
	states: (data) => ({
		view: viewParam({
			monthly: ['شهرياً', 'By month'],
			yearly: ['سنوياً', 'By year'],
			cumulative: ['تراكمياً', 'Running total']
		}),
		year: yearParam(data.years.map((y) => y.year))
	}),
	summary(data, state, locale) {
		const { lang } = locale;
		const n = (x: number) => formatCount(x, locale);
		const total = data.months.at(-1)!.cumulative;
		const topYear = peak(data.years, (y) => y.deaths)!;
		const topMonth = peak(data.months, (m) => m.deaths)!;
		const year = data.years.find((y) => String(y.year) === state.year);
		const focus = year
			? pick(
					lang,
					` في ${formatYear(year.year, locale)}: ${n(year.deaths)}.`,
					` In ${formatYear(year.year, locale)}: ${n(year.deaths)}.`
				)
			: '';
		return (
			pick(
				lang,
				`مجموعنا للأرقام الشهرية التي وثّقها المشروع من 2003 إلى 2013: ${plural(total, NOUNS.civilianDeaths, locale)}. كانت ${formatYear(topYear.year, locale)} الأكثر دموية (${n(topYear.deaths)})، وأسوأ شهر ${formatMonth(topMonth.month, locale)} (${n(topMonth.deaths)}).`,
				`Our sum of the monthly figures IBC documented from 2003 to 2013: ${plural(total, NOUNS.civilianDeaths, locale)}. ${formatYear(topYear.year, locale)} was the deadliest year (${n(topYear.deaths)}); the worst month was ${formatMonth(topMonth.month, locale)} (${n(topMonth.deaths)}).`
			) + focus
		);
	},
	plot(data, state, locale) {
		const { lang } = locale;
		const n = (x: number) => formatCount(x, locale);
		const deaths = (x: number) => plural(x, NOUNS.civilianDeaths, locale);
		const highlight = state.year ?? '';
		if (state.view === 'yearly')
			return {
				legend: [],
				panels: [
					{
						pointsLabel: pick(lang, 'السنوات', 'Years'),
						body: {
							kind: 'columns',
							format: n,
							ticks: data.years.map((y) => ({
								value: String(y.year),
								label: formatYear(y.year, locale)
							})),
							rows: data.years.map((y) => ({
								key: String(y.year),
								value: y.deaths,
								label: `${formatYear(y.year, locale)}: ${deaths(y.deaths)}`,
								series: 'civilian',
								muted: highlight !== '' && highlight !== String(y.year)
							}))
						}
					}
				]
			};
		const cumulative = state.view === 'cumulative';
		const months = new Set(data.months.map((m) => m.month));
		return {
			legend: [],
			panels: [
				{
					pointsLabel: pick(lang, 'الأشهر', 'Months'),
					body: {
						kind: 'columns',
						format: n,
						ticks: yearStartTicks(
							data.months.map((m) => m.month),
							locale
						),
						annotations: cumulative
							? []
							: CIVILIAN_MOMENTS.filter((a) => months.has(a.month)).map((a) => ({
									key: a.month,
									label: pick(lang, a.ar, a.en)
								})),
						rows: data.months.map((m) => ({
							key: m.month,
							value: cumulative ? m.cumulative : m.deaths,
							label: `${formatMonth(m.month, locale)}: ${cumulative ? pick(lang, `المجموع ${n(m.cumulative)}`, `${n(m.cumulative)} in total`) : deaths(m.deaths)}`,
							series: 'civilian',
							muted: highlight !== '' && !m.month.startsWith(highlight)
						}))
					}
				}
			]
		};
	},
	table(data, state, locale) {
		const { lang } = locale;
		if (state.view === 'yearly')
			return {
				columns: [pick(lang, 'السنة', 'Year'), pick(lang, 'القتلى المدنيون', 'Civilian deaths')],
				rows: data.years.map((y) => [formatYear(y.year, locale), y.deaths]),
				rowSources: data.years.map((y) => y.sourceIds)
			};
		// the running total rests on every month so far
		let soFar: SourceId[] = [];
		return {
			columns: [
				pick(lang, 'الشهر', 'Month'),
				pick(lang, 'القتلى المدنيون', 'Civilian deaths'),
				pick(lang, 'المجموع التراكمي', 'Running total')
			],
			rows: data.months.map((m) => [formatMonth(m.month, locale), m.deaths, m.cumulative]),
			rowSources: data.months.map((m) => (soFar = uniqueSources([soFar, m.sourceIds])))
		};
	}
};
