import { describe, expect, it } from 'vitest';
import { governorateSummary, governorateTitle } from '$lib/features/explore/governoratePage';
import { settingsFor } from '$lib/i18n';
import { GOVERNORATE_CODES } from '$lib/stats/governorates/governorates';
import { explorePageData } from '$lib/server/explore';

describe('a governorate page’s words', () => {
	const { explore } = explorePageData();
	it('every summary prints its count with its standing, its rank and what the figure is', () => {
		for (const code of GOVERNORATE_CODES) {
			const en = governorateSummary(code, explore, settingsFor('en'), false);
			expect(en, code).toMatch(
				/: [\d,]+ civilian deaths? \(unverified\), ranked (?:\d+(?:st|nd|rd|th)|last) of Iraq’s 18 governorates\. The figure is Iraq Body Count’s minimum/
			);
			const ar = governorateSummary(code, explore, settingsFor('ar'), false);
			expect(ar, code).toContain('(رقم غير مؤكد)');
			expect(ar, code).toContain('الحد الأدنى من أرقام مشروع «إحصاء الجثث في العراق»');
			// the rank in words, an ordinal («في المرتبة الأولى بين المحافظات الـ18»), never «1 من 18»
			expect(ar, code).toMatch(/في المرتبة [\u0600-\u06FF ]+ بين المحافظات الـ18/u);
		}
	});
	it('Baghdad ranks first, as IBC’s own governorate table has it', () => {
		expect(governorateSummary('IQ-BG', explore, settingsFor('en'), false)).toContain(
			'ranked 1st of'
		);
		expect(governorateSummary('IQ-BG', explore, settingsFor('ar'), false)).toContain(
			'في المرتبة الأولى'
		);
	});
	it('titles name the governorate and the years', () => {
		expect(governorateTitle('IQ-DI', 'ar')).toMatch(/^ديالى: /);
		expect(governorateTitle('IQ-DI', 'en')).toBe(
			'Diyala: civilian deaths and attacks month by month, 2003–2009'
		);
	});
});
