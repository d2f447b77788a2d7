/**
 * The explore dashboard's words in both editions: controls, the measures and why their numbers
 * differ, the table's columns and the caveats the data carries onto the page.
 */
import type { MonthKey } from '$lib/stats';
import type { ExploreMeasure, ExploreRate } from '$lib/stats/governorates/explore';
import { GOVERNORATES, type GovernorateCode } from '$lib/stats/governorates/governorates';
import { formatCount, formatMonth, formatRatio } from './format';
import { comma, type Lang, type LocaleSettings } from './lang';
import { NOUNS } from './nouns';
import { plural } from './plural';
import { withStanding } from './sourced';

type Text = Record<Lang, string>;

export const EXPLORE_TEXT = {
	title: {
		ar: 'استكشف: العراق حسب المحافظة والشهر',
		en: 'Explore: Iraq by governorate and month',
		ckb: 'بگەڕێ: عێراق بەپێی پارێزگا و مانگ'
	},
	intro: {
		ar: 'اختر مقياساً ومحافظة أو أكثر وفترة زمنية: تتغير الخريطة والسلسلة الشهرية والجدول والمقارنة بين المصادر معاً، ويحفظ الرابط ما اخترت.',
		en: 'Pick a measure, one or more governorates and a period: the map, the monthly series, the table and the comparison of sources change together, and the link keeps what you chose.',
		ckb: 'پێوەرێک و یەک پارێزگا یان زیاتر و ماوەیەک هەڵبژێرە: نەخشەکە و زنجیرە مانگانەکە و خشتەکە و بەراوردی نێوان سەرچاوەکان پێکەوە دەگۆڕێن، و بەستەرەکە ئەوەی هەڵتبژاردووە دەپارێزێت.'
	},
	measure: { ar: 'المقياس', en: 'Measure', ckb: 'پێوەر' },
	rate: { ar: 'طريقة العرض', en: 'Show', ckb: 'شێوەی نیشاندان' },
	from: { ar: 'من', en: 'From', ckb: 'لە' },
	to: { ar: 'إلى', en: 'To', ckb: 'هەتا' },
	period: { ar: 'الفترة', en: 'Period', ckb: 'ماوە' },
	governorates: { ar: 'المحافظات', en: 'Governorates', ckb: 'پارێزگاکان' },
	wholeCountry: { ar: 'العراق كله', en: 'The whole country', ckb: 'هەموو عێراق' },
	clear: { ar: 'إلغاء الاختيار', en: 'Clear the selection', ckb: 'لابردنی هەڵبژاردن' },
	unlocated: { ar: 'مكان غير محدد', en: 'Not located', ckb: 'شوێنی دیارینەکراو' },
	/** The last colour class: "500 and over". */
	andOver: { ar: 'فأكثر', en: 'and over', ckb: 'و زیاتر' },
	riverGap: {
		ar: 'ينقص مستخرج الأنهار مجرى دجلة جنوب بغداد، فلا يظهر على الخريطة.',
		en: 'The river extract lacks the Tigris south of Baghdad, so it is not drawn there.',
		ckb: 'لە داتا دەرهێنراوەکەی ڕووبارەکاندا ڕێڕەوی دیجلە لە باشووری بەغدا نییە، بۆیە لەسەر نەخشەکە دەرناکەوێت.'
	},
	/** Who made the map (the published TopoJSON carries the English form too). */
	mapCredit: {
		ar: 'حدود المحافظات: مشروع «الدراسات التجريبية للنزاعات»، جامعة برينستون (104 أقضية دُمجت في 18 محافظة). الأنهار والمدن: © المساهمون في OpenStreetMap، برخصة ODbL. الملفات عبر github.com/cochransean/iraq-war-vis (برخصة MIT).',
		en: 'Governorate boundaries: ESOC, Princeton University (104 districts merged to 18 governorates). Rivers and cities: © OpenStreetMap contributors, ODbL. Files via github.com/cochransean/iraq-war-vis (MIT).',
		ckb: 'سنووری پارێزگاکان: پرۆژەی «لێکۆڵینەوە ئەزموونییەکانی ململانێ»، زانکۆی پرینستۆن (104 قەزا کە لە 18 پارێزگادا یەکخراون). ڕووبار و شارەکان: © بەشداربووانی OpenStreetMap، بە مۆڵەتی ODbL. فایلەکان لە ڕێگەی github.com/cochransean/iraq-war-vis (بە مۆڵەتی MIT).'
	},
	noData: { ar: 'لا تتوافر بيانات', en: 'No data', ckb: 'داتا بەردەست نییە' },
	legend: { ar: 'مفتاح الألوان', en: 'Colour key', ckb: 'ڕێبەری ڕەنگەکان' },
	mapLabel: {
		ar: 'خريطة محافظات العراق: اضغط على محافظة أو اخترها بلوحة المفاتيح لإضافتها إلى الاختيار',
		en: 'Map of Iraq’s governorates: click a governorate, or choose it with the keyboard, to add it to the selection',
		ckb: 'نەخشەی پارێزگاکانی عێراق: کرتە لە پارێزگایەک بکە، یان بە تەختەکلیل هەڵیبژێرە، بۆ ئەوەی بیخەیتە سەر هەڵبژاردنەکە'
	},
	rivers: { ar: 'الأنهار', en: 'Rivers', ckb: 'ڕووبارەکان' },
	seriesHeading: { ar: 'شهراً بشهر', en: 'Month by month', ckb: 'مانگ بە مانگ' },
	usPanel: {
		ar: 'وفيات الجيش الأمريكي شهرياً، وعدد قواته في العراق',
		en: 'US military deaths per month, and US troops in Iraq',
		ckb: 'گیانلەدەستدانی مانگانەی سوپای ئەمریکا، و ژمارەی هێزەکانی لە عێراق'
	},
	usDeaths: {
		ar: 'وفيات الجيش الأمريكي',
		en: 'US military deaths',
		ckb: 'گیانلەدەستدانی سوپای ئەمریکا'
	},
	usTroops: { ar: 'عدد القوات الأمريكية', en: 'US troops', ckb: 'ژمارەی هێزەکانی ئەمریکا' },
	brushHint: {
		ar: 'اسحب على السلسلة لاختيار فترة، أو استعمل قائمتي «من» و«إلى».',
		en: 'Drag across the series to choose a period, or use the From and To lists.',
		ckb: 'بە ڕاکێشان بەسەر زنجیرەکەدا ماوەیەک هەڵبژێرە، یان لیستەکانی «لە» و «هەتا» بەکاربهێنە.'
	},
	compareHeading: {
		ar: 'مقارنة بين المصادر',
		en: 'Compare the sources',
		ckb: 'بەراوردی نێوان سەرچاوەکان'
	},
	tableHeading: { ar: 'الجدول', en: 'Table', ckb: 'خشتە' },
	byYear: { ar: 'حسب السنة', en: 'By year', ckb: 'بەپێی ساڵ' },
	byMonth: { ar: 'حسب الشهر', en: 'By month', ckb: 'بەپێی مانگ' },
	place: { ar: 'المكان', en: 'Place', ckb: 'شوێن' },
	ibcMin: {
		ar: 'قتلى مدنيون موثقون (الحد الأدنى)',
		en: 'Civilians documented killed (minimum)',
		ckb: 'هاووڵاتیانی سڤیلی کوژراوی بەڵگەدار (کەمترین ژمارە)'
	},
	ibcMax: {
		ar: 'قتلى مدنيون موثقون (الحد الأعلى)',
		en: 'Civilians documented killed (maximum)',
		ckb: 'هاووڵاتیانی سڤیلی کوژراوی بەڵگەدار (زۆرترین ژمارە)'
	},
	sigact: {
		ar: 'هجمات سجّلها الجيش الأمريكي',
		en: 'Attacks logged by the US military',
		ckb: 'ئەو پەلامارانەی سوپای ئەمریکا تۆماری کردوون'
	},
	ratePer100k: {
		ar: 'لكل 100 ألف نسمة (سكان 2010)',
		en: 'Per 100,000 people (2010 population)',
		ckb: 'بۆ هەر 100 هەزار دانیشتوو (دانیشتووانی 2010)'
	},
	/** The same, inside a sentence. */
	per100kInline: {
		ar: 'لكل 100 ألف نسمة',
		en: 'per 100,000 people',
		ckb: 'بۆ هەر 100 هەزار دانیشتوو'
	},
	sources: { ar: 'المصادر', en: 'Sources', ckb: 'سەرچاوەکان' },
	copyLink: {
		ar: 'نسخ رابط هذا العرض',
		en: 'Copy a link to this view',
		ckb: 'کۆپیکردنی بەستەری ئەم پیشاندانە'
	},
	copied: { ar: 'نُسخ الرابط', en: 'Link copied', ckb: 'بەستەرەکە کۆپی کرا' },
	embed: {
		ar: 'تضمين هذا العرض',
		en: 'Embed this view',
		ckb: 'تێخستنی ئەم پیشاندانە لە ماڵپەڕێکی تر'
	},
	copyCode: { ar: 'نسخ الشيفرة', en: 'Copy the code', ckb: 'کۆپیکردنی کۆدەکە' },
	close: { ar: 'إغلاق', en: 'Close', ckb: 'داخستن' },
	download: { ar: 'تنزيل', en: 'Download', ckb: 'داگرتن' },
	noScript: {
		ar: 'هذا هو العرض الافتراضي. يحتاج اختيار المحافظات والفترة وتغيير المقياس إلى تفعيل جافاسكربت في المتصفح.',
		en: 'This is the default view. Choosing governorates and a period, and changing the measure, need JavaScript.',
		ckb: 'ئەمە پیشاندانی بنەڕەتییە. هەڵبژاردنی پارێزگاکان و ماوەکە و گۆڕینی پێوەرەکە پێویستیان بە چالاککردنی جاڤاسکریپت لە وێبگەڕەکەدا هەیە.'
	},
	unverified: {
		ar: 'أرقام المحافظات هنا مأخوذة من نسخة لبيانات مشروع «الدراسات التجريبية للنزاعات» في جامعة برينستون، أعاد نشرها أصحاب مستودع على غيت هب، ولم نتمكن من مطابقتها بإصدار المشروع نفسه، فهي غير مؤكدة. وهي من إصدار لبيانات مشروع «إحصاء الجثث في العراق» (حتى منتصف 2009) أقدم من بيانات السلسلة الوطنية في القصة، فتختلف مجاميعهما.',
		en: 'The governorate figures here come from a copy of the Empirical Studies of Conflict project’s data (Princeton University), redistributed on GitHub by the authors of the cochransean/iraq-war-vis repository, which we could not check against the project’s own release: treat them as unverified. They are an older vintage of Iraq Body Count’s data (to mid-2009) than the national series in the story, so their totals differ.',
		ckb: 'ژمارەکانی پارێزگاکان لێرەدا لە کۆپییەکی داتاکانی پرۆژەی «لێکۆڵینەوە ئەزموونییەکانی ململانێ»ی زانکۆی پرینستۆن وەرگیراون، کە خاوەنانی کۆگایەک لە گیتهەب دووبارە بڵاویان کردووەتەوە، و نەمانتوانی لەگەڵ بڵاوکراوەی خودی پرۆژەکەدا بەراوردیان بکەین، بۆیە پشتڕاست نەکراونەتەوە. هەروەها لە بڵاوکراوەیەکی داتاکانی پرۆژەی «ئاماری تەرمەکان لە عێراق» (هەتا ناوەڕاستی 2009) وەرگیراون کە کۆنترە لە داتاکانی زنجیرە نیشتمانییەکەی ناو چیرۆکەکە، بۆیە کۆی گشتییان جیاوازە.'
	},
	spreadRule: {
		ar: 'تُوزّع التقارير التي تغطي عدة أشهر على أيامها، فيأخذ كل شهر نصيبه.',
		en: 'Reports covering several months are spread over their days, each month taking its share.',
		ckb: 'ئەو ڕاپۆرتانەی چەند مانگێک دەگرنەوە بەسەر ڕۆژەکانیاندا دابەش دەکرێن، و هەر مانگێک بەشی خۆی وەردەگرێت.'
	},
	per100kNote: {
		ar: 'تُحسب المعدلات لكل 100 ألف نسمة بقسمة الأعداد على عدد سكان كل محافظة عام 2010 كما قدّره الجهاز المركزي للإحصاء في العراق. وتعتمد الخريطة والسلسلة ومعدلاتهما على الحد الأدنى لما وثّقه مشروع «إحصاء الجثث في العراق»؛ وتذكر المقارنة الحدّين. ولم يُجرَ في العراق تعداد عام للسكان بين 1997 و2024، فكل أعداد السكان تقديرات، وبعضها موضع خلاف: تنشر هيئة إحصاء إقليم كردستان وبغداد أرقاماً مختلفة للسنة نفسها.',
		en: 'Rates per 100,000 people divide by each governorate’s 2010 population as projected by Iraq’s Central Statistical Organization (COSIT). The map, the series and their rates use the minimum of Iraq Body Count’s documented deaths; the comparison gives both ends. Iraq held no full census between 1997 and 2024, so every population is a projection, and some are contested: the Kurdistan Region’s statistics office and Baghdad publish different figures for the same year.',
		ckb: 'ڕێژەکان بۆ هەر 100 هەزار دانیشتوو بە دابەشکردنی ژمارەکان بەسەر ژمارەی دانیشتووانی هەر پارێزگایەک لە ساڵی 2010دا دەژمێردرێن، بەو شێوەیەی دەزگای ناوەندیی ئاماری عێراق خەمڵاندوویەتی. نەخشەکە و زنجیرەکە و ڕێژەکانیان پشت بە کەمترین ژمارەی ئەوە دەبەستن کە پرۆژەی «ئاماری تەرمەکان لە عێراق» بەڵگەداری کردووە؛ و بەراوردەکە هەردوو ژمارەکە دەهێنێت. لە نێوان 1997 و 2024دا هیچ سەرژمێرییەکی گشتی لە عێراق نەکراوە، بۆیە هەموو ژمارەکانی دانیشتووان خەمڵاندنن، و هەندێکیان جێی ناکۆکین: دەستەی ئاماری هەرێمی کوردستان و بەغدا بۆ هەمان ساڵ ژمارەی جیاواز بڵاو دەکەنەوە.'
	},
	/** The figures' standing, in one sentence, beside the figures it qualifies (legend, comparison, the story's invitation). */
	secondaryShort: {
		ar: 'أرقام المحافظات من نسخة ثانوية لبيانات جامعة برينستون لم نتمكن من مطابقتها بالأصل، فهي غير مؤكدة.',
		en: 'The governorate figures come from a secondary copy of Princeton’s data that we could not check against the original: unverified.',
		ckb: 'ژمارەکانی پارێزگاکان لە کۆپییەکی لاوەکیی داتاکانی زانکۆی پرینستۆنەوە وەرگیراون کە نەمانتوانی لەگەڵ ئەسڵەکەدا بەراوردی بکەین، بۆیە پشتڕاست نەکراونەتەوە.'
	},
	/** What a rate divides by, where the rate is printed. */
	per100kBasis: {
		ar: 'المعدلات على أساس سكان 2010 بتقدير الجهاز المركزي للإحصاء، والأعداد السكانية موضع خلاف.',
		en: 'Rates divide by COSIT’s 2010 populations, which are contested.',
		ckb: 'ڕێژەکان لەسەر بنەمای دانیشتووانی 2010ن بە خەمڵاندنی دەزگای ناوەندیی ئامار، و ژمارەکانی دانیشتووان جێی ناکۆکین.'
	},
	sigactPartial: {
		ar: 'لا تغطي تقارير الجيش الأمريكي هنا إلا الفترة من شباط 2004 إلى شباط 2009.',
		en: 'The US military reports here cover February 2004 to February 2009 only.',
		ckb: 'ڕاپۆرتەکانی سوپای ئەمریکا لێرەدا تەنها ماوەی نێوان شوباتی 2004 و شوباتی 2009 دەگرنەوە.'
	},
	surveysHeading: {
		ar: 'تقديرات منشورة للعراق كله تتداخل فتراتها مع الفترة المختارة',
		en: 'Published estimates for the whole country whose periods overlap the chosen one',
		ckb: 'خەمڵاندنە بڵاوکراوەکان بۆ هەموو عێراق کە ماوەکانیان بەشێک لە ماوە هەڵبژێردراوەکە دەگرنەوە'
	},
	surveysOnlyNational: {
		ar: 'تقديرات المسوح تخص العراق كله، فلا تظهر عند اختيار محافظات.',
		en: 'Survey estimates cover the whole country, so they are not shown for a selection of governorates.',
		ckb: 'خەمڵاندنەکانی ڕووپێوەکان هەموو عێراق دەگرنەوە، بۆیە کاتێک پارێزگا هەڵدەبژێردرێن نیشان نادرێن.'
	}
} as const satisfies Record<string, Text>;

