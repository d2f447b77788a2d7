import { describe, expect, it } from 'vitest';
import { costSentences } from '$lib/i18n';
import { costEstimates } from '$lib/stats';
import { realData } from '../helpers';

describe('costSentences', () => {
	const estimates = costEstimates(realData());
	it('says what every estimate is without a parenthesis, in both languages', () => {
		for (const c of estimates)
			for (const lang of ['ar', 'en'] as const) expect(costSentences(c, lang)).not.toMatch(/[()]/);
	});
	it('reads as sentences: scope and what it counts after the source', () => {
		const c = estimates.find((e) => e.geography === 'iraq' && e.kind === 'appropriations_to_date')!;
		expect(costSentences(c, 'ar')).toMatch(/^وهو تقدير .+\. ويحسب .+، للعراق، .+\.$/);
		expect(costSentences(c, 'en')).toMatch(
			/^It is the estimate of .+\. It counts .+, for Iraq, .+\.$/
		);
	});
});
