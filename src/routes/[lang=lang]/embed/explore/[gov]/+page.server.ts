import { error } from '@sveltejs/kit';
import { explorePageData } from '$lib/server/explore';
import { LANGS, type Lang } from '$lib/i18n';
import {
	GOVERNORATE_CODES,
	GOVERNORATES,
	governorateOfSlug
} from '$lib/stats/governorates/governorates';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) =>
		GOVERNORATE_CODES.map((code) => ({ lang, gov: GOVERNORATES[code].slug }))
	);
export const load: PageServerLoad = ({ params }) => {
	const home = governorateOfSlug(params.gov);
	if (!home) error(404, 'No such governorate');
	return { lang: params.lang as Lang, home, ...explorePageData() };
};