export const MEASURE_TEXT: Record<ExploreMeasure, { name: Text; why: Text }> = {
	ibc: {
		name: {
			ar: 'القتلى المدنيون الموثقون («إحصاء الجثث في العراق»)',
			en: 'Civilians documented killed (Iraq Body Count)',
			ckb: 'هاووڵاتیانی سڤیلی کوژراوی بەڵگەدار («ئاماری تەرمەکان لە عێراق»)'
		},
		why: {
			ar: 'إحصاء يوثّق كل قتيل على حدة من تقارير الصحافة والمستشفيات والمشارح، وهو أقل من الحصيلة الفعلية، لا تقدير لكل الوفيات.',
			en: 'A count of deaths documented one by one from press, hospital and morgue reports: below the full toll, not an estimate of all deaths.',
			ckb: 'ئامارێکە هەر کوژراوێک بە جیا لە ڕاپۆرتەکانی ڕۆژنامەوانی و نەخۆشخانە و مەیتخانەکانەوە بەڵگەدار دەکات، و لە کۆی ڕاستەقینە کەمترە، نەک خەمڵاندنێک بۆ هەموو گیانلەدەستدانەکان.'
		}
	},
	sigact: {
		name: {
			ar: 'الهجمات التي سجّلها الجيش الأمريكي («الأنشطة المهمة»)',
			en: 'Attacks logged by the US military (SIGACTs)',
			ckb: 'ئەو پەلامارانەی سوپای ئەمریکا تۆماری کردوون («چالاکییە گرنگەکان»)'
		},
		why: {
			ar: 'هجمات أبلغت عنها القوات الأمريكية، لا وفيات، وتتبع تغطيتها أماكن انتشار تلك القوات.',
			en: 'Attacks US forces reported, not deaths; what they cover follows where US troops were.',
			ckb: 'ئەو پەلامارانەن کە هێزەکانی ئەمریکا ڕاپۆرتیان لەسەر داون، نەک گیانلەدەستدان، و ئەوەی دەیانگرێتەوە بەپێی شوێنی بڵاوبوونەوەی ئەو هێزانە دەگۆڕێت.'
		}
	}
};

