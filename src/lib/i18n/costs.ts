/** How each edition names a cost estimate's scope, what it counts and what kind it is. */
import type { CostEstimate } from '$lib/stats';
import { comma, type Lang } from './lang';

export const GEOGRAPHY_LABELS: Record<CostEstimate['geography'], { ar: string; en: string }> = {
	iraq: { ar: 'العراق', en: 'Iraq' },
	iraq_syria: { ar: 'العراق وسوريا معاً', en: 'Iraq and Syria together' },
	post_911_wars: { ar: 'كل حروب ما بعد 11 أيلول', en: 'all post-9/11 wars' }
};

export const COUNTS_LABELS: Record<CostEstimate['counts'], { ar: string; en: string }> = {
	appropriations: {
		ar: 'مخصصات الكونغرس (الدفاع والخارجية والرعاية الطبية للمحاربين القدامى)',
		en: 'congressional appropriations (defence, State/USAID, veterans’ medical care)'
	},
	war_appropriations: {
		ar: 'تمويل الحرب الطارئ في الميزانية',
		en: 'emergency war funding'
	},
	state_usaid_spending: {
		ar: 'إنفاق وزارة الخارجية والوكالة الأمريكية للتنمية',
		en: 'State Department and USAID spending'
	},
	budgetary_to_date: {
		ar: 'الكلفة في الميزانية حتى تاريخه',
		en: 'budgetary cost to date'
	},
	budgetary_incl_future_veterans: {
		ar: 'الكلفة في الميزانية مع رعاية المحاربين القدامى حتى 2050',
		en: 'budgetary cost including veterans’ care to 2050'
	},
	economic_cost: {
		ar: 'تقدير الكلفة الاقتصادية الكاملة',
		en: 'estimated full economic cost'
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
		flat = flat.replace(/\s*\(([^()]*)\)/g, lang === 'ar' ? '، $1' : ', $1');
	}
	return flat;
}

/** "for Iraq" as a phrase: the Arabic preposition joins the word (للعراق). */
const FOR_GEOGRAPHY: Record<CostEstimate['geography'], { ar: string; en: string }> = {
	iraq: { ar: 'للعراق', en: 'for Iraq' },
	iraq_syria: { ar: 'للعراق وسوريا معاً', en: 'for Iraq and Syria together' },
	post_911_wars: { ar: 'لكل حروب ما بعد 11 أيلول', en: 'for all post-9/11 wars' }
};

/**
 * What a cost estimate is, as two sentences to follow its amount, with no parentheses: a
 * summary that puts `costLabel` in parentheses nests them three deep (the label's own, its
 * period's, the summary's). "وهو تقدير دائرة أبحاث الكونغرس، تشرين الأول 2005، نقلاً عن
 * لوستيك. ويحسب مخصصات الكونغرس، أي …، للعراق، حتى السنة المالية 2005."
 */
export function costSentences(c: CostEstimate, lang: Lang): string {
	const label = unparen(c.label[lang], lang);
	const period = unparen(c.period[lang], lang);
	const counts = unparen(COUNTS_LABELS[c.counts][lang], lang).replace(
		comma(lang),
		lang === 'ar' ? '، أي ' : ': '
	);
	const where = FOR_GEOGRAPHY[c.geography][lang];
	return lang === 'ar'
		? `وهو تقدير ${label}. ويحسب ${counts}، ${where}، ${period}.`
		: `It is the estimate of ${label}. It counts ${counts}, ${where}, ${period}.`;
}

export const COST_KIND_LABELS: Record<CostEstimate['kind'], { ar: string; en: string }> = {
	component: { ar: 'جزء من الإنفاق', en: 'Part of the spending' },
	fiscal_year: { ar: 'تمويل سنة مالية', en: 'Fiscal-year funding' },
	annual_quote: { ar: 'كلفة سنوية', en: 'Annual cost' },
	annual_projection: { ar: 'كلفة سنوية متوقعة', en: 'Projected annual cost' },
	appropriations_to_date: { ar: 'مخصصات الميزانية', en: 'Appropriations' },
	budgetary_to_date: { ar: 'كلفة في الميزانية حتى تاريخه', en: 'Budgetary cost to date' },
	long_term: { ar: 'تقدير بعيد المدى', en: 'Long-term estimate' }
};
