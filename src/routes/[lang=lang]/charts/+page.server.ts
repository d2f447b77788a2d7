import { chartSourceIds, selectAll } from '$lib/server/chartData';
import { loadData } from '$lib/server/data';
import { sourceRefs } from '$lib/server/sources';
import type { Lang } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { datasets } = loadData();
	const charts = selectAll(datasets);
	return {
		lang: params.lang as Lang,
		charts,
		sources: sourceRefs(datasets, chartSourceIds(charts))
	};
};