export const RATE_TEXT: Record<ExploreRate, Text> = {
	count: { ar: 'العدد', en: 'Count', ckb: 'ژمارە' },
	'100k': {
		ar: 'لكل 100 ألف نسمة (سكان 2010)',
		en: 'Per 100,000 people (2010 population)',
		ckb: 'بۆ هەر 100 هەزار دانیشتوو (دانیشتووانی 2010)'
	}
};

/** Why a survey's number is not the count's: one line per kind of estimate. */
export const WHY_SURVEYS_DIFFER: Record<
	'violent_survey' | 'excess_survey' | 'documented' | 'poll',
	Text
> = {
	poll: {
		ar: 'استطلاع رأي سُئل فيه المستطلَعون عن قتلى أسرهم، لا مسح للوفيات بعيّنة صُمّمت لذلك.',
		en: 'An opinion poll that asked respondents about deaths in their household, not a mortality survey designed for it.',
		ckb: 'ڕاپرسییەکی ڕاوبۆچوونە کە پرسیاری گیانلەدەستدانی ناو خێزانەکانیانی لە بەشداربووان کردووە، نەک ڕووپێوێکی گیانلەدەستدان بە نموونەیەک کە بۆ ئەو مەبەستە داڕێژرابێت.'
	},
	documented: {
		ar: 'إحصاء لما وُثّق فقط، فهو دون الحصيلة الكاملة.',
		en: 'Counts only what was documented, so it falls short of the full toll.',
		ckb: 'تەنها ئەوە دەژمێرێت کە بەڵگەدار کراوە، بۆیە لە کۆی گشتیی تەواو کەمترە.'
	},
	violent_survey: {
		ar: 'مسح للأسر يقدّر الوفيات العنيفة بين السكان كلهم، بهامش واسع من عدم اليقين.',
		en: 'A household survey estimating violent deaths in the whole population, with a wide margin of error.',
		ckb: 'ڕووپێوێکی خێزانەکانە کە گیانلەدەستدان بەهۆی توندوتیژییەوە لە نێو هەموو دانیشتوواندا دەخەمڵێنێت، بە پەراوێزێکی فراوانی نادڵنیایی.'
	},
	excess_survey: {
		ar: 'مسح يقدّر الوفيات الزائدة على معدل ما قبل الحرب، من كل الأسباب، لا من العنف وحده.',
		en: 'A survey estimating deaths above the pre-war rate, from all causes, not violence alone.',
		ckb: 'ڕووپێوێکە ئەو گیانلەدەستدانانە دەخەمڵێنێت کە لە ڕێژەی پێش جەنگ زیاترن، بە هەموو هۆکارەکانەوە، نەک تەنها بەهۆی توندوتیژییەوە.'
	}
};

