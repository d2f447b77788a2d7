/**
 * Interface text for both editions. Numbers never appear here: they come from the
 * statistics module and are formatted per language by `$lib/stats/format`.
 */
import type { DatasetName, FigureId } from '$lib/stats';
import type { Lang } from './lang';

export interface Messages {
	siteTitle: string;
	deck: string;
	headlineHeading: string;
	/** A fact check's estimates of the claim's own measure, which the rating weighs. */
	sameMeasureHeading: string;
	/** A fact check's estimates of other measures, which it does not. */
	otherMeasuresHeading: string;
	/** The label before what an estimate measures. */
	measure: string;
	/** Before the text's words in a chart heading: the Arabic edition quotes them, the others translate. */
	theTextSays: string;
	source: string;
	sources: string;
	/** The disclosure an embed folds its subtitle, notes and sources into past a host's height clamp. */
	embedFold: string;
	period: string;
	otherEdition: string;
	downloadsNote: string;
	summaryJson: string;
	ibcCredit: string;
	gallery: string;
	figures: Record<FigureId, string>;
	datasets: Record<DatasetName, string>;
}

const ar: Messages = {
	siteTitle: 'العراق 2003–2013: الحرب بالأرقام',
	deck: 'من الطريق إلى الحرب بعد 1991 إلى الغزو والاحتلال وما كلّفاه: وفيات التحالف وجرحاه، والكلفة المالية، والضحايا المدنيون، كما ترويها المصادر.',
	headlineHeading: 'الأرقام الرئيسية',
	sameMeasureHeading:
		'إحصاءات أخرى للمقياس نفسه، لفترات أخرى أو بحدّين أدنى وأعلى، لا نجري معها حساباً لكن التقييم يأخذها في الحسبان:',
	otherMeasuresHeading:
		'تقديرات أخرى تقيس غير ما يقيسه النص، فلا تُقارن به حسابياً ولا يُبنى عليها التقييم:',
	measure: 'المقياس',
	theTextSays: 'النص',
	source: 'المصدر',
	sources: 'المصادر',
	embedFold: 'عن هذا الرسم: الملاحظات والمصادر',
	period: 'الفترة',
	otherEdition: 'English',
	downloadsNote: 'كل ملف بصيغة CSV مع عمود المصدر لكل رقم.',
	summaryJson: 'الأرقام الرئيسية (JSON)',
	gallery: 'معرض الرسوم البيانية',
	ibcCredit: 'بيانات الضحايا المدنيين © مشروع «إحصاء الجثث في العراق» (Iraq Body Count).',
	figures: {
		us_deaths_total:
			'حصيلة وزارة الدفاع الأمريكية لوفيات الجيش الأمريكي في الحرب من كل الأسباب، قبيل الانسحاب',
		us_deaths_hostile:
			'عدد وفيات الجيش الأمريكي بأعمال عدائية، حسب وزارة الدفاع الأمريكية (جزء من مجموع الوفيات)',
		us_deaths_icasualties:
			'عدد وفيات الجيش الأمريكي في سجلات موقع iCasualties، بإحصائنا لسجلاته (حتى شباط 2012، ومنهم من مات خارج العراق)',
		us_wounded_total: 'عدد جرحى الجيش الأمريكي في أعمال عدائية، حسب وزارة الدفاع الأمريكية',
		uk_deaths_total: 'عدد وفيات الجيش البريطاني، حسب وزارة الدفاع البريطانية',
		coalition_deaths_total: 'حصيلة رويترز لوفيات قوات التحالف كلها في نهاية الحرب',
		coalition_deaths_non_us: 'عدد وفيات التحالف من غير الأمريكيين، من حصيلة رويترز نفسها',
		coalition_deaths_us_reuters:
			'عدد وفيات الجيش الأمريكي في حصيلة رويترز نفسها، لا في حصيلة وزارة الدفاع',
		coalition_countries_with_deaths:
			'عدد دول التحالف التي فقدت جنوداً (إحصاء iCasualties كما ينقله موقع تجميعي)',
		coalition_invasion_troops:
			'عدد الجنود الأمريكيين وجنود التحالف في المنطقة خلال الغزو، حسب وزارة الدفاع الأمريكية',
		ibc_civilian_deaths_2003_2013:
			'عدد القتلى المدنيين الموثقين 2003–2013: مجموعنا للأرقام الشهرية لمشروع «إحصاء الجثث في العراق» (بيانات آذار 2012 وكانون الثاني 2015)',
		ibc_peak_year: 'أكثر السنوات دموية للمدنيين',
		ibc_peak_year_deaths:
			'عدد القتلى المدنيين الموثقين في تلك السنة: مجموعنا لأرقامها الشهرية (بيانات آذار 2012)',
		invasion_days_to_baghdad: 'عدد الأيام من الضربة الأولى إلى سقوط تمثال ساحة الفردوس',
		plos_2013_excess_deaths:
			'عدد الوفيات الزائدة بين العراقيين حتى منتصف 2011 (التقدير المركزي لمسح، من دون وفيات المهاجرين)',
		plos_2013_excess_deaths_with_migration:
			'عدد الوفيات الزائدة بين العراقيين حتى منتصف 2011 مع احتساب وفيات المهاجرين (تقدير مسحي)',
		us_war_cost_crs_fy2001_2014: 'مخصصات الكونغرس لحرب العراق، السنوات المالية 2001–2014',
		us_war_cost_costs_of_war_2050:
			'كلفة حربَي العراق وسوريا معاً في الميزانية، مع رعاية المحاربين القدامى حتى 2050 (مشروع «تكاليف الحرب»)',
		thunder_run_abrams: 'عدد دبابات أبرامز في «الاندفاعة الرعدية» الأولى',
		thunder_run_bradleys: 'عدد مدرعات برادلي في «الاندفاعة الرعدية» الأولى'
	},
	datasets: {
		coalition_deaths: 'وفيات العسكريين في التحالف حسب الدولة (مجموع الحرب وحصائل تراكمية مؤرخة)',
		us_casualties_monthly: 'وفيات الجيش الأمريكي وجرحاه شهرياً 2003–2011',
		us_casualties: 'أرقام رسمية وتراكمية لوفيات الجيش الأمريكي وجرحاه',
		troop_levels_monthly: 'أعداد القوات الأمريكية وقوات التحالف شهرياً 2003–2010',
		coalition_composition:
			'تكوين التحالف: قوة الغزو، وقوام القوة المتعددة الجنسيات في تواريخ متفرقة، ومواعيد الانسحاب',
		ibc_civilian_deaths_monthly: 'القتلى المدنيون الموثقون شهرياً 2003–2013 (إحصاء الجثث في العراق)',
		ibc_published_totals: 'مجاميع منشورة لإحصاء الجثث في العراق بتواريخ نشرها',
		death_estimates: 'التقديرات المنشورة لعدد الوفيات العراقية مع هوامش عدم اليقين',
		invasion_timeline: 'الجدول الزمني للغزو (آذار – أيار 2003)',
		war_costs: 'كلفة الحرب على الولايات المتحدة',
		force_counts: 'أعداد الوحدات المذكورة في رواية الغزو',
		claims: 'أرقام النص الأصلي ومقارنتها بالمصادر',
		sources: 'قائمة المصادر'
	}
};

