/** Scale helpers shared by the chart layouts. */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';

/** A zero-based, nice linear domain over values (gaps ignored) and its ticks. */
export function niceZeroDomain(values: readonly (number | null)[], count = 4) {
	const top = max(values, (v) => v ?? undefined) ?? 1;
	const scale = scaleLinear()
		.domain([0, top > 0 ? top : 1])
		.nice(count);
	return { domain: scale.domain() as [number, number], ticks: scale.ticks(count) };
}
