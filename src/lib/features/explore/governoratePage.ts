/**
 * The words of a governorate's own page (`/<lang>/explore/<slug>/`): its title, and its summary
 * (the page's description, its social card's and oEmbed's text), which says what the number is
 * worth wherever it travels: the count of the default view with its standing, its rank among
 * the 18 governorates, and that it is IBC's minimum in a secondary copy.
 */
import type { ExploreData } from '$lib/stats/governorates/explore';
import { GOVERNORATES, type GovernorateCode } from '$lib/stats/governorates/governorates';
import { defaultState } from '$lib/chart-model/explore/state';
import { placeValues } from '$lib/chart-model/explore/view';
import {
	exploreValueLabel,
	formatCount,
	periodName,
	type Lang,
	type LocaleSettings
} from '$lib/i18n';
import { catalogOf } from '$lib/i18n/messages';

/** The catalogs' ordinal ranks, `rank.1` to `rank.18`: one for each governorate. */
type RankKey = Extract<keyof ReturnType<typeof catalogOf>, `rank.${number}`>;

export const governorateTitle = (code: GovernorateCode, lang: Lang): string =>
	lang === 'ar'
		? `${GOVERNORATES[code].ar}: القتلى المدنيون والهجمات شهراً بشهر، 2003–2009`
		: `${GOVERNORATES[code].en}: civilian deaths and attacks month by month, 2003–2009`;

/** Where the governorate pages are listed on the dashboard. */
export const GOVERNORATE_PAGES_HEADING: Record<Lang, string> = {
	ar: 'صفحة لكل محافظة',
	en: 'A page for each governorate'
};

export function governorateSummary(
	code: GovernorateCode,
	explore: ExploreData,
	locale: LocaleSettings,
	standalone: boolean
): string {
	const { lang } = locale;
	const view = defaultState(explore.months, [code]);
	const values = placeValues(explore, view);
	const own = values.find((v) => v.code === code)?.count ?? null;
	const period = periodName(view.from, view.to, locale);
	const name = GOVERNORATES[code][lang];
	if (own === null)
		return lang === 'ar'
			? `${name}، ${period}: لا بيانات لهذه المحافظة في هذه الفترة.`
			: `${name}, ${period}: no data for this governorate in this period.`;
	const rank = 1 + values.filter((v) => (v.count ?? -1) > own).length;
	const count = exploreValueLabel('ibc', 'count', locale, standalone)(own);
	const n = (x: number) => formatCount(x, locale);
	const words = catalogOf(lang);
	// ranks in words, an ordinal per edition (Arabic «الأولى», not «المرتبة 1 من 18»)
	const place = rank === values.length ? words.rankLast : words[`rank.${rank}` as RankKey];
	const ranked = words.governorateRank({ rank: place ?? n(rank), count: n(values.length) });
	return lang === 'ar'
		? `${name}، ${period}: ${count}، ${ranked}. والرقم هو الحد الأدنى من أرقام مشروع «إحصاء الجثث في العراق»، من نسخة ثانوية لبيانات جامعة برينستون.`
		: `${name}, ${period}: ${count}, ${ranked}. The figure is Iraq Body Count’s minimum, from a secondary copy of Princeton’s data.`;
}
