import { MEASURE_ORDER, type Estimate } from '$lib/stats';
import {
	estimateMeasureLabel,
	estimateText,
	formatCount,
	formatPeriod,
	MEASURE_TYPE_LABELS,
	NOUNS,
	pick,
	plural,
	withStanding,
	type LocaleSettings
} from '$lib/i18n';
import { defineChart } from '../defineChart';
import type { DeathEstimatesData } from './deathEstimates.select';

/** One colour per measure, so a group reads as one measure in every state. */
const SERIES = {
	documented_civilian: 'civilian',
	documented_all: 'neutral',
	violent_survey: 'uk',
	excess_survey: 'us'
} as const satisfies Record<Estimate['measureType'], string>;

/** A measure as a state value: hyphens, because state slugs join parameters with `_`. */
const groupValue = (m: Estimate['measureType']): string => m.replaceAll('_', '-');

type Item = DeathEstimatesData['groups'][number]['items'][number];

/** The lowest and highest of one bound over a group's estimates, each with its own standing. */
function span(
	items: readonly Item[],
	bound: (e: Item) => number | null,
	locale: LocaleSettings
): [string, string] | null {
	const given = items.filter((e) => bound(e) !== null);
	if (given.length === 0) return null;
	const sorted = [...given].sort((a, b) => bound(a)! - bound(b)!);
	const text = (e: Item) => withStanding(formatCount(bound(e)!, locale), e, locale.lang);
	return [text(sorted[0]!), text(sorted.at(-1)!)];
}

/** What a group's ranges are: survey intervals, or a count's minimum and maximum. */
const RANGE_WORDS = {
	survey: { ar: 'وأطراف هوامش عدم اليقين فيها', en: 'the ends of their uncertainty intervals' },
	count: { ar: 'وحدود نطاقاتها الدنيا والعليا', en: 'the ends of their minimum–maximum ranges' }
} as const;

