/**
 * What makes a Scrolly follow the reader, in plain DOM (the story ships no framework): the
 * active step from the `#step-<n>` hash, the middle of the viewport and keyboard focus; the
 * active classes; and print, which unrolls the story by copying each step's `<noscript>`
 * graphic into the page until printing ends.
 */
import { observeSteps, stepFromHash } from './scroller';

export interface ScrollyHandle {
	readonly steps: readonly HTMLElement[];
	readonly index: number;
	destroy(): void;
}

export function attachScrolly(
	root: HTMLElement,
	onstep: (index: number, step: HTMLElement) => void
): ScrollyHandle {
	const container = root.querySelector<HTMLElement>('[data-steps]')!;
	const steps = [...container.querySelectorAll<HTMLElement>(':scope > [data-step]')];
	const graphic = root.querySelector<HTMLElement>('.graphic');
	let index = steps.findIndex((s) => s.classList.contains('active'));
	const activate = (i: number) => {
		if (i === index || !steps[i]) return;
		steps[index]?.classList.remove('active');
		steps[index]?.removeAttribute('aria-current');
		steps[i].classList.add('active');
		steps[i].setAttribute('aria-current', 'step');
		graphic?.setAttribute('data-active-step', steps[i].dataset.step ?? '');
		index = i;
		onstep(i, steps[i]);
	};
	const fromHash = stepFromHash(location.hash, steps.length);
	if (fromHash !== null) activate(fromHash);
	const stop = observeSteps(container, activate);

	// Print: each step's unrolled graphic, as the no-script reader sees it, in the flow.
	const copies: Element[] = [];
	const beforePrint = () => {
		for (const step of steps)
			for (const noscript of step.querySelectorAll(':scope > noscript')) {
				const template = document.createElement('template');
				template.innerHTML = noscript.textContent ?? '';
				for (const el of template.content.children) el.classList.add('print-only');
				copies.push(...template.content.children);
				noscript.after(template.content);
			}
	};
	const afterPrint = () => copies.splice(0).forEach((c) => c.remove());
	addEventListener('beforeprint', beforePrint);
	addEventListener('afterprint', afterPrint);
	return {
		steps,
		get index() {
			return index;
		},
		destroy() {
			stop();
			removeEventListener('beforeprint', beforePrint);
			removeEventListener('afterprint', afterPrint);
		}
	};
}
