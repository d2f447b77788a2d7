/**
 * Step detection for the scrollytelling: a step becomes active when it crosses a line across
 * the middle of the viewport. IntersectionObserver recomputes that line itself on resize, zoom
 * and when a mobile address bar shows or hides, so no resize handler is needed; keyboard focus
 * on a step activates it too.
 */
export function observeSteps(
	container: HTMLElement,
	onActive: (index: number) => void
): () => void {
	const steps = [...container.querySelectorAll<HTMLElement>('[data-step]')];
	const indexOf = (el: Element) => steps.indexOf(el as HTMLElement);
	const io = new IntersectionObserver(
		(entries) => {
			for (const e of entries) if (e.isIntersecting) onActive(indexOf(e.target));
		},
		{ rootMargin: '-50% 0px -50% 0px', threshold: 0 }
	);
	for (const s of steps) io.observe(s);
	const onFocus = (e: FocusEvent) => {
		const step = (e.target as HTMLElement).closest('[data-step]');
		if (step) onActive(indexOf(step));
	};
	container.addEventListener('focusin', onFocus);
	return () => {
		io.disconnect();
		container.removeEventListener('focusin', onFocus);
	};
}

/** The step index a `#step-<n>` hash points to, or null. */
export function stepFromHash(hash: string, count: number): number | null {
	const m = /^#step-(\d+)$/.exec(hash);
	if (!m) return null;
	const n = Number(m[1]);
	return n >= 1 && n <= count ? n - 1 : null;
}
