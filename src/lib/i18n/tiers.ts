/** Source tiers in words, for the sources page. */
import type { Tier } from '$lib/stats';
import type { Lang } from './lang';

export const TIER_TEXT: Record<Tier, Record<Lang, { name: string; meaning: string }>> = {
	primary: {
		ar: { name: 'أولي', meaning: 'بيانات الجهة التي جمعت الرقم أو نشرته أول مرة.' },
		en: { name: 'Primary', meaning: 'The data or release of whoever compiled the figure.' }
	},
	official: {
		ar: { name: 'رسمي', meaning: 'جهة حكومية أو برلمانية أو دولية، أو نص وثيقتها الكامل.' },
		en: {
			name: 'Official',
			meaning:
				'A government, parliamentary or international body, or the full text of its document.'
		}
	},
	peer_reviewed: {
		ar: { name: 'محكَّم', meaning: 'بحث منشور في مجلة علمية محكَّمة.' },
		en: { name: 'Peer-reviewed', meaning: 'Research published in a peer-reviewed journal.' }
	},
	press: {
		ar: { name: 'صحفي', meaning: 'مؤسسة إخبارية لها معايير تحرير.' },
		en: { name: 'Press', meaning: 'A news organisation with editorial standards.' }
	},
	secondary: {
		ar: {
			name: 'ثانوي',
			meaning: 'كتاب أو موسوعة مرجعية أو تجميع ينقل عن غيره: يؤيد ولا يكفي وحده.'
		},
		en: {
			name: 'Secondary',
			meaning: 'A book, reference work or compilation relaying others: corroborates, never alone.'
		}
	},
	weak: {
		ar: {
			name: 'ضعيف',
			meaning:
				'منتدى أو مدونة أو نسخة من ويكيبيديا أو مجمِّع بيانات أو موسوعة مكتوبة بالذكاء الاصطناعي: يؤيد فقط.'
		},
		en: {
			name: 'Weak',
			meaning:
				'A forum, blog, Wikipedia copy, aggregator or AI-written encyclopedia: corroboration only.'
		}
	}
};
