import { loadGovernorates } from '$lib/server/governorates';
import { GOVERNORATE_MONTH_COLUMNS, governorateMonthRows } from '$lib/stats/governorates';
import { toCsv } from '$lib/stats/toCsv';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * IBC deaths and SIGACT reports by governorate and month, computed at build time from the raw
 * ESOC files: aggregates only, never the incident rows (see data/README.md).
 */
export const GET: RequestHandler = () => {
	const body = toCsv(governorateMonthRows(loadGovernorates().explore), GOVERNORATE_MONTH_COLUMNS);
	return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
