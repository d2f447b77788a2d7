/**
 * The datasets in `data/`: their columns, declared once, and the parse of all of them
 * together (sources first, so every `source_id` can be checked against `sources.csv`).
 * Pure: takes file texts, returns typed rows. Reading files is `src/lib/server/data.ts`'s job.
 *
 * Longer than the house's ~200 lines on purpose: it is the schema of every dataset, one table
 * read top to bottom beside `data/README.md`; split, a column's rule would be harder to find.
 */
import {
	count,
	countryId,
	decimalBetween,
	estimateIds,
	figureIds,
	month,
	oneOf,
	partialDate,
	sourceIdDefinition,
	sourceIds,
	sourceTitle,
	periodBound,
	text
} from './cells';
import { blankIsNull, parseCsv, required, type Columns, type RowOf } from './parseCsv';
import { RATINGS } from './ratings';
import { TIERS } from './tiers';

const STATUS = [
	'sourced',
	'unverified',
	'undated',
	'aggregator',
	'inconsistent_in_source',
	'low_quality_source',
	'superseded',
	'projection',
	'request_or_estimate'
] as const;
export type Status = (typeof STATUS)[number];

const sourcesColumns = {
	id: required(sourceIdDefinition),
	title: required(sourceTitle),
	publisher: required(text),
	url: required(text),
	date: blankIsNull(text),
	tier: required(oneOf(TIERS)),
	/** Research notes: kept for editors, never rendered. */
	note: blankIsNull(text)
} satisfies Columns;

/** What a published death toll measures: the estimates chart groups by this, never mixing two. */
/** What a claim can get wrong (claims.csv `wrong_element`). */
export const WRONG_ELEMENTS = ['detail', 'who', 'where', 'when', 'number'] as const;

export const MEASURE_TYPES = [
	'documented_civilian',
	'documented_all',
	'violent_survey',
	'excess_survey'
] as const;