/** The separator of a list of names: the Arabic comma on /ar/. */
export const listSeparator = comma;

/** The selected governorates by name, or the whole country when none is selected. */
export const placeName = (gov: readonly GovernorateCode[], lang: Lang): string =>
	gov.length === 0
		? EXPLORE_TEXT.wholeCountry[lang]
		: gov.map((c) => GOVERNORATES[c][lang]).join(listSeparator(lang));

/** The period as "January 2006 – December 2007", months the Iraqi way on /ar/. */
export const periodName = (from: MonthKey, to: MonthKey, locale: LocaleSettings): string =>
	`${formatMonth(from, locale)} – ${formatMonth(to, locale)}`;

/** The measure and how it is shown: "Civilians documented killed (…), per 100,000 people". */
export const measureName = (measure: ExploreMeasure, per: ExploreRate, lang: Lang): string =>
	`${MEASURE_TEXT[measure].name[lang]}${listSeparator(lang)}${RATE_TEXT[per][lang]}`;

/** How a mapped value reads: a whole count, or a rate to one decimal. */
export const exploreValueFormat =
	(per: ExploreRate, locale: LocaleSettings) =>
	(n: number): string =>
		per === 'count' ? formatCount(Math.round(n), locale) : formatRatio(n, locale);

/**
 * A value with what it counts, for a label that travels alone (a governorate's aria-label):
 * «بغداد: 48,598 قتيلاً مدنياً», "Baghdad: 12.3 per 100,000 people".
 */
