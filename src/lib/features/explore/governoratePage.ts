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
	formatYear,
	periodName,
	settingsFor,
	type Lang,
	type LocaleSettings
} from '$lib/i18n';
import { catalogOf } from '$lib/i18n/messages';

/** The catalogs' ordinal ranks, `rank.1` to `rank.18`: one for each governorate. */
type RankKey = Extract<keyof ReturnType<typeof catalogOf>, `rank.${number}`>;

/** The years the governorate files cover (ESOC's IBC and SIGACT data, 2003–2009). */
const YEARS = [2003, 2009] as const;

export const governorateTitle = (code: GovernorateCode, lang: Lang): string => {
	const locale = settingsFor(lang);
	return catalogOf(lang)['governorate.title']({
		name: GOVERNORATES[code][lang],
		from: formatYear(YEARS[0], locale),
		to: formatYear(YEARS[1], locale)
	});
};

/** Where the governorate pages are listed on the dashboard. */
export const governoratePagesHeading = (lang: Lang): string =>
	catalogOf(lang)['governorate.pagesHeading'];

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
	if (own === null) return catalogOf(lang)['governorate.noData']({ name, period });
	const rank = 1 + values.filter((v) => (v.count ?? -1) > own).length;
	const count = exploreValueLabel('ibc', 'count', locale, standalone)(own);
	const n = (x: number) => formatCount(x, locale);
	const words = catalogOf(lang);
	// ranks in words, an ordinal per edition (Arabic «الأولى», not «المرتبة 1 من 18»)
	const place = rank === values.length ? words.rankLast : words[`rank.${rank}` as RankKey];
	const ranked = words.governorateRank({ rank: place ?? n(rank), count: n(values.length) });
	return words['governorate.summary']({ name, period, count, ranked });
}
