/**
 * Fact-check evidence starts closed (on a phone an open card would hide the chart it talks
 * about); beside the chart, on a wide screen, there is room for it, and a printed check shows it.
 */
import { PHONE_QUERY } from './layout';

export function openEvidence(root: ParentNode): void {
	const all = () => root.querySelectorAll<HTMLDetailsElement>('details.evidence');
	const show = () => all().forEach((d) => (d.open = true));
	if (!matchMedia(PHONE_QUERY).matches) show();
	addEventListener('beforeprint', show);
}
