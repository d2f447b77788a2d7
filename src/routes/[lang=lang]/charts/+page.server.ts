import { CHART_IDS } from '$lib/chart-model/registry';
import { chartPayload } from '$lib/server/chartPayload';
import { settingsFor, type Lang } from '$lib/i18n';
import type { PageServerLoad } from './$types';

// The gallery ships no framework: each chart is an island, hydrated by /_islands/gallery.js
// when its controls are first used, with the props it is rendered with here.
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	return {
		lang,
		charts: CHART_IDS.map((id) => {
			const payload = chartPayload(id);
			return {
				id,
				data: payload.data,
				locale: settingsFor(lang),
				sources: payload.sources
			};
		})
	};
};