export const deathEstimates = defineChart({
	id: 'death-estimates',
	embedHeight: 900,
	text: {
		ar: {
			title: 'كم عراقياً مات؟ الأرقام المنشورة حسب ما تقيسه',
			subtitle:
				'أربعة مقاييس مختلفة، كلٌّ في مجموعته: وفيات مدنيين موثقة، وكل الوفيات الموثقة، ووفيات عنيفة وزائدة تقدّرها المسوح، مع رقم النص «500 ألف مدني»',
			notes: [
				'الإحصاءات توثق قتلى معروفين بأسمائهم أو بحوادثهم، فهي أقل من الحصيلة الفعلية؛ والمسوح تقدّر الوفيات العنيفة، أو الوفيات الزائدة من كل الأسباب، بهامش واسع من عدم اليقين، ولفترات مختلفة. ولا تُقارن أرقام مجموعة بأرقام مجموعة أخرى.',
				'لا يُرسم هامش إلا حيث يعطيه المصدر: هامش عدم اليقين للمسوح، والحدّان الأدنى والأعلى لمشروع «إحصاء الجثث في العراق» ومشروع «تكاليف الحرب».',
				'رقم النص يخص المدنيين بين 2003 و2013، فيُقرأ بجانب مجموعة المدنيين الموثقين. ورقم نصف المليون الشائع تقدير مسحي للوفيات الزائدة بين كل العراقيين حتى منتصف 2011، وهو مقياس آخر.'
			]
		},
		en: {
			title: 'How many Iraqis died? The published figures, by what they measure',
			subtitle:
				'Four different measures, each in its own group: documented civilians, all documented deaths, and violent and excess deaths estimated by surveys, with the text’s “500,000 civilians”',
			notes: [
				'Counts document deaths someone recorded, so they fall short of the full toll; surveys estimate violent deaths, or excess deaths from all causes, with wide uncertainty and over different periods. Figures in different groups are never compared.',
				'A range is drawn only where the source gives one: a confidence or uncertainty interval for the surveys, a minimum and maximum for Iraq Body Count and the Costs of War project.',
				'The text’s figure is “civilians” from 2003 to 2013, so it belongs beside the documented civilian deaths. The often-quoted “half a million” is a survey estimate of excess deaths among all Iraqis to mid-2011: another measure.'
			]
		}
	},
	// annotated so the data type is inferred for the view below
	sourceIds: (data: DeathEstimatesData) => [
		...data.sources,
		...data.claim.sourceIds.filter((s) => !data.sources.includes(s))
	],
	params: () => ({
		group: {
			values: ['all', ...MEASURE_ORDER.map(groupValue)],
			default: 'all',
			label: (v, lang) =>
				v === 'all'
					? pick(lang, 'الكل', 'All')
					: MEASURE_TYPE_LABELS[v.replaceAll('-', '_') as Estimate['measureType']][lang]
		}
	}),
	views: {
		estimates: {
			label: ['التقديرات المنشورة', 'Published estimates'],
			summary(data, state, locale) {
				const { lang } = locale;
				const group = data.groups.find((g) => groupValue(g.measureType) === state.group);
				const claim = pick(
					lang,
					` رقم النص: ${plural(data.claim.value, NOUNS.civilians, locale)}.`,
					` The text’s figure: ${plural(data.claim.value, NOUNS.civilians, locale)}.`
				);
				// A span of values is given within one measure only: across measures it would mix them.
				if (!group) {
					const count = data.groups.reduce((a, g) => a + g.items.length, 0);
					return (
						pick(
							lang,
							`الأرقام المنشورة: ${plural(count, NOUNS.figures, locale)} في أربعة مقاييس مختلفة، لكلٍّ منها مجموعته، ولا تُقارن أرقام مجموعة بأرقام مجموعة أخرى.`,
							`${plural(count, NOUNS.figures, locale)} published in four different measures, each in its own group; figures in different groups are not compared.`
						) + claim
					);
				}
				const what = MEASURE_TYPE_LABELS[group.measureType][lang];
				// central estimates and the ends of their intervals are different things: never one span
				const centrals = span(group.items, (e) => e.central, locale);
				const lows = span(group.items, (e) => e.low, locale);
				const highs = span(group.items, (e) => e.high, locale);
				const ends = lows && highs ? [lows[0], highs[1]] : null;
				const range =
					RANGE_WORDS[group.measureType.startsWith('documented') ? 'count' : 'survey'][lang];
				const parts = pick(
					lang,
					[
						centrals ? `تتراوح تقديراتها الوسطى بين ${centrals[0]} و${centrals[1]}` : '',
						ends
							? `${centrals ? '' : 'تتراوح '}${centrals ? range : range.replace(/^و/, '')} بين ${ends[0]} و${ends[1]}`
							: ''
					]
						.filter(Boolean)
						.join('، '),
					[
						centrals ? `their central estimates run from ${centrals[0]} to ${centrals[1]}` : '',
						ends ? `${range} from ${ends[0]} to ${ends[1]}` : ''
					]
						.filter(Boolean)
						.join('; ')
				);
				return (
					pick(
						lang,
						`${what}: ${plural(group.items.length, NOUNS.figures, locale)}. ${parts}.`,
						`${what}: ${plural(group.items.length, NOUNS.figures, locale)}. ${parts.charAt(0).toUpperCase()}${parts.slice(1)}.`
					) + claim
				);
			},
			plot(data, state, locale) {
				const { lang } = locale;
				return {
					legend: [
						...data.groups.map((g) => ({
							key: g.measureType,
							label: MEASURE_TYPE_LABELS[g.measureType][lang],
							series: SERIES[g.measureType]
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
										label: `${e.name[lang]} (${formatPeriod(`${e.periodStart}/${e.periodEnd}`, locale)}): ${estimateText(e, locale)}. ${estimateMeasureLabel(e, lang)}`,
										series: SERIES[g.measureType],
										muted: state.group !== 'all' && state.group !== groupValue(g.measureType)
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
						pick(lang, 'ما يقيسه', 'Measures'),
						pick(lang, 'الفترة', 'Period'),
						pick(lang, 'القيمة الوسطى', 'Central'),
						pick(lang, 'الحد الأدنى', 'Low'),
						pick(lang, 'الحد الأعلى', 'High')
					],
					rows: data.groups.flatMap((g) =>
						g.items.map((e) => [
							e.name[lang],
							MEASURE_TYPE_LABELS[g.measureType][lang],
							formatPeriod(`${e.periodStart}/${e.periodEnd}`, locale),
							e.central,
							e.low,
							e.high
						])
					),
					rowSources: data.groups.flatMap((g) => g.items.map((e) => e.sourceIds))
				};
			}
		}
	}
});