/** Column declarations for every dataset except `sources`, given the known source ids. */
function datasetColumns(known: ReadonlySet<string>) {
	const sources = required(sourceIds(known));
	const status = required(oneOf(STATUS));
	return {
		coalition_deaths: {
			country: required(countryId),
			measure: required(oneOf(['total_war', 'cumulative_snapshot', 'annual'] as const)),
			period_start: required(partialDate),
			period_end: blankIsNull(partialDate),
			as_of_label: blankIsNull(text),
			deaths: required(count),
			status,
			source_id: sources,
			quote: required(text)
		},
		us_casualties_monthly: {
			month: required(month),
			deaths: required(count),
			wounded_in_action: blankIsNull(count),
			/** Sources of the deaths: S104 (iCasualties' fatalities export) holds deaths only. */
			source_id: sources,
			quote: required(text),
			note: blankIsNull(text),
			/** Sources of the wounded, cited apart: blank exactly when the wounded cell is. */
			wounded_source_id: blankIsNull(sourceIds(known))
		},
		us_casualties: {
			row_type: required(
				oneOf([
					'year_aggregator',
					'year_check',
					'dod_tally',
					'operation_total',
					'war_total',
					'cumulative_snapshot',
					'period',
					'month_quote'
				] as const)
			),
			operation: blankIsNull(text),
			period_start: blankIsNull(partialDate),
			period_end: blankIsNull(partialDate),
			deaths_total: blankIsNull(count),
			deaths_hostile: blankIsNull(count),
			deaths_non_hostile: blankIsNull(count),
			wounded_in_action: blankIsNull(count),
			wia_not_returned_to_duty: blankIsNull(count),
			status,
			source_id: sources,
			quote: required(text),
			note: blankIsNull(text)
		},
		troop_levels_monthly: {
			month: required(month),
			us_troops: required(count),
			total_international_troops: required(count),
			source_id: sources,
			quote: required(text)
		},
		coalition_composition: {
			category: required(
				oneOf([
					'invasion_force',
					'invasion_force_alternative',
					'invasion_total',
					'mnf_snapshot',
					'snapshot_total',
					'peak_quote',
					'withdrawn_by',
					'totals_over_time',
					'withdrawal',
					'command'
				] as const)
			),
			country: required(countryId),
			troops: blankIsNull(count),
			date: blankIsNull(partialDate),
			date_end: blankIsNull(partialDate),
			date_label: required(text),
			status,
			source_id: sources,
			quote: required(text),
			note: blankIsNull(text)
		},
		ibc_civilian_deaths_monthly: {
			month: required(month),
			deaths: required(count),
			value_type: required(oneOf(['maximum', 'published'] as const)),
			data_vintage: required(partialDate),
			source_id: sources,
			quote: required(text)
		},
		ibc_published_totals: {
			kind: required(
				oneOf([
					'year',
					'year_range',
					'cumulative',
					'cumulative_all_violent_deaths',
					'period',
					'share'
				] as const)
			),
			period_start: required(partialDate),
			period_end: required(partialDate),
			deaths: blankIsNull(count),
			deaths_low: blankIsNull(count),
			deaths_high: blankIsNull(count),
			value_type: required(text),
			data_vintage: required(partialDate),
			status,
			source_id: sources,
			quote: required(text)
		},
		death_estimates: {
			estimate_id: required(text),
			name_en: required(text),
			name_ar: required(text),
			name_ckb: required(text),
			period_start: required(partialDate),
			period_end: required(partialDate),
			period_label: required(text),
			method: required(text),
			measure_type: required(oneOf(MEASURE_TYPES)),
			population: required(oneOf(['civilians', 'all_iraqis', 'all_recorded'] as const)),
			geography: required(oneOf(['iraq', 'iraq_syria'] as const)),
			measure: required(text),
			central: blankIsNull(count),
			low: blankIsNull(count),
			high: blankIsNull(count),
			/** What low–high is, when the source gives one: blank means none is drawn. */
			interval: blankIsNull(oneOf(['ci95', 'uncertainty', 'min_max', 'range'] as const)),
			status,
			source_id: sources,
			quote: required(text),
			note: blankIsNull(text)
		},
		invasion_timeline: {
			event_id: required(text),
			date: required(partialDate),
			place_en: required(text),
			place_ar: required(text),
			place_ckb: required(text),
			latitude: blankIsNull(decimalBetween(-90, 90)),
			longitude: blankIsNull(decimalBetween(-180, 180)),
			coord_source: blankIsNull(text),
			event_en: required(text),
			event_ar: required(text),
			event_ckb: required(text),
			status,
			source_id: sources,
			quote: required(text),
			note: blankIsNull(text)
		},
		war_costs: {
			estimate_id: required(text),
			kind: required(
				oneOf([
					'fiscal_year',
					'annual_quote',
					'annual_projection',
					'appropriations_to_date',
					'budgetary_to_date',
					'long_term',
					'component'
				] as const)
			),
			estimate: required(text),
			estimate_ar: required(text),
			estimate_ckb: required(text),
			period: required(text),
			period_ar: required(text),
			period_ckb: required(text),
			period_start: blankIsNull(periodBound),
			period_end: blankIsNull(periodBound),
			geography: required(oneOf(['iraq', 'iraq_syria', 'post_911_wars'] as const)),
			counts: required(
				oneOf([
					'appropriations',
					'war_appropriations',
					'state_usaid_spending',
					'budgetary_to_date',
					'budgetary_incl_future_veterans',
					'economic_cost'
				] as const)
			),
			scope: required(text),
			amount_usd: required(count),
			unit: required(text),
			status,
			source_id: sources,
			quote: required(text),
			note: blankIsNull(text)
		},
		force_counts: {
			item: required(text),
			date: required(partialDate),
			count: required(count),
			unit: required(text),
			status,
			source_id: sources,
			quote: required(text),
			note: blankIsNull(text)
		},
		claims: {
			claim_id: required(text),
			/** The text's own words, exactly as written (a test finds them in the seed). */
			text_quote_ar: required(text),
			claim_ar: required(text),
			claim_en: required(text),
			claim_ckb: required(text),
			claimed_value: blankIsNull(count),
			claimed_unit: blankIsNull(text),
			claimed_qualifier: blankIsNull(
				oneOf(['about', 'more_than', 'exact', 'several_billion'] as const)
			),
			/** What the claim measures; it is compared only with figures of the same measure. */
			claimed_measure: blankIsNull(text),
			compare_to: blankIsNull(figureIds),
			/** Estimates shown beside the claim as ranges, without arithmetic: other measures. */
			context_estimates: blankIsNull(estimateIds),
			/**
			 * What the claim gets wrong, as the scale's rule reads it (RATING_RULE): blank when
			 * nothing; `detail` a word, a name or a counting rule; `who`, `where`, `when` the
			 * event's actor, place or date; `number` its figure.
			 */
			wrong_element: blankIsNull(oneOf(WRONG_ELEMENTS)),
			rating: required(oneOf(RATINGS)),
			rated_on: required(partialDate),
			source_ids: sources,
			explanation_ar: required(text),
			explanation_en: required(text),
			explanation_ckb: required(text),
			/** Research columns: kept for editors, never rendered. */
			research_quotes: blankIsNull(text),
			research_note: blankIsNull(text)
		}
	} satisfies Record<string, Columns>;
}

