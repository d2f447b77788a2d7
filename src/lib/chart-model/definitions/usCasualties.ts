import { peak, uniqueSources } from '$lib/stats';
import { formatCount, formatRatio, formatYear, NOUNS, pick, plural } from '$lib/i18n';
import { defineChart } from '../defineChart';
import { yearParam } from '../params';
import type { UsCasualtiesData } from './usCasualties.select';

/** The by-year view's two panels, one per measure, each on its own scale. */
const PANELS = [
	{ key: 'deaths', ar: 'القتلى', en: 'Killed', series: 'us' },
	{ key: 'wounded', ar: 'الجرحى في أعمال عدائية', en: 'Wounded in action', series: 'neutral' }
] as const;

export const usCasualties = defineChart({
	id: 'us-casualties',
	embedHeight: 760,
	text: {
		ar: {
			title: 'قتلى الجيش الأمريكي وجرحاه',
			subtitle: 'حسب السنة، ومقارنة أرقام النص بالأرقام الرسمية لوزارة الدفاع الأمريكية',
			notes: [
				'الأرقام السنوية مجموعنا لسلسلة شهرية نشرتها صحيفة «الغارديان»، وتطابق سجلات موقع iCasualties للقتلى في كل الأشهر تقريباً؛ 2003 تبدأ في آذار، وجرحى كانون الأول 2011 غير متوفرين في المصدر.',
				'المجموع الرسمي هو حصيلة وزارة الدفاع الأمريكية في أواخر 2011، قبيل الانسحاب، كما نقلتها رويترز وأسوشيتد برس. وتختلف الحصيلات الأخرى باختلاف التاريخ الذي تقف عنده وما تشمله، كالوفيات خارج العراق أو وفيات الموظفين المدنيين في وزارة الدفاع.'
			]
		},
		en: {
			title: 'US military killed and wounded',
			subtitle: 'By year, and the text’s figures beside the official Department of Defense counts',
			notes: [
				'Yearly figures are our sums of a monthly series published by the Guardian datablog, whose deaths match iCasualties’ own records in almost every month; 2003 starts in March, and December 2011 wounded are blank in the source.',
				'The official totals are the Defense Department’s tally in late 2011, just before the withdrawal, as reported by Reuters and AP. Other tallies differ by cut-off date and by what they count, such as deaths outside Iraq or of the department’s civilian employees.'
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
				const focus = year
					? pick(
							lang,
							` في ${formatYear(year.year, locale)}: ${plural(year.deaths, NOUNS.killed, locale)} و${plural(year.wounded, NOUNS.wounded, locale)}.`,
							` In ${formatYear(year.year, locale)}: ${n(year.deaths)} killed and ${n(year.wounded)} wounded.`
						)
					: '';
				return (
					pick(
						lang,
						`كانت ${formatYear(deadliest.year, locale)} أكثر السنوات دموية للجيش الأمريكي (${plural(deadliest.deaths, NOUNS.killed, locale)})، و${formatYear(mostWounded.year, locale)} الأكثر جرحى (${n(mostWounded.wounded)}).`,
						`${formatYear(deadliest.year, locale)} was the deadliest year for US troops (${n(deadliest.deaths)} killed); ${formatYear(mostWounded.year, locale)} had the most wounded (${n(mostWounded.wounded)}).`
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
								label: `${formatYear(y.year, locale)}: ${n(y[p.key])} ${pick(lang, p.ar, p.en.toLowerCase())}`,
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
					pick(locale.lang, 'القتلى', 'Killed'),
					pick(locale.lang, 'الجرحى في أعمال عدائية', 'Wounded in action')
				],
				rows: data.years.map((y) => [formatYear(y.year, locale), y.deaths, y.wounded]),
				rowSources: data.years.map((y) => y.sourceIds)
			})
		},
		claim: {
			label: ['النص مقابل المصادر', 'Text vs sources'],
			summary(data, _state, locale) {
				const n = (x: number) => formatCount(x, locale);
				const w = data.official.wounded.value;
				const ratio = formatRatio(w / data.claims.wounded, locale);
				return pick(
					locale.lang,
					`يقول النص «نحو ${n(data.claims.wounded)} جريح»، بينما أحصت وزارة الدفاع الأمريكية ${plural(w, NOUNS.wounded, locale)} في أعمال عدائية، أي أكثر من سبعة أضعاف رقم النص. ويقول «أكثر من ${n(data.claims.killed)} قتيل»، وحصيلة الوزارة ${plural(data.official.deaths.value, NOUNS.killed, locale)}.`,
					`The text says “about ${n(data.claims.wounded)} wounded”; the Defense Department counted ${plural(w, NOUNS.wounded, locale)} in hostile action, about ${ratio} times as many. It says “more than ${n(data.claims.killed)} killed”; the department’s tally is ${plural(data.official.deaths.value, NOUNS.killed, locale)}.`
				);
			},
			plot(data, _state, locale) {
				const { lang } = locale;
				const n = (x: number) => formatCount(x, locale);
				const rows = [
					{
						key: 'claim-killed',
						name: pick(lang, 'النص: أكثر من … قتيل', 'Text: more than … killed'),
						value: data.claims.killed,
						series: 'claim' as const
					},
					{
						key: 'official-killed',
						name: pick(lang, 'وزارة الدفاع: القتلى', 'DoD: killed'),
						value: data.official.deaths.value,
						series: 'us' as const
					},
					{
						key: 'claim-wounded',
						name: pick(lang, 'النص: نحو … جريح', 'Text: about … wounded'),
						value: data.claims.wounded,
						series: 'claim' as const
					},
					{
						key: 'official-wounded',
						name: pick(lang, 'وزارة الدفاع: الجرحى', 'DoD: wounded in action'),
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
								nameWidth: 170,
								gapLabel: pick(lang, 'غير متوفر', 'not given'),
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
					pick(lang, 'المصادر', 'Sources')
				],
				rows: [
					[pick(lang, 'القتلى', 'Killed'), data.claims.killed, data.official.deaths.value],
					[pick(lang, 'الجرحى', 'Wounded'), data.claims.wounded, data.official.wounded.value]
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
