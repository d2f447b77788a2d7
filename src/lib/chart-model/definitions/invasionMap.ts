import {
	comma,
	formatPartialDate,
	NOUNS,
	plural,
	withEventStanding,
	type Lang,
	type LocaleSettings
} from '$lib/i18n';
import { catalogOf } from '$lib/i18n/messages';
import { defineChart } from '../defineChart';
import type { InvasionMapData, MapEvent } from './invasionMap.select';

/** The map's dates: each day with a placed event from the first strike to the fall of Tikrit. */
export const mapDates = (data: InvasionMapData): string[] =>
	[...new Set(data.events.map((e) => e.date))].filter((d) => d >= '2003-03-20').sort();

/** Events up to and including a date: where the front stood that day. */
export const eventsBy = (data: InvasionMapData, date: string): MapEvent[] =>
	data.events.filter((e) => e.date >= '2003-03-20' && e.date <= date);

const dateLabel = (date: string, locale: LocaleSettings) => formatPartialDate(date, locale);

/** What happened, with its standing when no standalone source tells it (Basra's start, the airport). */
const eventText = (e: MapEvent, lang: Lang): string =>
	withEventStanding(e.event[lang].replace(/[.。]$/, ''), e, lang);

export const invasionMap = defineChart({
	id: 'invasion-map',
	embedHeight: 980,
	// annotated so the data type is inferred for the view below
	sourceIds: (data: InvasionMapData) => data.sources,
	params: (data) => {
		const dates = mapDates(data);
		return {
			date: {
				values: dates,
				default: dates.includes('2003-04-09') ? '2003-04-09' : (dates.at(-1) ?? ''),
				label: (v, lang) => dateLabel(v, { lang, digits: 'latn' })
			}
		};
	},
	views: {
		map: {
			summary(data, state, locale) {
				const { lang } = locale;
				const date = state.date ?? '';
				const reached = eventsBy(data, date);
				const today = reached.filter((e) => e.date === date);
				// one colon at most: a place and its event are joined by a dash, not a second colon
				const list = today.map((e) => `${e.place[lang]} — ${eventText(e, lang)}`).join(' ');
				const words = catalogOf(lang);
				const onMap = words.mapEventsBy({
					date: dateLabel(date, locale),
					events: plural(reached.length, NOUNS.events, locale)
				});
				return list ? words.mapEventsThatDay({ onMap, list }) : `${onMap}.`;
			},
			plot(data, state, locale) {
				const { lang } = locale;
				const date = state.date ?? '';
				return {
					heading: dateLabel(date, locale),
					legend: [],
					panels: [
						{
							pointsLabel: catalogOf(lang)['invasionMap.events'],
							body: {
								kind: 'map',
								iraq: data.iraq,
								neighbours: data.neighbours.map((c) => ({ ...c, name: c.name[lang] })),
								rivers: data.rivers.map((r) => ({ d: r.d })),
								cities: data.cities.map((c) => ({ name: c.name[lang], x: c.x, y: c.y })),
								date,
								dateLabel: dateLabel(date, locale),
								events: eventsBy(data, date).map((e) => ({
									id: e.id,
									date: e.date,
									x: e.x,
									y: e.y,
									place: e.place[lang].split(/[،,]/)[0] ?? e.place[lang],
									label: `${dateLabel(e.date, locale)}${comma(lang)}${e.place[lang]}: ${eventText(e, lang)}`,
									today: e.date === date,
									approximate: e.status !== 'sourced'
								}))
							}
						}
					]
				};
			},
			table(data, state, locale) {
				const { lang } = locale;
				const events = eventsBy(data, state.date ?? '');
				return {
					columns: [
						catalogOf(lang)['invasionMap.date'],
						catalogOf(lang)['invasionMap.place'],
						catalogOf(lang)['invasionMap.event']
					],
					rows: events.map((e) => [dateLabel(e.date, locale), e.place[lang], eventText(e, lang)]),
					rowSources: events.map((e) => e.sourceIds)
				};
			}
		}
	}
});
