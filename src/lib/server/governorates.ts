/**
 * Reads the raw governorate files (`data/raw/governorates/`) once per build and returns what the
 * explore dashboard and its published files need: aggregates and the map, never incident rows.
 * `DATA_DIR` points it at another data folder, as for `data.ts`.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
	asTopology,
	exploreData,
	GOVERNORATE_SOURCE_IDS,
	governoratePopulation,
	governorateTopology,
	ibcIncidentsFromBytes,
	ibcMonthlyCounts,
	parseCositPopulation,
	parseDistrictPopulations,
	parseSigacts,
	POPULATION_YEARS,
	sigactMonthlyCounts,
	type ExploreData,
	type GovernorateCode,
	type GovernorateTopology,
	type MonthlyCounts,
	type PopulationYear
} from '$lib/stats/governorates';
import { loadData } from './data';

const FILES = {
	ibc: 'esoc_ibc_incidents_2003_2009.csv',
	sigact: 'esoc_sigacts_governorate_month.csv',
	population: 'wfp_population_by_district.csv',
	ratePopulation: 'cosit_population_2010.csv',
	districts: 'esoc_iraq_districts.topo.json',
	waterways: 'osm_waterways.topo.json',
	places: 'osm_places.topo.json'
} as const;

const pathOf = (name: string) =>
	resolve(process.env.DATA_DIR ?? 'data', 'raw', 'governorates', name);
/** How errors name a file: relative to the project, as `data.ts` does. */
const labelOf = (name: string) => relative(process.cwd(), pathOf(name));
const utf8 = (name: string) => readFileSync(pathOf(name), 'utf8');
const json = (name: string, object: string) =>
	asTopology(JSON.parse(utf8(name)), labelOf(name), object);

export interface GovernorateData {
	readonly ibcMin: MonthlyCounts;
	readonly ibcMax: MonthlyCounts;
	readonly sigact: MonthlyCounts;
	readonly population: Readonly<Record<PopulationYear, Record<GovernorateCode, number>>>;
	readonly explore: ExploreData;
}

/** Every id in GOVERNORATE_SOURCE_IDS must be a row of data/sources.csv. */
function checkSources(): void {
	const known = new Set<string>(loadData().datasets.sources.map((s) => s.id));
	const missing = Object.values(GOVERNORATE_SOURCE_IDS).filter((id) => !known.has(id));
	if (missing.length > 0)
		throw new Error(`governorate data cites ${missing.join(', ')}, not in data/sources.csv`);
}

let cached: GovernorateData | undefined;

export function loadGovernorates(): GovernorateData {
	if (!cached) {
		checkSources();
		// The incident file is Latin-1 with CR line endings: read as bytes, decoded in stats.
		const incidents = ibcIncidentsFromBytes(readFileSync(pathOf(FILES.ibc)), labelOf(FILES.ibc));
		const districts = parseDistrictPopulations(utf8(FILES.population), labelOf(FILES.population));
		const ibcMin = ibcMonthlyCounts(incidents, 'min');
		const ibcMax = ibcMonthlyCounts(incidents, 'max');
		const sigact = sigactMonthlyCounts(parseSigacts(utf8(FILES.sigact), labelOf(FILES.sigact)));
		const population = Object.fromEntries(
			POPULATION_YEARS.map((year) => [year, governoratePopulation(districts, year)])
		) as GovernorateData['population'];
		cached = {
			ibcMin,
			ibcMax,
			sigact,
			population,
			explore: exploreData({
				ibcMin,
				ibcMax,
				sigact,
				population2010: parseCositPopulation(
					utf8(FILES.ratePopulation),
					labelOf(FILES.ratePopulation)
				)
			})
		};
	}
	return cached;
}

let cachedTopology: GovernorateTopology | undefined;

/** The published map: 18 governorates, rivers and cities. */
export function loadGovernorateTopology(): GovernorateTopology {
	checkSources();
	return (cachedTopology ??= governorateTopology(
		json(FILES.districts, 'Iraq_districts'),
		json(FILES.waterways, 'waterways'),
		json(FILES.places, 'places')
	));
}
