import { peak, uniqueSources } from '$lib/stats';
import {
	figureText,
	formatCount,
	formatRatio,
	formatYear,
	NOUNS,
	pick,
	plural,
	withStanding
} from '$lib/i18n';
import { defineChart } from '../defineChart';
import { yearParam } from '../params';
import type { UsCasualtiesData } from './usCasualties.select';

/**
 * The by-year view's two panels, one per measure, each on its own scale: deaths from every
 * cause (not "killed": non-hostile deaths are in them) and the wounded in action.
 */
const PANELS = [
	{
		key: 'deaths',
		standing: 'deathsStandalone',
		noun: NOUNS.deaths,
		ar: 'الوفيات',
		en: 'Deaths',
		series: 'us'
	},
	{
		key: 'wounded',
		standing: 'woundedStandalone',
		noun: NOUNS.wounded,
		ar: 'الجرحى في أعمال عدائية',
		en: 'Wounded in action',
		series: 'neutral'
	}
] as const;

export const usCasualties = defineChart({
	id: 'us-casualties',
	embedHeight: 760,
	text: {
		ar: {
			title: 'وفيات الجيش الأمريكي وجرحاه',
			subtitle: 'حسب السنة، ومقارنة أرقام النص بالأرقام الرسمية لوزارة الدفاع الأمريكية',
			notes: [
				'الأرقام السنوية مجموعنا لسلسلة شهرية نشرتها صحيفة «الغارديان» ونقلتها مجموعة بيانات ثانوية. وفياتها تطابق سجلات موقع iCasualties في كل الأشهر تقريباً، أما الجرحى فلا مصدر لهم غير هذه السلسلة، فهي أرقام غير مؤكدة. تبدأ أرقام 2003 في آذار، وجرحى كانون الأول 2011 غير متوافرين في المصدر.',
				'المجموع الرسمي هو حصيلة وزارة الدفاع الأمريكية في أواخر 2011، قبيل الانسحاب، كما نقلتها رويترز وأسوشيتد برس. وهي تحصي الوفيات من كل الأسباب، بأعمال عدائية وبغيرها، أما الجرحى فتحصي منهم من جُرح في أعمال عدائية فقط. وتختلف الحصائل الأخرى باختلاف التاريخ الذي تقف عنده وما تشمله، كالوفيات خارج العراق أو وفيات الموظفين المدنيين في وزارة الدفاع.'
			]
		},
		en: {
			title: 'US military deaths and wounded',
			subtitle: 'By year, and the text’s figures beside the official Department of Defense counts',
			notes: [
				'Yearly figures are our sums of a monthly series published by the Guardian datablog and relayed by a secondary compilation. Its deaths match iCasualties’ own records in almost every month; its wounded have no other source, so they are unverified. 2003 starts in March, and December 2011 wounded are blank in the source.',
				'The official totals are the Defense Department’s tally in late 2011, just before the withdrawal, as reported by Reuters and AP. It counts deaths from every cause, hostile and non-hostile, but only the wounded in hostile action. Other tallies differ by cut-off date and by what they count, such as deaths outside Iraq or of the department’s civilian employees.'
			]
		}
	},
	// annotated so the data type is inferred for every view below
	sourceIds: (data: UsCasualtiesData) =>
		uniqueSources([
			data.sources.years,
			data.official.deaths.sourceIds,
			data.official.wounded.sourceIds,
			data.claims.killedSourceIds,
			data.claims.woundedSourceIds
		]),
	params: (data) => ({ year: yearParam(data.years.map((y) => y.year)) }),
	views: {
		'by-year': {
			label: ['حسب السنة', 'By year'],
			summary(data, state, locale) {
				const { lang } = locale;
				const n = (x: number) => formatCount(x, locale);
				const deadliest = peak(data.years, (y) => y.deaths)!;
				const mostWounded = peak(data.years, (y) => y.wounded)!;
				const year = data.years.find((y) => String(y.year) === state.year);
				const deaths = (y: typeof deadliest, text: string) =>
					withStanding(text, { standalone: y.deathsStandalone }, lang);
				const wounded = (y: typeof deadliest, text: string) =>
					withStanding(text, { standalone: y.woundedStandalone }, lang);
				const focus = year
					? pick(
							lang,
							` في ${formatYear(year.year, locale)}: ${deaths(year, plural(year.deaths, NOUNS.deaths, locale))} و${wounded(year, plural(year.wounded, NOUNS.wounded, locale))}.`,
							` In ${formatYear(year.year, locale)}: ${deaths(year, `${n(year.deaths)} deaths`)} and ${wounded(year, `${n(year.wounded)} wounded`)}.`
						)
					: '';
				return (
					pick(
						lang,
						`كانت ${formatYear(deadliest.year, locale)} أكثر السنوات وفيات في الجيش الأمريكي: ${deaths(deadliest, plural(deadliest.deaths, NOUNS.deaths, locale))}. وكانت ${formatYear(mostWounded.year, locale)} أكثرها جرحى: ${wounded(mostWounded, plural(mostWounded.wounded, NOUNS.wounded, locale))}.`,
						`${formatYear(deadliest.year, locale)} was the year with the most US military deaths: ${deaths(deadliest, n(deadliest.deaths))}. ${formatYear(mostWounded.year, locale)} had the most wounded: ${wounded(mostWounded, n(mostWounded.wounded))}.`
					) + focus
				);
			},
			plot(data, state, locale) {
				const { lang } = locale;
				const n = (x: number) => formatCount(x, locale);
				const year = state.year ?? '';
				const ticks = data.years.map((y) => ({
					value: String(y.year),
					label: formatYear(y.year, locale)
				}));
				return {
					legend: [],
					panels: PANELS.map((p) => ({
						title: pick(lang, p.ar, p.en),
						pointsLabel: pick(lang, p.ar, p.en),
						body: {
							kind: 'columns' as const,
							format: n,
							height: 170,
							ticks,
							rows: data.years.map((y) => ({
								key: String(y.year),
								value: y[p.key],
								label: withStanding(
									`${formatYear(y.year, locale)}: ${plural(y[p.key], p.noun, locale)}`,
									{ standalone: y[p.standing] },
									lang
								),
								series: p.series,
								muted: year !== '' && year !== String(y.year)
							}))
						}
					}))
				};
			},
			table: (data, _state, locale) => ({
				columns: [
					pick(locale.lang, 'السنة', 'Year'),
					pick(locale.lang, 'الوفيات', 'Deaths'),
					pick(locale.lang, 'الجرحى في أعمال عدائية', 'Wounded in action')
				],
				rows: data.years.map((y) => [formatYear(y.year, locale), y.deaths, y.wounded]),
				rowSources: data.years.map((y) => uniqueSources([y.sourceIds, y.woundedSourceIds])),
				cellSources: data.years.map((y) => [null, y.sourceIds, y.woundedSourceIds])
			})
		},
		claim: {
			label: ['النص مقابل المصادر', 'Text vs sources'],
			summary(data, _state, locale) {
				const { lang } = locale;
				const { deaths, hostileDeaths, wounded } = data.official;
				const ratio = formatRatio(wounded.value / data.claims.wounded, locale);
				return pick(
					lang,
					`يقول النص «${data.claims.woundedQuote}»، بينما أحصت وزارة الدفاع الأمريكية ${plural(wounded.value, NOUNS.wounded, locale)} في أعمال عدائية، أي أكثر من سبعة أضعاف رقم النص. ويقول «${data.claims.killedQuote}»، وحصيلة الوزارة ${plural(deaths.value, NOUNS.deaths, locale)} من كل الأسباب، منها ${figureText(hostileDeaths, locale)} بأعمال عدائية.`,
					`The text says “about ${formatCount(data.claims.wounded, locale)} wounded”; the Defense Department counted ${plural(wounded.value, NOUNS.wounded, locale)} in hostile action, about ${ratio} times as many. It says “more than four thousand killed”; the department counted ${plural(deaths.value, NOUNS.deaths, locale)} from every cause, ${figureText(hostileDeaths, locale)} of them from hostile action.`
				);
			},
			plot(data, _state, locale) {
				const { lang } = locale;
				const n = (x: number) => formatCount(x, locale);
				const rows = [
					{
						key: 'claim-killed',
						name: pick(
							lang,
							`النص: «${data.claims.killedQuote}»`,
							'The text: “more than four thousand killed”'
						),
						value: data.claims.killed,
						series: 'claim' as const
					},
					{
						key: 'official-killed',
						name: pick(lang, 'وزارة الدفاع: الوفيات من كل الأسباب', 'DoD: deaths, all causes'),
						value: data.official.deaths.value,
						series: 'us' as const
					},
					{
						key: 'claim-wounded',
						name: pick(
							lang,
							`النص: «${data.claims.woundedQuote}»`,
							`The text: “about ${n(data.claims.wounded)} wounded”`
						),
						value: data.claims.wounded,
						series: 'claim' as const
					},
					{
						key: 'official-wounded',
						name: pick(lang, 'وزارة الدفاع: الجرحى في أعمال عدائية', 'DoD: wounded in action'),
						value: data.official.wounded.value,
						series: 'neutral' as const
					}
				];
				return {
					legend: [],
					panels: [
						{
							pointsLabel: pick(lang, 'الأرقام', 'Figures'),
							body: {
								kind: 'bars',
								format: n,
								// names as long as "DoD: wounded in action" leave no room beside them
								// in a 300 px column: each name and value go on a line above its bar
								labels: 'above',
								gapLabel: pick(lang, 'غير متوافر', 'not given'),
								rows: rows.map((r) => ({ ...r, label: `${r.name}: ${n(r.value)}` }))
							}
						}
					]
				};
			},
			table: (data, _state, { lang }) => ({
				columns: [
					pick(lang, 'الرقم', 'Figure'),
					pick(lang, 'النص', 'The text'),
					pick(lang, 'وزارة الدفاع الأمريكية', 'Defense Department')
				],
				rows: [
					[
						pick(lang, 'الوفيات (النص: قتلى)', 'Deaths (the text: killed)'),
						data.claims.killed,
						data.official.deaths.value
					],
					[
						pick(lang, 'الجرحى في أعمال عدائية', 'Wounded in action'),
						data.claims.wounded,
						data.official.wounded.value
					]
				],
				// each row sets the text's claim beside the official figure: both sources
				rowSources: [
					uniqueSources([data.claims.killedSourceIds, data.official.deaths.sourceIds]),
					uniqueSources([data.claims.woundedSourceIds, data.official.wounded.sourceIds])
				]
			})
		}
	}
});
