/**
 * Iraq's 18 governorates, keyed by their ISO 3166-2 code, with the official Arabic name, the
 * English name shown on the page, and the spelling the ESOC files use. The raw files never carry
 * a code (and the district map's `ADM2CODE` is inconsistent: Baghdad and Anbar share one), so
 * every file is joined through `codeOfEsocName`, which refuses a name it does not know rather
 * than dropping the row.
 */

export const GOVERNORATES = {
	'IQ-BG': { ar: 'بغداد', en: 'Baghdad', esoc: 'Baghdad' },
	'IQ-AN': { ar: 'الأنبار', en: 'Anbar', esoc: 'Anbar' },
	'IQ-NI': { ar: 'نينوى', en: 'Ninawa', esoc: 'Ninewa' },
	'IQ-BA': { ar: 'البصرة', en: 'Basra', esoc: 'Basrah' },
	'IQ-DI': { ar: 'ديالى', en: 'Diyala', esoc: 'Diyala' },
	'IQ-SD': { ar: 'صلاح الدين', en: 'Salah ad-Din', esoc: 'Salah al-Din' },
	// ESOC uses the governorate's former official name, al-Ta'mim.
	'IQ-KI': { ar: 'كركوك', en: 'Kirkuk', esoc: 'Tameem' },
	'IQ-BB': { ar: 'بابل', en: 'Babil', esoc: 'Babylon' },
	'IQ-WA': { ar: 'واسط', en: 'Wasit', esoc: 'Wassit' },
	'IQ-KA': { ar: 'كربلاء', en: 'Karbala', esoc: 'Kerbala' },
	'IQ-NA': { ar: 'النجف', en: 'Najaf', esoc: 'Najaf' },
	'IQ-QA': { ar: 'القادسية', en: 'Qadisiyah', esoc: 'Qadissiya' },
	'IQ-DQ': { ar: 'ذي قار', en: 'Dhi Qar', esoc: 'Thi-Qar' },
	'IQ-MA': { ar: 'ميسان', en: 'Maysan', esoc: 'Missan' },
	'IQ-MU': { ar: 'المثنى', en: 'Muthanna', esoc: 'Muthanna' },
	'IQ-AR': { ar: 'أربيل', en: 'Erbil', esoc: 'Erbil' },
	'IQ-SU': { ar: 'السليمانية', en: 'Sulaymaniyah', esoc: 'Sulaymaniyah' },
	'IQ-DA': { ar: 'دهوك', en: 'Dohuk', esoc: 'Dahuk' }
} as const satisfies Record<string, { ar: string; en: string; esoc: string }>;

export type GovernorateCode = keyof typeof GOVERNORATES;

/**
 * The 18 codes in one fixed order: the rows of every dense table. A test checks that it lists each
 * key of `GOVERNORATES` exactly once.
 */
export const GOVERNORATE_CODES = [
	'IQ-BG',
	'IQ-AN',
	'IQ-NI',
	'IQ-BA',
	'IQ-DI',
	'IQ-SD',
	'IQ-KI',
	'IQ-BB',
	'IQ-WA',
	'IQ-KA',
	'IQ-NA',
	'IQ-QA',
	'IQ-DQ',
	'IQ-MA',
	'IQ-MU',
	'IQ-AR',
	'IQ-SU',
	'IQ-DA'
] as const satisfies readonly GovernorateCode[];

export const isGovernorateCode = (s: string): s is GovernorateCode =>
	Object.hasOwn(GOVERNORATES, s);

const BY_ESOC_NAME: ReadonlyMap<string, GovernorateCode> = new Map(
	GOVERNORATE_CODES.map((code) => [GOVERNORATES[code].esoc, code])
);

/** Every governorate spelling found in the ESOC, WFP and map files, in code order. */
export const ESOC_NAMES: readonly string[] = [...BY_ESOC_NAME.keys()];

/**
 * The code of a governorate as the ESOC files spell it (`Tameem` → `IQ-KI`). Throws on an
 * unknown name: a misspelt governorate must stop the build, not vanish from a total.
 */
export function codeOfEsocName(name: string): GovernorateCode {
	const code = BY_ESOC_NAME.get(name);
	if (!code)
		throw new RangeError(`unknown governorate "${name}": expected one of ${ESOC_NAMES.join(', ')}`);
	return code;
}
