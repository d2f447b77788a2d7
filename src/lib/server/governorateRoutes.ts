/**
 * What every governorate route shares (page, embed, card, oEmbed): one entry per edition and
 * governorate, and the slug read back to its code, or a 404 for a slug that names none.
 */
import { error } from '@sveltejs/kit';
import { isLang, LANGS, type Lang } from '$lib/i18n';
import {
	GOVERNORATE_CODES,
	GOVERNORATES,
	governorateOfSlug,
	type GovernorateCode
} from '$lib/stats/governorates/governorates';

export const governorateEntries = () =>
	LANGS.flatMap((lang) =>
		GOVERNORATE_CODES.map((code) => ({ lang, gov: GOVERNORATES[code].slug }))
	);

export function governorateParams(params: { lang: string; gov: string }): {
	lang: Lang;
	code: GovernorateCode;
} {
	const code = governorateOfSlug(params.gov);
	if (!code || !isLang(params.lang)) error(404, 'No such governorate');
	return { lang: params.lang, code };
}
