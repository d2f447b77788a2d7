import { LANGS } from '$lib/i18n/lang';
import { describe, expect, it } from 'vitest';
import { costSentences } from '$lib/i18n';
import { costEstimates } from '$lib/stats';
import { realData } from '../helpers';

describe('costSentences', () => {
	const estimates = costEstimates(realData());
	it('says what every estimate is without a parenthesis, in both languages', () => {
		for (const c of estimates)
			for (const lang of LANGS) expect(costSentences(c, lang)).not.toMatch(/[()]/);
	});
	it('reads as sentences: scope and what it counts after the source', () => {
		const c = estimates.find((e) => e.geography === 'iraq' && e.kind === 'appropriations_to_date')!;
		expect(costSentences(c, 'ar')).toMatch(/^، في تقدير .+\. وهو يحسب .+ للعراق .+\.$/);
		expect(costSentences(c, 'en')).toMatch(
			/^, in the estimate of .+\. It counts .+ for Iraq .+\.$/
		);
	});
	it('the appropriations say their parts after what they count, and no sentence runs on', () => {
		const c = estimates.find((e) => e.id === 'crs-2005-through-fy2005')!;
		expect(costSentences(c, 'en')).toBe(
			', in the estimate of CRS Oct 2005, via Lustick. It counts congressional appropriations for Iraq through FY2005: defence, State/USAID and veterans’ medical care.'
		);
		for (const e of estimates)
			for (const lang of LANGS)
				for (const sentence of costSentences(e, lang).split(/\. /))
					expect((sentence.match(/[,،]/g) ?? []).length, `${e.id} ${lang}`).toBeLessThanOrEqual(3);
	});
});
