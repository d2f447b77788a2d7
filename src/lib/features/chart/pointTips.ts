/**
 * The data points of server-rendered charts, made usable without a framework: each `.points`
 * group is one tab stop, arrow keys (and Home/End) move between its points, and the focused,
 * hovered or tapped point shows its tooltip. Listeners sit on `root`, so charts swapped in
 * later (the story's sticky chart, step by step) need nothing attached. The same behaviour as
 * the live renderer's PointFocus, whose markup this reads; the key handling is shared.
 */
import { nextIndex } from '$lib/render/live/interaction/rovingFocus';

const pointOf = (target: EventTarget | null): HTMLButtonElement | null =>
	target instanceof Element ? target.closest<HTMLButtonElement>('button.point') : null;

export function attachPointTips(root: HTMLElement): () => void {
	const tip = document.createElement('div');
	tip.className = 'tooltip chart-tooltip'; // as the live renderer's PointFocus draws it
	tip.dir = 'auto';
	tip.ariaHidden = 'true';
	tip.hidden = true;

	const show = (button: HTMLButtonElement) => {
		button.parentElement?.append(tip);
		tip.textContent = button.getAttribute('aria-label');
		tip.style.left = button.style.left;
		tip.style.top = button.style.top;
		tip.classList.toggle('flip', parseFloat(button.style.left) > 60);
		tip.hidden = false;
	};
	const hide = () => {
		tip.hidden = true;
	};
	const onShow = (e: Event) => {
		const point = pointOf(e.target);
		if (point) show(point);
	};
	const onHide = (e: Event) => {
		if (pointOf(e.target)) hide();
	};
	const onKey = (e: KeyboardEvent) => {
		const point = pointOf(e.target);
		const group = point?.closest('.points');
		if (!point || !group) return;
		if (e.key === 'Escape') return hide();
		const buttons = [...group.querySelectorAll<HTMLButtonElement>('button.point')];
		const next = nextIndex(e.key, buttons.indexOf(point), buttons.length);
		if (next === null) return;
		e.preventDefault();
		point.tabIndex = -1;
		buttons[next]!.tabIndex = 0;
		buttons[next]!.focus();
	};
	const listeners: [string, (e: never) => void][] = [
		['focusin', onShow],
		['click', onShow],
		['pointerover', onShow],
		['focusout', onHide],
		['pointerout', onHide],
		['keydown', onKey]
	];
	for (const [type, fn] of listeners) root.addEventListener(type, fn as EventListener);
	return () => {
		for (const [type, fn] of listeners) root.removeEventListener(type, fn as EventListener);
		tip.remove();
	};
}
