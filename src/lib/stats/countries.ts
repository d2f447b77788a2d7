/**
 * Every country and group that appears in `data/`: its id (used in CSVs and URLs)
 * and its name in both editions. `kind: 'group'` marks aggregates ("other nations",
 * "all coalition") that must never be summed with countries.
 */
export const COUNTRIES = {
	'united-states': { en: 'United States', ar: 'الولايات المتحدة', kind: 'country' },
	'united-kingdom': { en: 'United Kingdom', ar: 'بريطانيا', kind: 'country' },
	italy: { en: 'Italy', ar: 'إيطاليا', kind: 'country' },
	poland: { en: 'Poland', ar: 'بولندا', kind: 'country' },
	ukraine: { en: 'Ukraine', ar: 'أوكرانيا', kind: 'country' },
	bulgaria: { en: 'Bulgaria', ar: 'بلغاريا', kind: 'country' },
	spain: { en: 'Spain', ar: 'إسبانيا', kind: 'country' },
	denmark: { en: 'Denmark', ar: 'الدنمارك', kind: 'country' },
	'el-salvador': { en: 'El Salvador', ar: 'السلفادور', kind: 'country' },
	georgia: { en: 'Georgia', ar: 'جورجيا', kind: 'country' },
	slovakia: { en: 'Slovakia', ar: 'سلوفاكيا', kind: 'country' },
	latvia: { en: 'Latvia', ar: 'لاتفيا', kind: 'country' },
	romania: { en: 'Romania', ar: 'رومانيا', kind: 'country' },
	estonia: { en: 'Estonia', ar: 'إستونيا', kind: 'country' },
	thailand: { en: 'Thailand', ar: 'تايلاند', kind: 'country' },
	australia: { en: 'Australia', ar: 'أستراليا', kind: 'country' },
	netherlands: { en: 'Netherlands', ar: 'هولندا', kind: 'country' },
	kazakhstan: { en: 'Kazakhstan', ar: 'كازاخستان', kind: 'country' },
	'south-korea': { en: 'South Korea', ar: 'كوريا الجنوبية', kind: 'country' },
	hungary: { en: 'Hungary', ar: 'المجر', kind: 'country' },
	'czech-republic': { en: 'Czech Republic', ar: 'جمهورية التشيك', kind: 'country' },
	azerbaijan: { en: 'Azerbaijan', ar: 'أذربيجان', kind: 'country' },
	fiji: { en: 'Fiji', ar: 'فيجي', kind: 'country' },
	iceland: { en: 'Iceland', ar: 'آيسلندا', kind: 'country' },
	japan: { en: 'Japan', ar: 'اليابان', kind: 'country' },
	'dominican-republic': { en: 'Dominican Republic', ar: 'جمهورية الدومينيكان', kind: 'country' },
	honduras: { en: 'Honduras', ar: 'هندوراس', kind: 'country' },
	'new-zealand': { en: 'New Zealand', ar: 'نيوزيلندا', kind: 'country' },
	nicaragua: { en: 'Nicaragua', ar: 'نيكاراغوا', kind: 'country' },
	philippines: { en: 'Philippines', ar: 'الفلبين', kind: 'country' },
	mongolia: { en: 'Mongolia', ar: 'منغوليا', kind: 'country' },
	albania: { en: 'Albania', ar: 'ألبانيا', kind: 'country' },
	lithuania: { en: 'Lithuania', ar: 'ليتوانيا', kind: 'country' },
	armenia: { en: 'Armenia', ar: 'أرمينيا', kind: 'country' },
	macedonia: { en: 'Macedonia', ar: 'مقدونيا', kind: 'country' },
	'bosnia-herzegovina': { en: 'Bosnia and Herzegovina', ar: 'البوسنة والهرسك', kind: 'country' },
	slovenia: { en: 'Slovenia', ar: 'سلوفينيا', kind: 'country' },
	peshmerga: { en: 'Kurdish Peshmerga', ar: 'البيشمركة الكردية', kind: 'group' },
	'all-coalition': { en: 'All coalition countries', ar: 'جميع دول التحالف', kind: 'group' },
	'other-nations': { en: 'Other coalition nations', ar: 'دول التحالف الأخرى', kind: 'group' },
	'non-us-coalition': {
		en: 'Coalition excluding the US',
		ar: 'التحالف من دون الولايات المتحدة',
		kind: 'group'
	},
	'all-invasion-forces': { en: 'All invasion forces', ar: 'مجموع قوات الغزو', kind: 'group' },
	'all-foreign-troops': {
		en: 'All foreign troops (including the US)',
		ar: 'مجموع القوات الأجنبية (ومنها الأمريكية)',
		kind: 'group'
	},
	'mnf-i': {
		en: 'Multi-National Force – Iraq',
		ar: 'القوة المتعددة الجنسيات في العراق',
		kind: 'group'
	}
} as const satisfies Record<string, { en: string; ar: string; kind: 'country' | 'group' }>;

export type KnownCountry = keyof typeof COUNTRIES;
export const COUNTRY_IDS = Object.keys(COUNTRIES) as KnownCountry[];
