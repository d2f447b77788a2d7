/**
 * The house glossary: for each thing the site names in more than one place, the one term each
 * edition uses and the variants it does not. The Arabic copy desk's list (issue 20) is its first
 * content. `tests/e2e/copyDesk.spec.ts` holds every text of the built site to it (pages, story
 * figures, embeds, share pages: visible text, alt, aria-label, meta descriptions), outside code,
 * marked foreign-language elements and exact quotations of the Arabic text, which keep its own
 * spelling. Add a term here when a second spelling turns up; never allow one in the test.
 */
import type { Lang } from './lang';

export interface GlossaryTerm {
	/** The term as the edition writes it. */
	readonly term: string;
	/** What the edition does not write instead; a pattern where a plain string would overreach. */
	readonly banned: readonly (string | RegExp)[];
	/** Why this term, for the editor who meets the rule. */
	readonly why: string;
}

/** Arabic letters, for patterns that must match a whole word (JavaScript's `\b` is Latin-only). */
const AR = '\\u0600-\\u06FF';
/** A whole Arabic word, with its attached prefixes (و، ف، ب، ل، ك، ال…). */
const word = (w: string, prefixes = '(?:و|ف|ب|ل|ك)?(?:ال)?') =>
	new RegExp(`(?<![${AR}])${prefixes}${w}(?![${AR}])`, 'u');

export const GLOSSARY: Record<Lang, readonly GlossaryTerm[]> = {
	ar: [
		{
			term: 'مزرعة الدورة',
			banned: ['مزارع الدورة'],
			why: 'الموقع الذي استهدفته الضربة الأولى مجمّع واحد (Dora Farms)، والمفرد أوضح.'
		},
		{
			term: 'بريطانيا',
			banned: ['المملكة المتحدة'],
			why: 'اسم واحد للدولة في كل النصوص، وهو اسم النص الأصلي والاسم الشائع في الصحافة العربية.'
		},
		{
			term: '«الغارديان»',
			banned: [new RegExp(`(?<!«)(?:ال)?غارديان(?!»)`, 'u')],
			why: 'أسماء الصحف بين علامتي تنصيص، كما في «واشنطن بوست».'
		},
		{
			term: 'وفيات الجيش الأمريكي',
			banned: ['قتلى الجيش الأمريكي', 'القتلى الأمريكي', 'قتلى التحالف', 'قتلى قوات التحالف'],
			why: 'حصائل وزارة الدفاع الأمريكية وحصائل التحالف تعدّ الوفيات من كل الأسباب، عدائية وغير عدائية، فهي «وفيات» لا «قتلى»؛ ومن ماتوا بأعمال عدائية جزء منها يُسمّى باسمه.'
		},
		{
			term: '«تكاليف الحرب»',
			banned: [/(?<!«)تكاليف الحرب(?!»)/u],
			why: 'اسم مشروع جامعة براون بين علامتي تنصيص، تمييزاً له من الكلفة نفسها.'
		},
		{
			term: 'هامش عدم اليقين',
			banned: [/هامش (?:ال)?خطأ/u, /فترة (?:ال)?ثقة/u, /هامش عدم يقين/u, /مجال (?:ال)?ثقة/u],
			why: 'مصطلح واحد لمدى التقدير، أياً كان اسمه عند المصدر (uncertainty أو confidence interval).'
		},
		{
			term: 'متوافر، يتوافر',
			banned: [/متوفر/u, /[يت]توفر/u],
			why: 'متوافر هي الصيغة الفصيحة؛ ومتوفر بمعنى الكثير.'
		},
		{
			term: 'غيت هب',
			banned: ['GitHub', 'جيت هب', 'جيتهاب', 'غيتهاب', 'قيت هب'],
			why: 'اسم الموقع بالحروف العربية في النص العربي؛ ويبقى GitHub في المراجع الإنجليزية المعلَّمة.'
		},
		{
			term: 'الحصائل',
			banned: [word('حصيلات')],
			why: 'جمع حصيلة: حصائل.'
		},
		{
			term: 'البيشمركة الكردية',
			banned: [/البيشمركة الكردستانية/u, /بيشمركة كوردستان/u, /البشمركة/u],
			why: 'تسمية واحدة للقوات الكردية، بلا «كوردستان» ولا صيغ أخرى للاسم.'
		},
		{
			term: 'مقاتل (للبيشمركة)',
			banned: [
				// a label's colon does not end the phrase («البيشمركة الكردية: 70,000 جندي»)
				/(?:جندي|جنود|جندياً)[^.؛]{0,20}البيشمركة/u,
				/البيشمركة[^.؛]{0,20}(?:جندي|جنود|جندياً)/u
			],
			why: 'البيشمركة قوة كردية لا جيش دولة: أفرادها مقاتلون لا جنود.'
		},
		{
			term: 'القوة المتعددة الجنسيات',
			banned: [/(?:القوة|القوات|قوة|قوات) متعددة الجنسيات/u],
			why: 'النعت معرّف كمنعوته: القوة المتعددة الجنسيات.'
		},
		{
			term: 'السكربت',
			banned: ['سكريبت', 'البرنامج النصي', 'النص البرمجي'],
			why: 'كلمة واحدة لملف التضمين الذي يُنسخ مع الإطار.'
		},
		{
			term: 'الشيفرة',
			banned: [word('كود'), 'الرمز البرمجي', 'شفرة'],
			why: 'كلمة واحدة لما يُنسخ للتضمين.'
		},
		{
			term: 'نسخ',
			banned: [word('انسخ', ''), 'استنساخ'],
			why: 'الأزرار بصيغة المصدر: «نسخ الرابط»، «نسخ».'
		},
		{
			term: 'المفرّغة',
			banned: ['غير المعبّأة', 'غير المعبأة', 'الفارغة'],
			why: 'الدائرة المفرّغة: المصطلح المألوف في وصف الرسوم.'
		},
		{
			term: 'خيارات العرض',
			banned: ['حالة الرسم'],
			why: 'اسم أدوات اختيار العرض كما يفهمه القارئ، لا كما يسمّيه المبرمج.'
		}
	],
	// Sorani: the house spellings of Kurdish place names (the orthography test holds the letters)
	ckb: [
		{
			term: 'هەولێر',
			banned: ['ئەربیل', 'ئەربیلی'],
			why: 'The city’s Kurdish name; «ئەربیل» is the Arabic name in Kurdish letters.'
		},
		{
			term: 'دهۆک',
			banned: ['دهوک'],
			why: 'Sorani writes the vowel ۆ.'
		},
		{
			term: 'سلێمانی',
			banned: ['سلیمانیە', 'سولەیمانیە'],
			why: 'The city’s Kurdish name, not the Arabic السليمانية in Kurdish letters.'
		}
	],
	en: [
		{
			term: 'Dora Farms',
			banned: [/Dora Farm(?!s)/],
			why: 'One name for the compound the first strike hit, as the reporting has it.'
		},
		{
			term: 'Multi-National Force',
			banned: [/\bMultinational Force\b/, /\bMulti-national Force\b/],
			why: 'The force’s own name (Multi-National Force – Iraq).'
		},
		{
			term: 'Peshmerga fighters',
			banned: [/\bPeshmerga (?:soldiers|troops)\b/],
			why: 'The Peshmerga are a Kurdish force, not a state’s army.'
		}
	]
};
