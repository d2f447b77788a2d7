/**
 * Fact-check evidence starts closed (on a phone an open card would hide the chart it talks
 * about); beside the chart, on a wide screen, there is room for it, and a printed check shows it.
 * CSS shows it there from the first paint (FactCheck.svelte), so nothing here runs while the page
 * loads: once it is idle, the disclosures are opened for real (what a screen reader announces,
 * and what the reader can close), and each is marked `data-opened` so the CSS steps aside.
 */
import { whenIdle } from '$lib/features/islands/islands';
import { PHONE_QUERY } from './layout';

export function openEvidence(root: ParentNode): void {
	const all = () => root.querySelectorAll<HTMLDetailsElement>('details.evidence');
	const show = () => all().forEach((d) => (d.open = true));
	whenIdle(() => {
		const wide = !matchMedia(PHONE_QUERY).matches;
		for (const d of all()) {
			if (wide) d.open = true;
			d.setAttribute('data-opened', '');
		}
	});
	addEventListener('beforeprint', show);
}
