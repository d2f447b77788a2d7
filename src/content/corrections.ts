/**
 * The corrections log: what changed in a figure or a rating, when, and why, newest first.
 * Editors add an entry here with every change a reader could notice; the sources page prints
 * it in both editions. Old values are written as they were published, so they are typed here.
 */
export interface Correction {
	/** ISO date the change was published. */
	readonly date: string;
	readonly ar: string;
	readonly en: string;
}

export const CORRECTIONS: readonly Correction[] = [
	{
		date: '2026-12-07',
		en: 'Ratings on one rule for the middle of the scale: what a claim gets wrong decides its rating, so errors of one kind are rated alike. The 173rd Airborne’s drop (C05), rated Mostly accurate, is now Partly accurate: the date and the Peshmerga hold, but the drop was at Bashur, north-east of Erbil, not near Kirkuk; Basra (C14), which credits US forces with what British forces did, was already Partly accurate. The fact checks now say a sourced figure’s difference from the text’s and its ratio as two sentences, and tell counts of the claim’s own measure, which the rating weighs, from other measures. The monthly civilian series is described as what it is: IBC’s maximum recorded for 2003–2011 and its published figures for 2012–2013, a documented count below the full toll, no longer “a documented minimum”.',
		ar: 'التقييمات على قاعدة واحدة لوسط السلّم: ما يخطئ فيه الادعاء يحدّد درجته، فيُقيَّم الخطآن من النوع نفسه بالدرجة نفسها. كان إنزال اللواء 173 المحمول جواً (C05) مقيّماً «دقيق في معظمه»، وصار «دقيق جزئياً»: فالتاريخ والبيشمركة صحيحان، لكن الإنزال كان في باشور شمال شرقي أربيل لا قرب كركوك؛ أما ادعاء البصرة (C14)، الذي ينسب إلى القوات الأمريكية ما فعلته القوات البريطانية، فكان «دقيق جزئياً» من قبل. وصارت بطاقات التدقيق تذكر الفرق بين الرقم الموثق ورقم النص في جملة، ونسبة أحدهما إلى الآخر في جملة ثانية، وتفصل إحصاءات المقياس نفسه، التي يأخذها التقييم في الحسبان، عن المقاييس الأخرى. وصار وصف السلسلة الشهرية للقتلى المدنيين مطابقاً لما هي عليه: «الحد الأعلى المسجَّل» لدى مشروع «إحصاء الجثث في العراق» لأشهر 2003–2011، وأرقامه المنشورة لعامَي 2012 و2013، أي إحصاء موثق أقل من الحصيلة الكاملة، لا «حد أدنى موثق».'
	},
	{
		date: '2026-12-07',
		en: 'Explore dashboard: rates per 100,000 people now divide by the Central Statistical Organization’s official 2010 governorate populations, not the World Food Programme’s 2007 district figures, which put Dahuk below its 1997 census and made its rates about three times too high (Kirkuk’s and Basra’s too high as well). The page now says which population and year each rate uses, that rates use Iraq Body Count’s minimum, and that governorate populations are contested; the governorate figures’ standing, secondary copies, is printed beside the map, the comparison and the story’s invitation.',
		ar: 'لوحة الاستكشاف: صارت المعدلات لكل 100 ألف نسمة تُقسَم على أعداد سكان المحافظات الرسمية لعام 2010 بتقدير الجهاز المركزي للإحصاء، لا على أرقام برنامج الأغذية العالمي لأقضية عام 2007، التي جعلت سكان دهوك أقل من تعداد 1997 ومعدلاتها أعلى من الصواب بنحو ثلاثة أضعاف (ومعدلات كركوك والبصرة أعلى أيضاً). وصارت الصفحة تذكر السكان والسنة اللذين يُقسَم عليهما كل معدل، وأن المعدلات تعتمد على الحد الأدنى لمشروع «إحصاء الجثث في العراق»، وأن أعداد سكان المحافظات موضع خلاف؛ وصار وصف أرقام المحافظات بأنها من نسخ ثانوية مطبوعاً بجانب الخريطة والمقارنة ودعوة القصة إلى اللوحة.'
	},
	{
		date: '2026-12-07',
		en: 'Ratings, after an independent fact-checking desk’s review. The start of the war (C03) was rated “Cannot be verified”; the Associated Press and ABC News (Australia) time the first strikes about 90 minutes after the deadline, so it is now Mostly accurate, the one error being that the ultimatum named Saddam Hussein and his sons, not his family. The next clause of the text, that Bush spoke 45 minutes later, is now rated too (C03B, Mostly accurate: the White House archive times the address at 10:16 p.m. Washington time; “last-chance strike” is not his phrase). The 300,000-strong army (C01) is now Mostly accurate, not Accurate: the figure is the coalition in the region, and nearly 100,000 were inside Iraq a week into the war. “More than 4,000 killed” (C09) is now Mostly accurate: the Defense Department’s 4,486 counts deaths from every cause, and fewer than 4,000 died from hostile action. The 500,000 civilians (C13) were Misleading and are now False, like the 4,500 wounded (C10): the rule that tells the two ratings apart is now printed under the scale and applied to every claim.',
		ar: 'التقييمات، بعد مراجعة مكتب مستقل لتدقيق الحقائق. كان ادعاء بدء الحرب (C03) مقيّماً «تعذّر التحقق منه»، لكن وكالة أسوشيتد برس وهيئة الإذاعة الأسترالية تؤرّخان الضربات الأولى بنحو 90 دقيقة بعد انقضاء المهلة، فصار «دقيق في معظمه»، والخطأ الوحيد فيه أن الإنذار وُجّه إلى صدام حسين ونجليه لا إلى عائلته. وصارت الجملة التالية في النص، أن بوش تكلّم بعد 45 دقيقة، مقيّمة أيضاً (C03B، «دقيق في معظمه»: يؤرّخ أرشيف البيت الأبيض الخطاب في العاشرة و16 دقيقة مساء بتوقيت واشنطن، و«ضربة الفرصة الاخيرة» ليست عبارته). وصار ادعاء الجيش ذي الثلاثمئة ألف جندي (C01) «دقيق في معظمه» بدلاً من «دقيق»: فالرقم لقوات التحالف في المنطقة، وكان نحو 100 ألف منها داخل العراق بعد أسبوع من بدء الحرب. وصار ادعاء «أكثر من أربعة آلاف قتيل» (C09) «دقيق في معظمه»: فحصيلة وزارة الدفاع الأمريكية 4,486 وفاة من كل الأسباب، ومن ماتوا بأعمال عدائية دون أربعة آلاف. وكان ادعاء الخمسمئة ألف مدني (C13) «مضلِّل» فصار «خاطئ»، مثل ادعاء الأربعة آلاف وخمسمئة جريح (C10): القاعدة التي تفرّق بين التقييمين منشورة الآن تحت السلّم ومطبّقة على كل الادعاءات.'
	},
	{
		date: '2026-12-07',
		en: 'Measures named exactly. US military figures are now called deaths, not “killed”, wherever the count includes deaths that were not from hostile action, and the story gives the part that was. The coalition step gives Reuters’ own American count beside the Defense Department’s, so its parts add up. The monthly US charts are said to use the Guardian’s series, not iCasualties’ records. The governorates on the explore map say what their numbers count.',
		ar: 'تسمية المقاييس بدقة. صارت أرقام الجيش الأمريكي تُسمّى «وفيات» لا «قتلى» حيثما شملت الحصيلة من ماتوا بغير أعمال عدائية، وتذكر القصة عدد من ماتوا بها. وصارت فقرة التحالف تذكر عدد الأمريكيين في حصيلة رويترز نفسها بجانب حصيلة وزارة الدفاع الأمريكية، فتتطابق أجزاؤها مع مجموعها. وصارت القصة تقول إن الرسوم الشهرية الأمريكية تعتمد على سلسلة صحيفة «الغارديان» لا على سجلات موقع iCasualties. وصارت المحافظات على خريطة الاستكشاف تذكر ما تعدّه أرقامها.'
	},
	{
		date: '2026-12-06',
		en: 'Wording of the Arabic edition, after an Arabic copy desk’s review: the rating for a claim no good source settles is now called «تعذّر التحقق منه» (“could not be verified”), no longer «لا يمكن التحقق منه», which said verification was impossible; the English name, “Cannot be verified”, and what the rating means are unchanged. The fact-checks state the ratio of a sourced figure to the text’s in words (“7.2 times the text’s figure”), not as “×7.2”. The coalition step no longer gives the text the words “coalition of the willing”, which it does not use: it quotes the text’s own «حلفًا اختياريّاً».',
		ar: 'صياغة الطبعة العربية بعد مراجعة مدقق لغوي: صار اسم تقييم الادعاء الذي لا يحسمه مصدر جيد «تعذّر التحقق منه» بدلاً من «لا يمكن التحقق منه»، لأن الصيغة القديمة توحي بأن التحقق مستحيل؛ ولم يتغير معنى التقييم ولا اسمه الإنجليزي. وصارت بطاقات التدقيق تذكر نسبة رقم المصادر إلى رقم النص بالكلمات، لا بعلامة الضرب. ولم تعد فقرة التحالف تنسب إلى النص تسمية تحالف الراغبين، وهي لا ترد فيه؛ وصارت تقتبس عبارته نفسها: «حلفًا اختياريّاً».'
	},
	{
		date: '2026-11-27',
		en: 'US military deaths: the headline is now the Defense Department’s own tally, 4,486 on 1 December 2011 (two weeks before the last troops left) as reported by Reuters. It was 4,477, a sum of operation totals taken from Reference.com, a host too weak to stand alone. US wounded in hostile action: 32,226, the Defense Department’s weekly tally as reported by AP on 29 November 2011 (was 32,246 from the same weak host).',
		ar: 'وفيات الجيش الأمريكي: الرقم الرئيسي الآن هو حصيلة وزارة الدفاع الأمريكية نفسها، 4,486 وفاة في 1 كانون الأول 2011 (قبل أسبوعين من خروج آخر القوات) كما نقلتها رويترز، وكان 4,477، وهو مجموع حصيلتَي عمليتَي «حرية العراق» و«الفجر الجديد» مأخوذ من موقع Reference.com الذي لا يكفي وحده مصدراً. جرحى الجيش الأمريكي في أعمال عدائية: 32,226 جريحاً حسب الحصيلة الأسبوعية لوزارة الدفاع كما نقلتها أسوشيتد برس في 29 تشرين الثاني 2011 (وكان 32,246 من الموقع نفسه).'
	},
	{
		date: '2026-11-27',
		en: 'Coalition deaths: the total is now Reuters’ tally at the end of the war (4,805, of them 318 not American), no longer our sum of an aggregator’s per-country table (4,803). UK deaths now cite the Ministry of Defence. The count of countries that lost soldiers (22) rests only on that aggregator and is marked unverified.',
		ar: 'وفيات التحالف: المجموع الآن حصيلة رويترز في نهاية الحرب (4,805 وفيات، منها 318 لغير الأمريكيين)، لا مجموعنا لجدول دول نقله موقع تجميعي (4,803). وصار عدد القتلى البريطانيين منسوباً إلى وزارة الدفاع البريطانية. أما عدد الدول التي فقدت جنوداً (22 دولة) فلا يستند إلا إلى ذلك الموقع، فوُسم بأنه غير مؤكد.'
	},
	{
		date: '2026-11-27',
		en: 'Invasion force: the total is now the Pentagon’s own count, about 290,000 US and coalition troops in the region on 26 March 2003, instead of our sum of figures from Wikipedia copies (297,194). The British force is 46,150 personnel, from the Iraq Inquiry’s report (was 45,000). The first “Thunder Run” vehicle counts are marked unverified: the accounts found give 29 or 30 tanks, and none is a primary or press source.',
		ar: 'قوة الغزو: المجموع الآن رقم وزارة الدفاع الأمريكية نفسها، نحو 290 ألف جندي أمريكي وجندي من دول التحالف في المنطقة يوم 26 آذار 2003، بدلاً من مجموعنا لأرقام من نسخ ويكيبيديا (297,194). والقوة البريطانية 46,150 فرداً بحسب تقرير لجنة التحقيق البريطانية في حرب العراق (وكانت 45 ألفاً). ووُسمت أعداد آليات «الاندفاعة الرعدية» الأولى بأنها غير مؤكدة: تذكر الروايات المتاحة 29 أو 30 دبابة، وليس بينها مصدر أولي أو صحفي.'
	},
	{
		date: '2026-11-27',
		en: 'Death estimates: grouped by what they measure (documented civilian deaths, documented deaths of all people, violent deaths and excess deaths estimated by surveys) instead of “counts” and “surveys”. The 461,000 of the 2013 PLOS Medicine survey no longer carries the interval 48,000–751,000, which the paper gives for its 405,000. The Costs of War project’s Iraq-only “300,000”, found only in reprints, is replaced by its own 2018 figures for Iraq. The Iraq Body Count total of 2019, taken from a Wikipedia copy and reaching beyond 2013, is dropped.',
		ar: 'تقديرات عدد القتلى: صارت مجمّعة حسب ما تقيسه (وفيات مدنيين موثقة، ووفيات موثقة لكل الفئات، ووفيات عنيفة ووفيات زائدة تقدّرها المسوح) بدلاً من «إحصاءات» و«مسوح». ولم يعد رقم 461 ألفاً من مسح «بلوس ميديسن» 2013 يحمل الهامش 48 ألفاً إلى 751 ألفاً، الذي يعطيه البحث لرقم 405 آلاف. وحلّت أرقام المشروع نفسه عن العراق لعام 2018 محلّ رقم «300 ألف» المنسوب إلى مشروع «تكاليف الحرب» عن العراق وحده، والذي لم نجده إلا في مقالات منقولة. وحُذف مجموع «إحصاء الجثث في العراق» لعام 2019 لأنه مأخوذ من نسخة من ويكيبيديا ويتجاوز عام 2013.'
	},
	{
		date: '2026-11-27',
		en: 'War costs: the 59 billion dollars the State Department and USAID spent on Iraq and Syria is no longer called an estimate of the war’s cost; every estimate now says whether it covers Iraq alone or Iraq and Syria together, and what it counts. Documented civilian deaths 2003–2013 are labelled as our sum of Iraq Body Count’s monthly figures, not as an IBC figure.',
		ar: 'كلفة الحرب: لم يعد مبلغ 59 مليار دولار الذي أنفقته وزارة الخارجية الأمريكية والوكالة الأمريكية للتنمية على العراق وسوريا يُعرض تقديراً لكلفة الحرب، وصار كل تقدير يذكر أيخصّ العراق وحده أم العراق وسوريا معاً، وماذا يحسب. ووُسم مجموع القتلى المدنيين الموثقين 2003–2013 بأنه مجموعنا للأرقام الشهرية لمشروع «إحصاء الجثث في العراق»، لا رقماً نشره المشروع.'
	},
	{
		date: '2026-11-27',
		en: 'Ratings: every claim was re-rated on the scale above, against the better sources. Changed: the Peshmerga link (C05) is now confirmed by Knight Ridder’s 2003 reporting (Mostly accurate); the 9 April claim (C08) was rated on the statue alone and is now Partly accurate, because the text also says US forces controlled all of Iraq that day; the Basra claim (C14) is now Partly accurate, because British forces took the city; the 500,000 civilians (C13) are now compared with documented civilian deaths, not with a survey of excess deaths of all Iraqis (Misleading). The Iraq Liberation Act (C15) is rated for the first time. The callouts now quote the text exactly.',
		ar: 'التقييمات: أُعيد تقييم كل ادعاءات النص على السلّم أعلاه وبالمصادر الأفضل. ومما تغيّر: صارت صلة اللواء 173 بالبيشمركة (C05) مؤكدة بتقارير «نايت ريدر» عام 2003 (دقيق في معظمه)؛ وكان ادعاء 9 نيسان (C08) مقيّماً على التمثال وحده، فصار «دقيق جزئياً» لأن النص يقول أيضاً إن القوات الأمريكية سيطرت على كل العراق ذلك اليوم؛ وصار ادعاء البصرة (C14) «دقيق جزئياً» لأن القوات البريطانية هي التي دخلت المدينة؛ وصار رقم 500 ألف مدني (C13) يُقارن بالقتلى المدنيين الموثقين لا بمسح للوفيات الزائدة بين كل العراقيين («مضلِّل»). وقُيّم قانون تحرير العراق (C15) أول مرة. وصارت بطاقات التدقيق تقتبس النص كما كُتب.'
	}
];
