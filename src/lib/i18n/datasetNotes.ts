/** What each dataset counts and its main caveat, in both languages (the sources page). */
import type { DatasetName } from '$lib/stats';
import type { Lang } from './lang';

export const DATASET_CAVEATS: Record<DatasetName, Record<Lang, string>> = {
	coalition_deaths: {
		ar: 'مجموع وفيات كل دولة طوال الحرب (iCasualties) وحصائل تراكمية مؤرخة. لا تُجمع صفوف من أنواع مختلفة، ولا تُشتق أرقام سنوية بطرح الحصائل بعضها من بعض.',
		en: 'Whole-war totals per country (iCasualties) and dated cumulative tallies. Rows of different kinds are never added; yearly figures are never derived by subtracting tallies.',
		ckb: 'کۆی گیانلەدەستدانی هەر وڵاتێک بە درێژایی جەنگ (iCasualties) و کۆ گشتییە کەڵەکەبووەکان بە ڕێکەوتی خۆیانەوە. ڕیزی جۆری جیاواز کۆ ناکرێنەوە، و ژمارەی ساڵانە بە لێدەرکردنی کۆ گشتییەکان لە یەکتری دەرناهێنرێت.'
	},
	us_casualties_monthly: {
		ar: 'سلسلة شهرية جمعتها صحيفة «الغارديان»؛ راجعت وزارة الدفاع أرقام الجرحى مع الوقت، وأرقام جرحى كانون الأول 2011 غير متوافرة.',
		en: 'A monthly series compiled by the Guardian; DoD revised wounded counts over time, and December 2011 wounded are blank.',
		ckb: 'زنجیرەیەکی مانگانەیە کە ڕۆژنامەی «گاردیان» کۆی کردووەتەوە؛ وەزارەتی بەرگری بە تێپەڕبوونی کات ژمارەی بریندارانی هەموار کردووەتەوە، و ژمارەی بریندارانی کانوونی یەکەمی 2011 بەردەست نییە.'
	},
	us_casualties: {
		ar: 'أرقام رسمية وتراكمية تختلف حسب المصدر والتاريخ الذي تقف عنده؛ يُذكر التاريخ دائماً مع الرقم.',
		en: 'Official and cumulative figures differ by source and cut-off date; the date always goes with the number.',
		ckb: 'ژمارە فەرمی و کەڵەکەبووەکان بەپێی سەرچاوە و ئەو ڕێکەوتەی لێی دەوەستن جیاوازن؛ ڕێکەوتەکە هەمیشە لەگەڵ ژمارەکەدا دەنووسرێت.'
	},
	troop_levels_monthly: {
		ar: 'أعداد القوات في نهاية كل شهر («الغارديان»)؛ وقوات الدول الأخرى محسوبة بطرح عدد القوات الأمريكية من المجموع.',
		en: 'Month-end levels (Guardian); other coalition troops are computed as total minus US.',
		ckb: 'ژمارەی هێزەکان لە کۆتایی هەر مانگێکدا («گاردیان»)؛ و هێزەکانی وڵاتانی تر بە لێدەرکردنی ژمارەی هێزەکانی ئەمریکا لە کۆی گشتی دەژمێردرێن.'
	},
	coalition_composition: {
		ar: 'أرقام من مصادر وتواريخ مختلفة، وليست جدولاً كاملاً؛ مواعيد الانسحاب الدقيقة معروفة لبعض الدول فقط.',
		en: 'Snapshots from different sources and dates, not a complete table; exact withdrawal dates are known for only some countries.',
		ckb: 'ژمارەگەلێکن لە سەرچاوە و ڕێکەوتی جیاوازەوە، نەک خشتەیەکی تەواو؛ ڕێکەوتی وردی کشانەوە تەنها بۆ هەندێک وڵات زانراوە.'
	},
	ibc_civilian_deaths_monthly: {
		ar: 'إحصاء موثق لا تقدير للحصيلة الكاملة، فالموثق أقل من الحصيلة الفعلية. أشهر 2003–2011 هي «الحد الأعلى المسجَّل» في قاعدة بيانات مشروع «إحصاء الجثث في العراق» (إصدار 2012)، وأشهر 2012–2013 أرقامه المنشورة عام 2015.',
		en: 'A documented count, not an estimate of the full toll, which it falls short of. The months of 2003–2011 are the “maximum recorded killed” of IBC’s database (2012 export); 2012–2013 are its figures as published in 2015.',
		ckb: 'ئامارێکی بەڵگەدارە نەک خەمڵاندنی کۆی گشتیی تەواو، چونکە ئەوەی بەڵگەدار کراوە لە کۆی ڕاستەقینە کەمترە. مانگەکانی 2003–2011 بریتین لە «زۆرترین ژمارەی تۆمارکراو» لە بنکەی داتای پرۆژەی «ئاماری تەرمەکان لە عێراق» (بڵاوکراوەی 2012)، و مانگەکانی 2012–2013 ئەو ژمارانەن کە پرۆژەکە لە ساڵی 2015دا بڵاوی کردوونەتەوە.'
	},
	ibc_published_totals: {
		ar: 'كل رقم بتاريخ نشره؛ يعدّل المشروع أرقامه بالزيادة.',
		en: 'Each figure with the date it was published; IBC revises upward.',
		ckb: 'هەر ژمارەیەک لەگەڵ ڕێکەوتی بڵاوکردنەوەیدا؛ پرۆژەکە ژمارەکانی بەرەو زیادبوون هەموار دەکاتەوە.'
	},
	death_estimates: {
		ar: 'تقديرات تقيس أشياء مختلفة (موثقة، عنيفة، زائدة) لفترات مختلفة: لا تُقارن كأنها مقياس واحد.',
		en: 'Estimates of different things (documented, violent, excess) over different periods: never compared as one measure.',
		ckb: 'خەمڵاندنگەلێکن کە شتی جیاواز دەپێون (بەڵگەدار، بەهۆی توندوتیژییەوە، زیادە) بۆ ماوەی جیاواز: وەک یەک پێوەر بەراورد ناکرێن.'
	},
	invasion_timeline: {
		ar: 'معظم المواقع مراكز مدن تقريبية؛ توقيت ضربة مزرعة الدورة غير مؤكد.',
		en: 'Most positions are approximate city centres; the time of the Dora Farms strike is unverified.',
		ckb: 'زۆربەی شوێنەکان ناوەندی نزیکەیی شارەکانن؛ کاتی لێدانی کێڵگەی دۆرە پشتڕاست نەکراوەتەوە.'
	},
	war_costs: {
		ar: 'بالقيمة الاسمية للدولار، ولكل تقدير نطاقه؛ فلا تُجمع التقديرات.',
		en: 'Nominal dollars, each estimate in its own scope; not additive.',
		ckb: 'بە بەهای ناوی دۆلار، و هەر خەمڵاندنێک بواری خۆی هەیە؛ بۆیە خەمڵاندنەکان کۆ ناکرێنەوە.'
	},
	force_counts: {
		ar: 'عدد الدبابات والمدرعات في «الاندفاعة الرعدية» من مصادر ضعيفة لا يكفي أيٌّ منها وحده.',
		en: 'The Thunder Run tank and vehicle counts come from weak sources, none of which may stand alone.',
		ckb: 'ژمارەی تانک و زرێپۆشەکانی «هەڵمەتی هەورەتریشقە» لە سەرچاوەی لاوازەوە وەرگیراون کە هیچیان بە تەنها بەس نییە.'
	},
	claims: {
		ar: 'التقييمات تقييماتنا كما تنشرها القصة، على السلّم وقاعدته المنشورين في صفحة المصادر، ولكل تقييم تاريخه ومصادره.',
		en: 'The ratings are ours, as the story publishes them, on the scale and rule set out on the sources page; each has its date and its sources.',
		ckb: 'هەڵسەنگاندنەکان هی خۆمانن، بەو شێوەیەی چیرۆکەکە بڵاویان دەکاتەوە، لەسەر ئەو پلەبەندی و بنەمایەی لە پەڕەی سەرچاوەکاندا بڵاو کراونەتەوە، و هەر هەڵسەنگاندنێک ڕێکەوت و سەرچاوەکانی خۆی هەیە.'
	},
	sources: {
		ar: 'كثير منها نسخ محفوظة أو منقولة إلى مواقع أخرى؛ والتواريخ كما وردت فيها.',
		en: 'Many are stored copies or mirrors; dates are as found.',
		ckb: 'زۆرێکیان کۆپیی پارێزراون یان گوازراونەتەوە بۆ ماڵپەڕی تر؛ و ڕێکەوتەکان وەک خۆیان تێیاندا هاتوون.'
	}
};