/**
 * A governorate's value as a label reads it («بغداد: 48,598 قتيلاً مدنياً (رقم غير مؤكد)»): the
 * count with its noun, or the rate, and, when the measure's source cannot stand alone (the
 * secondary copies S172, S173), its standing in words, so a label read alone says it too.
 */
export const exploreValueLabel =
	(measure: ExploreMeasure, per: ExploreRate, locale: LocaleSettings, standalone: boolean) =>
	(n: number): string =>
		withStanding(
			per === 'count'
				? plural(Math.round(n), measure === 'ibc' ? NOUNS.civilianDeaths : NOUNS.attacks, locale)
				: `${formatRatio(n, locale)} ${EXPLORE_TEXT.per100kInline[locale.lang]}`,
			{ standalone },
			locale.lang
		);

/** The figures' standing, and for rates what they divide by: said beside the map and the comparison. */
export const standingText = (perCapita: boolean, lang: Lang): string =>
	perCapita
		? `${EXPLORE_TEXT.secondaryShort[lang]} ${EXPLORE_TEXT.per100kBasis[lang]}`
		: EXPLORE_TEXT.secondaryShort[lang];

/** The colour classes' labels, lowest first: "0–120", …, "450 and over" («450 فأكثر»). */
export const classLabels = (
	thresholds: readonly number[],
	format: (n: number) => string,
	lang: Lang
): string[] =>
	[0, ...thresholds].map((low, i) =>
		i < thresholds.length
			? `${format(low)}–${format(thresholds[i]!)}`
			: `${format(low)} ${EXPLORE_TEXT.andOver[lang]}`
	);
