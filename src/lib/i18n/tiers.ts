/** Source tiers in words, for the sources page. */
import type { Tier } from '$lib/stats';
import type { Lang } from './lang';

export const TIER_TEXT: Record<Tier, Record<Lang, { name: string; meaning: string }>> = {
	primary: {
		ar: { name: 'أولي', meaning: 'بيانات الجهة التي جمعت الرقم أو نشرته أول مرة.' },
		en: { name: 'Primary', meaning: 'The data or release of whoever compiled the figure.' },
		ckb: {
			name: 'سەرەتایی',
			meaning: 'داتای ئەو لایەنەی ژمارەکەی کۆکردۆتەوە یان یەکەمجار بڵاوی کردۆتەوە.'
		}
	},
	official: {
		ar: { name: 'رسمي', meaning: 'جهة حكومية أو برلمانية أو دولية، أو نص وثيقتها الكامل.' },
		en: {
			name: 'Official',
			meaning:
				'A government, parliamentary or international body, or the full text of its document.'
		},
		ckb: {
			name: 'فەرمی',
			meaning: 'دەزگایەکی حکومی، پەرلەمانی یان نێودەوڵەتی، یان دەقی تەواوی بەڵگەنامەکەی.'
		}
	},
	peer_reviewed: {
		ar: { name: 'محكَّم', meaning: 'بحث منشور في مجلة علمية محكَّمة.' },
		en: { name: 'Peer-reviewed', meaning: 'Research published in a peer-reviewed journal.' },
		ckb: {
			name: 'زانستیی هەڵسەنگێنراو',
			meaning: 'توێژینەوەیەک کە لە گۆڤارێکی زانستیی هەڵسەنگێنراودا بڵاوکراوەتەوە.'
		}
	},
	press: {
		ar: { name: 'صحفي', meaning: 'مؤسسة إخبارية لها معايير تحرير.' },
		en: { name: 'Press', meaning: 'A news organisation with editorial standards.' },
		ckb: { name: 'ڕۆژنامەوانی', meaning: 'دەزگایەکی هەواڵ کە ستانداردی سەرنووسەریی هەیە.' }
	},
	secondary: {
		ar: {
			name: 'ثانوي',
			meaning: 'كتاب أو موسوعة مرجعية أو تجميع ينقل عن غيره: يؤيد ولا يكفي وحده.'
		},
		en: {
			name: 'Secondary',
			meaning: 'A book, reference work or compilation relaying others: corroborates, never alone.'
		},
		ckb: {
			name: 'لاوەکی',
			meaning:
				'کتێبێک، سەرچاوەیەکی ئینسایکلۆپیدی یان کۆکراوەیەک کە لە سەرچاوەی ترەوە دەگوازێتەوە: پشتگیری دەکات، بەڵام بە تەنها بەس نییە.'
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
		},
		ckb: {
			name: 'لاواز',
			meaning:
				'مەکۆ، بلۆگ، کۆپییەکی ویکیپیدیا، کۆکەرەوەی داتا یان ئینسایکلۆپیدیایەک کە بە زیرەکیی دەستکرد نووسراوە: تەنها بۆ پشتگیری.'
		}
	}
};
