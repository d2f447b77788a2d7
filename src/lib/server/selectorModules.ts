/**
 * Every chart selector file, found by name (`definitions/<chart>.select.ts`). Kept apart from
 * `chartData.ts` so the one place that lists files is one line (and a test can add a fixture).
 */
import type { ChartSelector } from '$lib/chart-model/selector';

export const SELECTOR_MODULES: Record<string, { default: ChartSelector<unknown> }> =
	import.meta.glob<{ default: ChartSelector<unknown> }>(
		'$lib/chart-model/definitions/*.select.ts',
		{
			eager: true
		}
	);
