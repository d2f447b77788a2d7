/**
 * Iraq's 18 governorates, keyed by their ISO 3166-2 code, with the official Arabic name, the
 * English name shown on the page, the spelling the ESOC files use, and the slug of the
 * governorate's own page (`/<lang>/explore/<slug>/`, the English name in URL form). The raw files never carry
 * a code (and the district map's `ADM2CODE` is inconsistent: Baghdad and Anbar share one), so
 * every file is joined through `codeOfEsocName`, which refuses a name it does not know rather
 * than dropping the row.
 */

export const GOVERNORATES = {
	'IQ-BG': { ar: 'بغداد', en: 'Baghdad', ckb: 'بەغدا', esoc: 'Baghdad', slug: 'baghdad' },
	'IQ-AN': { ar: 'الأنبار', en: 'Anbar', ckb: 'ئەنبار', esoc: 'Anbar', slug: 'anbar' },
	'IQ-NI': { ar: 'نينوى', en: 'Ninawa', ckb: 'نەینەوا', esoc: 'Ninewa', slug: 'ninawa' },
	'IQ-BA': { ar: 'البصرة', en: 'Basra', ckb: 'بەسرە', esoc: 'Basrah', slug: 'basra' },
	'IQ-DI': { ar: 'ديالى', en: 'Diyala', ckb: 'دیالە', esoc: 'Diyala', slug: 'diyala' },
	'IQ-SD': {
		ar: 'صلاح الدين',
		en: 'Salah ad-Din',
		ckb: 'سەڵاحەدین',
		esoc: 'Salah al-Din',
		slug: 'salah-ad-din'
	},
	// ESOC uses the governorate's former official name, al-Ta'mim.
	'IQ-KI': { ar: 'كركوك', en: 'Kirkuk', ckb: 'کەرکووک', esoc: 'Tameem', slug: 'kirkuk' },
	'IQ-BB': { ar: 'بابل', en: 'Babil', ckb: 'بابل', esoc: 'Babylon', slug: 'babil' },
	'IQ-WA': { ar: 'واسط', en: 'Wasit', ckb: 'واسیت', esoc: 'Wassit', slug: 'wasit' },
	'IQ-KA': { ar: 'كربلاء', en: 'Karbala', ckb: 'کەربەلا', esoc: 'Kerbala', slug: 'karbala' },
	'IQ-NA': { ar: 'النجف', en: 'Najaf', ckb: 'نەجەف', esoc: 'Najaf', slug: 'najaf' },
	'IQ-QA': { ar: 'القادسية', en: 'Qadisiyah', ckb: 'قادسیە', esoc: 'Qadissiya', slug: 'qadisiyah' },
	'IQ-DQ': { ar: 'ذي قار', en: 'Dhi Qar', ckb: 'زیقار', esoc: 'Thi-Qar', slug: 'dhi-qar' },
	'IQ-MA': { ar: 'ميسان', en: 'Maysan', ckb: 'میسان', esoc: 'Missan', slug: 'maysan' },
	'IQ-MU': { ar: 'المثنى', en: 'Muthanna', ckb: 'موسەننا', esoc: 'Muthanna', slug: 'muthanna' },
	'IQ-AR': { ar: 'أربيل', en: 'Erbil', ckb: 'هەولێر', esoc: 'Erbil', slug: 'erbil' },
	'IQ-SU': {
		ar: 'السليمانية',
		en: 'Sulaymaniyah',
		ckb: 'سلێمانی',
		esoc: 'Sulaymaniyah',
		slug: 'sulaymaniyah'
	},
	'IQ-DA': { ar: 'دهوك', en: 'Dohuk', ckb: 'دهۆک', esoc: 'Dahuk', slug: 'dohuk' }
} as const satisfies Record<
	string,
	{ ar: string; en: string; ckb: string; esoc: string; slug: string }
>;

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

/** The governorate whose page a slug names (`diyala` → `IQ-DI`), or null. */
export const governorateOfSlug = (slug: string): GovernorateCode | null =>
	GOVERNORATE_CODES.find((code) => GOVERNORATES[code].slug === slug) ?? null;
