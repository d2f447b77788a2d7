/** How each edition names a cost estimate's scope, what it counts and what kind it is. */
import type { CostEstimate } from '$lib/stats';
import { comma, type Lang } from './lang';
import { catalogOf } from './messages';

export const GEOGRAPHY_LABELS: Record<CostEstimate['geography'], Record<Lang, string>> = {
	iraq: { ar: 'العراق', en: 'Iraq', ckb: 'عێراق' },
	iraq_syria: {
		ar: 'العراق وسوريا معاً',
		en: 'Iraq and Syria together',
		ckb: 'عێراق و سووریا پێکەوە'
	},
	post_911_wars: {
		ar: 'كل حروب ما بعد 11 أيلول',
		en: 'all post-9/11 wars',
		ckb: 'هەموو جەنگەکانی دوای 11ی ئەیلوول'
	}
};

export const COUNTS_LABELS: Record<CostEstimate['counts'], Record<Lang, string>> = {
	appropriations: {
		ar: 'مخصصات الكونغرس (الدفاع والخارجية والرعاية الطبية للمحاربين القدامى)',
		en: 'congressional appropriations (defence, State/USAID, veterans’ medical care)',
		ckb: 'تەرخانکراوەکانی کۆنگرێس (بەرگری و دەرەوە و چاودێریی پزیشکیی کۆنەسەربازان)'
	},
	war_appropriations: {
		ar: 'تمويل الحرب الطارئ في الميزانية',
		en: 'emergency war funding',
		ckb: 'پارەی نائاسایی جەنگ لە بودجەدا'
	},
	state_usaid_spending: {
		ar: 'إنفاق وزارة الخارجية والوكالة الأمريكية للتنمية',
		en: 'State Department and USAID spending',
		ckb: 'خەرجیی وەزارەتی دەرەوە و ئاژانسی ئەمریکی بۆ گەشەپێدان'
	},
	budgetary_to_date: {
		ar: 'الكلفة في الميزانية حتى تاريخه',
		en: 'budgetary cost to date',
		ckb: 'تێچوو لە بودجەدا هەتا ئێستا'
	},
	budgetary_incl_future_veterans: {
		ar: 'الكلفة في الميزانية مع رعاية المحاربين القدامى حتى 2050',
		en: 'budgetary cost including veterans’ care to 2050',
		ckb: 'تێچوو لە بودجەدا لەگەڵ چاودێریی کۆنەسەربازان هەتا 2050'
	},
	economic_cost: {
		ar: 'تقدير الكلفة الاقتصادية الكاملة',
		en: 'estimated full economic cost',
		ckb: 'خەمڵاندنی تێچووی ئابووریی تەواو'
	}
};

/**
 * A cost estimate's name with what it covers and what it counts, in one line: no amount is
 * shown without its scope ("Iraq" or "Iraq and Syria together").
 */
export function costLabel(c: CostEstimate, lang: Lang): string {
	// the label and the period carry parentheses of their own: flattened, so that what the
	// estimate counts keeps the label's only pair
	return `${unparen(c.label[lang], lang)}${comma(lang)}${unparen(c.period[lang], lang)}: ${GEOGRAPHY_LABELS[c.geography][lang]}${comma(lang)}${COUNTS_LABELS[c.counts][lang]}`;
}

/** A parenthesis turned into a clause, innermost first: "X (Y (Z))" → "X، Y، Z" / "X, Y, Z". */
function unparen(text: string, lang: Lang): string {
	let flat = text;
	for (let prev = ''; prev !== flat;) {
		prev = flat;
		flat = flat.replace(/\s*\(([^()]*)\)/g, `${comma(lang)}$1`);
	}
	return flat;
}

/** "for Iraq" as a phrase: the Arabic preposition joins the word (للعراق). */
const FOR_GEOGRAPHY: Record<CostEstimate['geography'], Record<Lang, string>> = {
	iraq: { ar: 'للعراق', en: 'for Iraq', ckb: 'بۆ عێراق' },
	iraq_syria: {
		ar: 'للعراق وسوريا معاً',
		en: 'for Iraq and Syria together',
		ckb: 'بۆ عێراق و سووریا پێکەوە'
	},
	post_911_wars: {
		ar: 'لكل حروب ما بعد 11 أيلول',
		en: 'for all post-9/11 wars',
		ckb: 'بۆ هەموو جەنگەکانی دوای 11ی ئەیلوول'
	}
};

