/**
 * Whole numbers split into whole parts in proportion to weights, without losing or inventing a
 * unit: the largest-remainder (Hamilton) method. Each part gets the floor of its exact quota;
 * the units left over go one each to the parts with the largest remainders, the earlier part
 * first on a tie. The parts always sum to the total exactly.
 */

/**
 * `largestRemainder(10, [12, 9])` → `[6, 4]` (quotas 5.71 and 4.29). Weights must be whole
 * numbers ≥ 0 with a positive sum (they are day counts), so the arithmetic is exact integers.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
	if (!Number.isSafeInteger(total) || total < 0)
		throw new RangeError(`largestRemainder: the total must be a whole number ≥ 0, got ${total}`);
	if (weights.some((w) => !Number.isSafeInteger(w) || w < 0))
		throw new RangeError(`largestRemainder: weights must be whole numbers ≥ 0, got ${weights}`);
	const sum = weights.reduce((a, b) => a + b, 0);
	if (sum === 0) throw new RangeError('largestRemainder: the weights sum to 0');
	if (!Number.isSafeInteger(total * sum))
		throw new RangeError('largestRemainder: too large to split exactly');

	// quota_i = total × w_i / sum, kept as an integer numerator so floors and remainders are exact.
	const numerators = weights.map((w) => total * w);
	const parts = numerators.map((n) => (n - (n % sum)) / sum); // exact: the division has no remainder
	let left = total - parts.reduce((a, b) => a + b, 0);
	const byRemainder = numerators
		.map((n, i) => ({ i, remainder: n % sum }))
		.sort((a, b) => b.remainder - a.remainder || a.i - b.i);
	for (const { i } of byRemainder) {
		if (left-- <= 0) break;
		parts[i]!++;
	}
	return parts;
}
