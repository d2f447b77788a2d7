/**
 * Every country and group that appears in `data/`: its id (used in CSVs and URLs)
 * and its name in both editions. `kind: 'group'` marks aggregates ("other nations",
 * "all coalition") that must never be summed with countries.
 */
export const COUNTRIES = {
	'united-states': {
		en: 'United States',
		ckb: 'ویلایەتە یەکگرتووەکانی ئەمریکا',
		ar: 'الولايات المتحدة',
		kind: 'country'
	},
	'united-kingdom': { en: 'United Kingdom', ckb: 'بەریتانیا', ar: 'بريطانيا', kind: 'country' },
	italy: { en: 'Italy', ckb: 'ئیتاڵیا', ar: 'إيطاليا', kind: 'country' },
	poland: { en: 'Poland', ckb: 'پۆڵەندا', ar: 'بولندا', kind: 'country' },
	ukraine: { en: 'Ukraine', ckb: 'ئۆکرانیا', ar: 'أوكرانيا', kind: 'country' },
	bulgaria: { en: 'Bulgaria', ckb: 'بولگاریا', ar: 'بلغاريا', kind: 'country' },
	spain: { en: 'Spain', ckb: 'ئیسپانیا', ar: 'إسبانيا', kind: 'country' },
	denmark: { en: 'Denmark', ckb: 'دانیمارک', ar: 'الدنمارك', kind: 'country' },
	'el-salvador': { en: 'El Salvador', ckb: 'ئێلسالڤادۆر', ar: 'السلفادور', kind: 'country' },
	georgia: { en: 'Georgia', ckb: 'جۆرجیا', ar: 'جورجيا', kind: 'country' },
	slovakia: { en: 'Slovakia', ckb: 'سلۆڤاکیا', ar: 'سلوفاكيا', kind: 'country' },
	latvia: { en: 'Latvia', ckb: 'لاتڤیا', ar: 'لاتفيا', kind: 'country' },
	romania: { en: 'Romania', ckb: 'ڕۆمانیا', ar: 'رومانيا', kind: 'country' },
	estonia: { en: 'Estonia', ckb: 'ئیستۆنیا', ar: 'إستونيا', kind: 'country' },
	thailand: { en: 'Thailand', ckb: 'تایلاند', ar: 'تايلاند', kind: 'country' },
	australia: { en: 'Australia', ckb: 'ئوسترالیا', ar: 'أستراليا', kind: 'country' },
	netherlands: { en: 'Netherlands', ckb: 'هۆڵەندا', ar: 'هولندا', kind: 'country' },
	kazakhstan: { en: 'Kazakhstan', ckb: 'کازاخستان', ar: 'كازاخستان', kind: 'country' },
	'south-korea': { en: 'South Korea', ckb: 'کۆریای باشوور', ar: 'كوريا الجنوبية', kind: 'country' },
	hungary: { en: 'Hungary', ckb: 'مەجارستان', ar: 'المجر', kind: 'country' },
	'czech-republic': {
		en: 'Czech Republic',
		ckb: 'کۆماری چێک',
		ar: 'جمهورية التشيك',
		kind: 'country'
	},
	azerbaijan: { en: 'Azerbaijan', ckb: 'ئازەربایجان', ar: 'أذربيجان', kind: 'country' },
	fiji: { en: 'Fiji', ckb: 'فیجی', ar: 'فيجي', kind: 'country' },
	iceland: { en: 'Iceland', ckb: 'ئایسلەندا', ar: 'آيسلندا', kind: 'country' },
	japan: { en: 'Japan', ckb: 'ژاپۆن', ar: 'اليابان', kind: 'country' },
	'dominican-republic': {
		en: 'Dominican Republic',
		ckb: 'کۆماری دۆمینیکان',
		ar: 'جمهورية الدومينيكان',
		kind: 'country'
	},
	honduras: { en: 'Honduras', ckb: 'هۆندووراس', ar: 'هندوراس', kind: 'country' },
	'new-zealand': { en: 'New Zealand', ckb: 'نیوزیلەندا', ar: 'نيوزيلندا', kind: 'country' },
	nicaragua: { en: 'Nicaragua', ckb: 'نیکاراگوا', ar: 'نيكاراغوا', kind: 'country' },
	philippines: { en: 'Philippines', ckb: 'فلیپین', ar: 'الفلبين', kind: 'country' },
	mongolia: { en: 'Mongolia', ckb: 'مەنگۆلیا', ar: 'منغوليا', kind: 'country' },
	albania: { en: 'Albania', ckb: 'ئەلبانیا', ar: 'ألبانيا', kind: 'country' },
	lithuania: { en: 'Lithuania', ckb: 'لیتوانیا', ar: 'ليتوانيا', kind: 'country' },
	armenia: { en: 'Armenia', ckb: 'ئەرمەنستان', ar: 'أرمينيا', kind: 'country' },
	macedonia: { en: 'Macedonia', ckb: 'مەقدۆنیا', ar: 'مقدونيا', kind: 'country' },
	'bosnia-herzegovina': {
		en: 'Bosnia and Herzegovina',
		ckb: 'بۆسنە و هەرزەگۆڤینا',
		ar: 'البوسنة والهرسك',
		kind: 'country'
	},
	slovenia: { en: 'Slovenia', ckb: 'سلۆڤێنیا', ar: 'سلوفينيا', kind: 'country' },
	peshmerga: {
		en: 'Kurdish Peshmerga',
		ckb: 'هێزی پێشمەرگە',
		ar: 'البيشمركة الكردية',
		kind: 'group'
	},
	'all-coalition': {
		en: 'All coalition countries',
		ckb: 'هەموو وڵاتانی هاوپەیمانی',
		ar: 'جميع دول التحالف',
		kind: 'group'
	},
	'other-nations': {
		en: 'Other coalition nations',
		ckb: 'وڵاتانی تری هاوپەیمانی',
		ar: 'دول التحالف الأخرى',
		kind: 'group'
	},
	'non-us-coalition': {
		en: 'Coalition excluding the US',
		ckb: 'هاوپەیمانی بەبێ ئەمریکا',
		ar: 'التحالف من دون الولايات المتحدة',
		kind: 'group'
	},
	'all-invasion-forces': {
		en: 'All invasion forces',
		ckb: 'کۆی هێزەکانی هێرش',
		ar: 'مجموع قوات الغزو',
		kind: 'group'
	},
	'all-foreign-troops': {
		en: 'All foreign troops (including the US)',
		ckb: 'کۆی هێزە بیانییەکان (لەوانە هێزەکانی ئەمریکا)',
		ar: 'مجموع القوات الأجنبية (ومنها الأمريكية)',
		kind: 'group'
	},
	'mnf-i': {
		en: 'Multi-National Force – Iraq',
		ckb: 'هێزی فرەنەتەوەیی لە عێراق',
		ar: 'القوة المتعددة الجنسيات في العراق',
		kind: 'group'
	}
} as const satisfies Record<
	string,
	{ en: string; ar: string; ckb: string; kind: 'country' | 'group' }
>;

export type KnownCountry = keyof typeof COUNTRIES;
export const COUNTRY_IDS = Object.keys(COUNTRIES) as KnownCountry[];