/**
 * What an estimate counts, as a sentence says it: the thing counted, then what it is made of
 * when that needs saying (the appropriations' three parts), so no parenthesis is needed.
 */
const COUNTS_PHRASES: Record<
	CostEstimate['counts'],
	Record<Lang, { readonly head: string; readonly parts?: string }>
> = {
	appropriations: {
		ar: {
			head: 'مخصصات الكونغرس',
			parts: 'مخصصات الدفاع والخارجية والرعاية الطبية للمحاربين القدامى'
		},
		en: {
			head: 'congressional appropriations',
			parts: 'defence, State/USAID and veterans’ medical care'
		},
		ckb: {
			head: 'تەرخانکراوەکانی کۆنگرێس',
			parts: 'تەرخانکراوەکانی بەرگری و دەرەوە و چاودێریی پزیشکیی کۆنەسەربازان'
		}
	},
	war_appropriations: {
		ar: { head: 'تمويل الحرب الطارئ في الميزانية' },
		en: { head: 'emergency war funding' },
		ckb: { head: 'پارەی نائاسایی جەنگ لە بودجەدا' }
	},
	state_usaid_spending: {
		ar: { head: 'إنفاق وزارة الخارجية والوكالة الأمريكية للتنمية' },
		en: { head: 'State Department and USAID spending' },
		ckb: { head: 'خەرجیی وەزارەتی دەرەوە و ئاژانسی ئەمریکی بۆ گەشەپێدان' }
	},
	budgetary_to_date: {
		ar: { head: 'الكلفة في الميزانية حتى تاريخه' },
		en: { head: 'the budgetary cost to date' },
		ckb: { head: 'تێچوو لە بودجەدا هەتا ئێستا' }
	},
	budgetary_incl_future_veterans: {
		ar: { head: 'الكلفة في الميزانية مع رعاية المحاربين القدامى حتى 2050' },
		en: { head: 'the budgetary cost including veterans’ care to 2050' },
		ckb: { head: 'تێچوو لە بودجەدا لەگەڵ چاودێریی کۆنەسەربازان هەتا 2050' }
	},
	economic_cost: {
		ar: { head: 'الكلفة الاقتصادية الكاملة' },
		en: { head: 'the full economic cost' },
		ckb: { head: 'تێچووی ئابووریی تەواو' }
	}
};

/**
 * What a cost estimate is, as two short sentences to follow its amount, with no parentheses
 * and no run of commas: whose estimate it is, then what it counts, where and over what period.
 * «، في تقدير دائرة أبحاث الكونغرس، تشرين الأول 2005، نقلاً عن لوستيك. وهو يحسب مخصصات
 * الكونغرس للعراق حتى السنة المالية 2005، أي مخصصات الدفاع والخارجية والرعاية الطبية
 * للمحاربين القدامى.»
 */
export function costSentences(c: CostEstimate, lang: Lang): string {
	const label = unparen(c.label[lang], lang);
	const period = unparen(c.period[lang], lang);
	const { head, parts } = COUNTS_PHRASES[c.counts][lang];
	const where = FOR_GEOGRAPHY[c.geography][lang];
	const words = catalogOf(lang);
	return words['cost.sentences']({
		label,
		head,
		where,
		period,
		parts: parts ? words['cost.parts']({ parts }) : ''
	});
}

export const COST_KIND_LABELS: Record<CostEstimate['kind'], Record<Lang, string>> = {
	component: { ar: 'جزء من الإنفاق', en: 'Part of the spending', ckb: 'بەشێک لە خەرجی' },
	fiscal_year: { ar: 'تمويل سنة مالية', en: 'Fiscal-year funding', ckb: 'پارەی ساڵێکی دارایی' },
	annual_quote: { ar: 'كلفة سنوية', en: 'Annual cost', ckb: 'تێچووی ساڵانە' },
	annual_projection: {
		ar: 'كلفة سنوية متوقعة',
		en: 'Projected annual cost',
		ckb: 'تێچووی ساڵانەی پێشبینیکراو'
	},
	appropriations_to_date: {
		ar: 'مخصصات الميزانية',
		en: 'Appropriations',
		ckb: 'تەرخانکراوەکانی بودجە'
	},
	budgetary_to_date: {
		ar: 'كلفة في الميزانية حتى تاريخه',
		en: 'Budgetary cost to date',
		ckb: 'تێچوو لە بودجەدا هەتا ئێستا'
	},
	long_term: { ar: 'تقدير بعيد المدى', en: 'Long-term estimate', ckb: 'خەمڵاندنی دوورمەودا' }
};
