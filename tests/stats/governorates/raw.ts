// The raw governorate files in data/raw/governorates, parsed once per test file.
import { readFileSync } from 'node:fs';
import {
	asTopology,
	ibcIncidentsFromBytes,
	parseCositPopulation,
	parseDistrictPopulations,
	parseSigacts,
	type IbcIncident,
	type SigactRow
} from '$lib/stats/governorates';

export const RAW = 'data/raw/governorates';
export const IBC_FILE = `${RAW}/esoc_ibc_incidents_2003_2009.csv`;
export const SIGACT_FILE = `${RAW}/esoc_sigacts_governorate_month.csv`;
export const POPULATION_FILE = `${RAW}/wfp_population_by_district.csv`;
export const COSIT_FILE = `${RAW}/cosit_population_2010.csv`;

export const readRaw = (name: string): string => readFileSync(`${RAW}/${name}`, 'utf8');

let incidents: IbcIncident[] | undefined;
export const realIncidents = (): IbcIncident[] =>
	(incidents ??= ibcIncidentsFromBytes(readFileSync(IBC_FILE), IBC_FILE));

let sigacts: SigactRow[] | undefined;
export const realSigacts = (): SigactRow[] =>
	(sigacts ??= parseSigacts(readFileSync(SIGACT_FILE, 'utf8'), SIGACT_FILE));

export const realDistricts = () =>
	parseDistrictPopulations(readFileSync(POPULATION_FILE, 'utf8'), POPULATION_FILE);

export const realCositPopulation = () =>
	parseCositPopulation(readFileSync(COSIT_FILE, 'utf8'), COSIT_FILE);

export const realTopologies = () => ({
	districts: asTopology(
		JSON.parse(readRaw('esoc_iraq_districts.topo.json')),
		'districts',
		'Iraq_districts'
	),
	waterways: asTopology(JSON.parse(readRaw('osm_waterways.topo.json')), 'waterways', 'waterways'),
	places: asTopology(JSON.parse(readRaw('osm_places.topo.json')), 'places', 'places')
});