type DatasetColumns = ReturnType<typeof datasetColumns>;
export type DatasetName = keyof DatasetColumns | 'sources';
export type Row<N extends DatasetName> = N extends keyof DatasetColumns
	? RowOf<DatasetColumns[N]>
	: RowOf<typeof sourcesColumns>;
export type Datasets = { readonly [N in DatasetName]: readonly Row<N>[] };

/** Every dataset, in the order they are documented and published. */
export const DATASET_NAMES = [
	'coalition_deaths',
	'us_casualties_monthly',
	'us_casualties',
	'troop_levels_monthly',
	'coalition_composition',
	'ibc_civilian_deaths_monthly',
	'ibc_published_totals',
	'death_estimates',
	'invasion_timeline',
	'war_costs',
	'force_counts',
	'claims',
	'sources'
] as const satisfies readonly DatasetName[];

/** Column names of a dataset, in file order (for publishing the cleaned file). */
export function datasetColumnNames(name: DatasetName): string[] {
	return name === 'sources'
		? Object.keys(sourcesColumns)
		: Object.keys(datasetColumns(new Set())[name]);
}

/**
 * Columns kept for editors and never published: research notes and the quotes gathered while
 * rating, which can lag the page (a note written before a re-rating). The downloads are the
 * data as the pages use it; the notes stay in the repository's `data/`.
 */
export const EDITORS_ONLY_COLUMNS: Partial<Record<DatasetName, readonly string[]>> = {
	claims: ['research_quotes', 'research_note'],
	sources: ['note']
};

/** A dataset's columns as the site publishes them (`/data/<name>.csv`). */
export const publishedColumnNames = (name: DatasetName): string[] =>
	datasetColumnNames(name).filter((c) => !EDITORS_ONLY_COLUMNS[name]?.includes(c));

/** Where a dataset lives, relative to the project root; used in error messages too. */
export const datasetPath = (name: DatasetName) => `data/${name}.csv`;

/**
 * Parses every dataset. `read` returns a file's text; the first malformed cell anywhere
 * throws a `CsvError` with its file, line and column.
 */
export function parseDatasets(
	read: (name: DatasetName) => string,
	/** The path shown in error messages; defaults to the file's place in `data/`. */
	location: (name: DatasetName) => string = datasetPath
): Datasets {
	const sources = parseCsv(read('sources'), location('sources'), sourcesColumns);
	const known = new Set<string>(sources.map((s) => s.id));
	const columns = datasetColumns(known);
	const parse = <N extends keyof DatasetColumns>(name: N) =>
		parseCsv(read(name), location(name), columns[name]);
	return {
		coalition_deaths: parse('coalition_deaths'),
		us_casualties_monthly: parse('us_casualties_monthly'),
		us_casualties: parse('us_casualties'),
		troop_levels_monthly: parse('troop_levels_monthly'),
		coalition_composition: parse('coalition_composition'),
		ibc_civilian_deaths_monthly: parse('ibc_civilian_deaths_monthly'),
		ibc_published_totals: parse('ibc_published_totals'),
		death_estimates: parse('death_estimates'),
		invasion_timeline: parse('invasion_timeline'),
		war_costs: parse('war_costs'),
		force_counts: parse('force_counts'),
		claims: parse('claims'),
		sources
	};
}
