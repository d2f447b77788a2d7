import { catalogOf } from '$lib/i18n/messages';
import { peak, uniqueSources } from '$lib/stats';
import {
	figureText,
	formatCount,
	formatRatio,
	formatYear,
	NOUNS,
	plural,
	textWords,
	withStanding,
	type LocaleSettings
} from '$lib/i18n';
import { defineChart } from '../defineChart';
import { yearParam } from '../params';
import type { UsCasualtiesData } from './usCasualties.select';

/** The text's two claims in each edition's words: quoted, translated, or both. */
function claimWords(data: UsCasualtiesData, locale: LocaleSettings) {
	const words = catalogOf(locale.lang);
	return {
		killedWords: textWords(
			locale.lang,
			data.claims.killedQuote,
			words['usCasualties.killedRendering']
		),
		woundedWords: textWords(
			locale.lang,
			data.claims.woundedQuote,
			words['usCasualties.woundedRendering']({ count: formatCount(data.claims.wounded, locale) })
		)
	};
}

/**
 * The by-year view's two panels, one per measure, each on its own scale: deaths from every
 * cause (not "killed": non-hostile deaths are in them) and the wounded in action.
 */
const PANELS = [
	{
		key: 'deaths',
		standing: 'deathsStandalone',
		noun: NOUNS.deaths,
		series: 'us'
	},
	{
		key: 'wounded',
		standing: 'woundedStandalone',
		noun: NOUNS.wounded,
		series: 'neutral'
	}
] as const;

export const usCasualties = defineChart({
	id: 'us-casualties',
	embedHeight: 760,
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
			summary(data, state, locale) {
				const { lang } = locale;
				const deadliest = peak(data.years, (y) => y.deaths)!;
				const mostWounded = peak(data.years, (y) => y.wounded)!;
				const year = data.years.find((y) => String(y.year) === state.year);
				const deaths = (y: typeof deadliest, text: string) =>
					withStanding(text, { standalone: y.deathsStandalone }, lang);
				const wounded = (y: typeof deadliest, text: string) =>
					withStanding(text, { standalone: y.woundedStandalone }, lang);
				const words = catalogOf(lang);
				const focus = year
					? words['usCasualties.yearFocus']({
							year: formatYear(year.year, locale),
							deaths: deaths(year, plural(year.deaths, NOUNS.deaths, locale)),
							wounded: wounded(year, plural(year.wounded, NOUNS.wounded, locale))
						})
					: '';
				return (
					words['usCasualties.yearsSummary']({
						deathsYear: formatYear(deadliest.year, locale),
						deaths: deaths(deadliest, plural(deadliest.deaths, NOUNS.deathsImplied, locale)),
						woundedYear: formatYear(mostWounded.year, locale),
						wounded: wounded(mostWounded, plural(mostWounded.wounded, NOUNS.woundedImplied, locale))
					}) + focus
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
						title: catalogOf(lang)[`usCasualties.panel.${p.key}`],
						pointsLabel: catalogOf(lang)[`usCasualties.panel.${p.key}`],
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
					catalogOf(locale.lang)['usCasualties.year'],
					catalogOf(locale.lang)['usCasualties.deaths'],
					catalogOf(locale.lang)['usCasualties.woundedInAction']
				],
				rows: data.years.map((y) => [formatYear(y.year, locale), y.deaths, y.wounded]),
				rowSources: data.years.map((y) => uniqueSources([y.sourceIds, y.woundedSourceIds])),
				cellSources: data.years.map((y) => [null, y.sourceIds, y.woundedSourceIds])
			})
		},
		claim: {
			summary(data, _state, locale) {
				const { lang } = locale;
				const { deaths, hostileDeaths, wounded } = data.official;
				const times = plural(wounded.value / data.claims.wounded, NOUNS.times, locale, formatRatio);
				const { woundedWords, killedWords } = claimWords(data, locale);
				return catalogOf(lang)['usCasualties.claimSummary']({
					woundedWords,
					wounded: plural(wounded.value, NOUNS.wounded, locale),
					times,
					killedWords,
					deaths: plural(deaths.value, NOUNS.deaths, locale),
					hostile: figureText(hostileDeaths, locale)
				});
			},
			plot(data, _state, locale) {
				const { lang } = locale;
				const n = (x: number) => formatCount(x, locale);
				const rows = [
					{
						key: 'claim-killed',
						name: catalogOf(lang)['usCasualties.textSays']({
							words: claimWords(data, locale).killedWords
						}),
						value: data.claims.killed,
						series: 'claim' as const
					},
					{
						key: 'official-killed',
						name: catalogOf(lang)['usCasualties.dodDeathsAllCauses'],
						value: data.official.deaths.value,
						series: 'us' as const
					},
					{
						key: 'claim-wounded',
						name: catalogOf(lang)['usCasualties.textSays']({
							words: claimWords(data, locale).woundedWords
						}),
						value: data.claims.wounded,
						series: 'claim' as const
					},
					{
						key: 'official-wounded',
						name: catalogOf(lang)['usCasualties.dodWoundedInAction'],
						value: data.official.wounded.value,
						series: 'neutral' as const
					}
				];
				return {
					legend: [],
					panels: [
						{
							pointsLabel: catalogOf(lang)['usCasualties.figures'],
							body: {
								kind: 'bars',
								format: n,
								// names as long as "DoD: wounded in action" leave no room beside them
								// in a 300 px column: each name and value go on a line above its bar
								labels: 'above',
								gapLabel: catalogOf(lang)['usCasualties.notGiven'],
								rows: rows.map((r) => ({ ...r, label: `${r.name}: ${n(r.value)}` }))
							}
						}
					]
				};
			},
			table: (data, _state, { lang }) => ({
				columns: [
					catalogOf(lang)['usCasualties.figure'],
					catalogOf(lang)['usCasualties.theText'],
					catalogOf(lang)['usCasualties.defenseDepartment']
				],
				rows: [
					[
						catalogOf(lang)['usCasualties.deathsTheTextKilled'],
						data.claims.killed,
						data.official.deaths.value
					],
					[
						catalogOf(lang)['usCasualties.woundedInAction'],
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