const en: Messages = {
	siteTitle: 'Iraq 2003–2013: the war in numbers',
	deck: 'From the road to war after 1991 to the invasion, the occupation and its cost: coalition dead and wounded, money, and the civilian toll, as the sources tell it.',
	headlineHeading: 'Headline figures',
	sameMeasureHeading:
		'Other counts of the same measure, for other periods or as a minimum and maximum: no arithmetic is done with them, but the rating weighs them:',
	otherMeasuresHeading:
		'Other estimates, which measure something else, so no arithmetic is done with them and the rating does not rest on them:',
	measure: 'Measure',
	theTextSays: 'The text, in translation',
	source: 'Source',
	sources: 'Sources',
	embedFold: 'About this chart: notes and sources',
	period: 'Period',
	otherEdition: 'العربية',
	downloadsNote: 'Every file is CSV, with the source of every figure in its own column.',
	summaryJson: 'Headline figures (JSON)',
	gallery: 'Chart gallery',
	ibcCredit: 'Civilian casualty data © Iraq Body Count.',
	figures: {
		us_deaths_total:
			'US military deaths in the war, the Defense Department’s tally before the withdrawal',
		us_deaths_hostile:
			'US military deaths from hostile action, Defense Department (a part of all deaths)',
		us_deaths_icasualties:
			'US military deaths in iCasualties’ records, as we counted them (to February 2012, deaths outside Iraq included)',
		us_wounded_total: 'US military wounded in hostile action, Defense Department',
		uk_deaths_total: 'UK military deaths, Ministry of Defence',
		coalition_deaths_total:
			'Coalition military deaths, all countries: Reuters’ tally at the war’s end',
		coalition_deaths_non_us: 'Coalition military deaths other than US, from the same Reuters tally',
		coalition_deaths_us_reuters:
			'US military deaths in the same Reuters tally, not the Defense Department’s',
		coalition_countries_with_deaths:
			'Number of coalition countries that lost soldiers (iCasualties’ count as an aggregator relays it)',
		coalition_invasion_troops:
			'US and coalition troops in the region during the invasion, by the Pentagon’s count',
		ibc_civilian_deaths_2003_2013:
			'Documented civilian deaths 2003–2013: our sum of Iraq Body Count’s monthly figures (data of March 2012 and January 2015)',
		ibc_peak_year: 'Deadliest year for civilians',
		ibc_peak_year_deaths:
			'Documented civilian deaths that year: our sum of its months (data of March 2012)',
		invasion_days_to_baghdad:
			'Number of days from the first strike to the fall of the Firdos Square statue',
		plos_2013_excess_deaths:
			'Excess Iraqi deaths to mid-2011 (a survey’s central estimate, without deaths among emigrants)',
		plos_2013_excess_deaths_with_migration:
			'Excess Iraqi deaths to mid-2011, counting deaths among emigrants (survey estimate)',
		us_war_cost_crs_fy2001_2014: 'Congressional appropriations for the Iraq war, FY2001–FY2014',
		us_war_cost_costs_of_war_2050:
			'Budgetary cost of the wars in Iraq and Syria together, incl. veterans’ care to 2050 (Costs of War)',
		thunder_run_abrams: 'Number of Abrams tanks in the first “Thunder Run”',
		thunder_run_bradleys: 'Number of Bradley vehicles in the first “Thunder Run”'
	},
	datasets: {
		coalition_deaths:
			'Coalition military deaths by country (war totals and dated cumulative tallies)',
		us_casualties_monthly: 'US military deaths and wounded by month, 2003–2011',
		us_casualties: 'Official and cumulative US casualty figures',
		troop_levels_monthly: 'US and coalition troops in Iraq by month, 2003–2010',
		coalition_composition: 'Coalition composition: invasion force, MNF snapshots, withdrawals',
		ibc_civilian_deaths_monthly: 'Documented civilian deaths by month, 2003–2013 (Iraq Body Count)',
		ibc_published_totals: 'Iraq Body Count totals as published, with their dates',
		death_estimates: 'Published estimates of Iraqi deaths, with their uncertainty',
		invasion_timeline: 'Invasion timeline, March–May 2003',
		war_costs: 'The cost of the war to the US',
		force_counts: 'Unit counts named in the invasion narrative',
		claims: 'The text’s numeric claims and the sourced figures',
		sources: 'List of sources'
	}
};

export const MESSAGES: Record<Lang, Messages> = { ar, en };
