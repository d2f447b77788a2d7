/** The claim verdicts of data/claims.csv in both languages (the data holds the English label). */
import type { Lang } from '$lib/stats';

const AR: Record<string, string> = {
	'approximately supported': 'صحيح تقريباً',
	'partly supported': 'صحيح جزئياً',
	'plausible, time NOT verified': 'محتمل، والتوقيت غير مؤكد',
	misleading: 'مضلل',
	'numbers match a secondary source; target description inaccurate':
		'الأرقام تطابق مصدراً ثانوياً؛ ووصف الهدف غير دقيق',
	supported: 'صحيح',
	'supported (statue)': 'صحيح (التمثال)',
	'supported (understated)': 'صحيح (لكنه أقل من الرقم الفعلي)',
	false: 'غير صحيح',
	'false (vastly understated)': 'غير صحيح (أقل بكثير من الواقع)',
	'not supported as stated': 'لا تدعمه المصادر بهذه الصيغة'
};

export const verdictText = (verdict: string, lang: Lang): string =>
	lang === 'ar' ? (AR[verdict] ?? verdict) : verdict.charAt(0).toUpperCase() + verdict.slice(1);

export const hasArabicVerdict = (verdict: string): boolean => verdict in AR;
