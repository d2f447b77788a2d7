/**
 * The rows of `data/sources.csv` behind the governorate data (their tier and notes are there).
 * Plain ids here: the server checks each against `sources.csv` before publishing anything.
 */
export const GOVERNORATE_SOURCE_IDS = {
	/** ESOC's geocoded Iraq Body Count incidents. */
	ibc: 'S172',
	/** ESOC's SIGACT counts by governorate and month. */
	sigact: 'S173',
	/** WFP district populations: checked against, not used for rates (`cositPopulation.ts`). */
	wfpPopulation: 'S174',
	/** COSIT's official 2010 governorate populations, the rates' denominator. */
	population: 'S181',
	/** ESOC's district boundaries. */
	boundaries: 'S175',
	/** OpenStreetMap rivers and cities. */
	osm: 'S176'
} as const;
