import { formatCount, type Estimate, type LocaleSettings } from '$lib/stats';
import { pick } from '../text';
import type { ChartDefinition } from '../types';
import type { DeathEstimatesData } from './deathEstimates.select';

export const COUNTS_LABELS: Record<Estimate['counts'], { ar: string; en: string }> = {
	documented: { ar: 'وفيات موثقة (إحصاءات)', en: 'Documented deaths (counts)' },
	violent: { ar: 'وفيات عنيفة (مسوح واستطلاعات)', en: 'Violent deaths (surveys and polls)' },
	excess: { ar: 'وفيات زائدة من كل الأسباب (مسوح)', en: 'Excess deaths, all causes (surveys)' }
};

/** "151,000 (104,000–223,000)"; a range alone as "112,017–122,438". */
export function estimateText(e: Estimate, locale: LocaleSettings): string {
	const n = (x: number) => formatCount(x, locale);
	const range = e.low !== null && e.high !== null ? `${n(e.low)}–${n(e.high)}` : null;
	if (e.central === null) return range ?? '';
	return range ? `${n(e.central)} (${range})` : n(e.central);
}

export const deathEstimates: ChartDefinition<DeathEstimatesData> = {
	id: 'death-estimates',
	text: {
		ar: {
			title: 'كم عراقياً قُتل؟ التقديرات المنشورة',
			subtitle:
				'كل تقدير بقيمته الوسطى وهامش عدم اليقين، مجمّعة حسب ما تحصيه، مع رقم النص «500 ألف مدني»',
			notes: [
				'هذه الأرقام لا تقيس الشيء نفسه: الإحصاءات توثق قتلى معروفين (حد أدنى)، والمسوح تقدّر الوفيات العنيفة أو الزائدة من كل الأسباب، ولفترات مختلفة.',
				'رقم النص يخص «المدنيين» بين 2003 و2013، ولا يطابقه أي تقدير: أقربها (بلوس ميديسن 2013) وفيات زائدة لكل العراقيين حتى منتصف 2011.'
			]
		},
		en: {
			title: 'How many Iraqis died? The published estimates',
			subtitle:
				'Each estimate’s central value and uncertainty range, grouped by what it counts, with the text’s “500,000 civilians”',
			notes: [
				'These numbers do not measure the same thing: counts document known deaths (a floor); surveys estimate violent or all-cause excess deaths, over different periods.',
				'The text’s figure is “civilians” 2003–2013, and no estimate measures that: the closest (PLOS Medicine 2013) is excess deaths of all Iraqis to mid-2011.'
			]
		}
	},
	sourceIds: (data) => [
		...data.sources,
		...data.claim.sourceIds.filter((s) => !data.sources.includes(s))
	],
	states: () => ({
		group: {
			values: ['all', 'documented', 'violent', 'excess'],
			default: 'all',
			label: (v, lang) =>
				v === 'all' ? pick(lang, 'الكل', 'All') : COUNTS_LABELS[v as Estimate['counts']][lang]
		}
	}),
	summary(data, state, locale) {
		const { lang } = locale;
		const n = (x: number) => formatCount(x, locale);
		const all = data.groups.flatMap((g) => g.items);
		const group = data.groups.find((g) => g.counts === state.group);
		const items = group ? group.items : all;
		const values = items
			.flatMap((e) => [e.central, e.low, e.high])
			.filter((v): v is number => v !== null);
		const lo = Math.min(...values);
		const hi = Math.max(...values);
		const what = group
			? COUNTS_LABELS[group.counts][lang]
			: pick(lang, 'كل التقديرات', 'All estimates');
		return pick(
			lang,
			`${what}: ${n(items.length)} تقديراً، تتراوح أرقامها بين ${n(lo)} و${n(hi)}. رقم النص: ${n(data.claim.value)} مدني.`,
			`${what}: ${n(items.length)} estimates, with figures from ${n(lo)} to ${n(hi)}. The text’s figure: ${n(data.claim.value)} civilians.`
		);
	},
	plot(data, state, locale) {
		const { lang } = locale;
		const SERIES = { documented: 'civilian', violent: 'uk', excess: 'us' } as const;
		return {
			legend: [
				...data.groups.map((g) => ({
					key: g.counts,
					label: COUNTS_LABELS[g.counts][lang],
					series: SERIES[g.counts]
				})),
				{
					key: 'claim',
					label: pick(lang, 'رقم النص', 'The text’s figure'),
					series: 'claim' as const,
					dashed: true
				}
			],
			panels: [
				{
					pointsLabel: pick(lang, 'التقديرات', 'Estimates'),
					body: {
						kind: 'intervals',
						reference: {
							value: data.claim.value,
							label: pick(
								lang,
								`النص: ${formatCount(data.claim.value, locale)}`,
								`The text: ${formatCount(data.claim.value, locale)}`
							)
						},
						rows: data.groups.flatMap((g) =>
							g.items.map((e) => ({
								key: e.id,
								name: e.name[lang],
								central: e.central,
								low: e.low,
								high: e.high,
								valueText: estimateText(e, locale),
								label: `${e.name[lang]} (${e.periodLabel}): ${estimateText(e, locale)}. ${COUNTS_LABELS[g.counts][lang]}`,
								series: SERIES[g.counts],
								muted: state.group !== 'all' && state.group !== g.counts
							}))
						)
					}
				}
			]
		};
	},
	table(data, _state, locale) {
		const { lang } = locale;
		return {
			columns: [
				pick(lang, 'التقدير', 'Estimate'),
				pick(lang, 'ما يحصيه', 'Counts'),
				pick(lang, 'الفترة', 'Period'),
				pick(lang, 'القيمة الوسطى', 'Central'),
				pick(lang, 'الحد الأدنى', 'Low'),
				pick(lang, 'الحد الأعلى', 'High')
			],
			rows: data.groups.flatMap((g) =>
				g.items.map((e) => [
					e.name[lang],
					COUNTS_LABELS[g.counts][lang],
					e.periodLabel,
					e.central,
					e.low,
					e.high
				])
			),
			rowSources: data.groups.flatMap((g) => g.items.map((e) => e.sourceIds))
		};
	}
};
