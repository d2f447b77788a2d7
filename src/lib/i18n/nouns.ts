/**
 * The nouns the site counts, in every plural form each language needs. Arabic follows the
 * grammar of numbers: 3–10 take the plural (3 أحداث، 904 قتلى), 11–99 the singular accusative
 * (11 قتيلاً، 297,194 جندياً), hundreds and thousands the singular (100 قتيل، 290 ألف جندي); one
 * and two put the noun first (قتيل واحد، قتيلان). Add a noun here, never a sentence that picks a
 * form by looking at the number.
 */
import type { CountedNoun, PluralForms } from './plural';

/**
 * «قتيل» in every form: the killed. Military tallies count deaths from every cause (hostile
 * and not), which are «وفيات», never «قتلى»: the two nouns are kept apart as the measures are.
 */
const KILLED_AR: PluralForms = {
	zero: 'لا قتلى',
	one: 'قتيل واحد',
	two: 'قتيلان',
	few: '# قتلى',
	many: '# قتيلاً',
	other: '# قتيل'
};

/** «وفاة» in every form: deaths from any cause (the Defense Department's and iCasualties' counts). */
const DEATHS_AR: PluralForms = {
	zero: 'لا وفيات',
	one: 'وفاة واحدة',
	two: 'وفاتان',
	few: '# وفيات',
	many: '# وفاةً',
	other: '# وفاة'
};

export const NOUNS = {
	deaths: { ar: DEATHS_AR, en: { one: '# death', other: '# deaths' } },
	killed: { ar: KILLED_AR, en: { other: '# killed' } },
	wounded: {
		ar: {
			zero: 'لا جرحى',
			one: 'جريح واحد',
			two: 'جريحان',
			few: '# جرحى',
			many: '# جريحاً',
			other: '# جريح'
		},
		en: { other: '# wounded' }
	},
	civilianDeaths: {
		ar: {
			zero: 'لا قتلى مدنيين',
			one: 'قتيل مدني واحد',
			two: 'قتيلان مدنيان',
			few: '# قتلى مدنيين',
			many: '# قتيلاً مدنياً',
			other: '# قتيل مدني'
		},
		en: { one: '# civilian death', other: '# civilian deaths' }
	},
	civilians: {
		ar: {
			one: 'مدني واحد',
			two: 'مدنيان',
			few: '# مدنيين',
			many: '# مدنياً',
			other: '# مدني'
		},
		en: { one: '# civilian', other: '# civilians' }
	},
	troops: {
		ar: {
			one: 'جندي واحد',
			two: 'جنديان',
			few: '# جنود',
			many: '# جندياً',
			other: '# جندي'
		},
		en: { one: '# soldier', other: '# troops' }
	},
	attacks: {
		ar: {
			zero: 'لا هجمات',
			one: 'هجوم واحد',
			two: 'هجومان',
			few: '# هجمات',
			many: '# هجوماً',
			other: '# هجوم'
		},
		en: { one: '# attack', other: '# attacks' }
	},
	countries: {
		ar: {
			one: 'دولة واحدة',
			two: 'دولتان',
			few: '# دول',
			many: '# دولةً',
			other: '# دولة'
		},
		en: { one: '# country', other: '# countries' }
	},
	events: {
		ar: {
			zero: 'لا أحداث',
			one: 'حدث واحد',
			two: 'حدثان',
			few: '# أحداث',
			many: '# حدثاً',
			other: '# حدث'
		},
		en: { one: '# event', other: '# events' }
	},
	figures: {
		ar: {
			one: 'رقم واحد',
			two: 'رقمان',
			few: '# أرقام',
			many: '# رقماً',
			other: '# رقم'
		},
		en: { one: '# figure', other: '# figures' }
	},
	withdrawals: {
		ar: {
			one: 'انسحاب واحد',
			two: 'انسحابان',
			few: '# انسحابات',
			many: '# انسحاباً',
			other: '# انسحاب'
		},
		en: { one: '# withdrawal', other: '# withdrawals' }
	},
	readingMinutes: {
		ar: {
			one: 'دقيقة واحدة للقراءة',
			two: 'دقيقتان للقراءة',
			few: '# دقائق للقراءة',
			many: '# دقيقةً للقراءة',
			other: '# دقيقة للقراءة'
		},
		en: { other: '# min read' }
	},
	days: {
		ar: { one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يوماً', other: '# يوم' },
		en: { one: '# day', other: '# days' }
	},
	minutes: {
		ar: { one: 'دقيقة واحدة', two: 'دقيقتان', few: '# دقائق', many: '# دقيقةً', other: '# دقيقة' },
		en: { one: '# minute', other: '# minutes' }
	},
	tanks: {
		ar: { one: 'دبابة واحدة', two: 'دبابتان', few: '# دبابات', many: '# دبابةً', other: '# دبابة' },
		en: { one: '# tank', other: '# tanks' }
	},
	armouredVehicles: {
		ar: { one: 'مدرعة واحدة', two: 'مدرعتان', few: '# مدرعات', many: '# مدرعةً', other: '# مدرعة' },
		en: { one: '# armoured vehicle', other: '# armoured vehicles' }
	},
	excessDeaths: {
		ar: {
			one: 'وفاة زائدة واحدة',
			two: 'وفاتان زائدتان',
			few: '# وفيات زائدة',
			many: '# وفاةً زائدة',
			other: '# وفاة زائدة'
		},
		en: { one: '# excess death', other: '# excess deaths' }
	},
	rows: {
		ar: {
			one: 'صف واحد',
			two: 'صفان',
			few: '# صفوف',
			many: '# صفاً',
			other: '# صف'
		},
		en: { one: '# row', other: '# rows' }
	}
} as const satisfies Record<string, CountedNoun>;
