import type { ParamMatcher } from '@sveltejs/kit';
import { isLang } from '$lib/i18n';

// Only the published editions (LANGS) exist; anything else is a 404, never a blank edition.
export const match: ParamMatcher = (param) => isLang(param);
