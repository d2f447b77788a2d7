/**
 * The embed child's side of responsive iframes: measure the content with a ResizeObserver and,
 * whenever its height (rounded up) changes, tell the parent in every format hosts already
 * understand (see shared research §2):
 * - pym.js v1: `pymxPYMx{id}xPYMxheightxPYMx{px}`, only when a pym Parent created the frame
 *   (it passes `childId` in the query);
 * - AMP `amp-iframe`: `{ sentinel: 'amp', type: 'embed-size', height }`;
 * - Medium/Embedly/Flourish: the JSON string `{ "context": "iframe.resize", … }`;
 * - our own `/embed.js`: `{ type: 'iraq-war-numbers:height', chart, height }`.
 */
export const MESSAGE_TYPE = 'iraq-war-numbers:height';

export interface ResizeOptions {
	chart: string;
	/** pym.js child id from the query, or null when pym did not create the frame. */
	childId: string | null;
}

export function heightMessages(height: number, o: ResizeOptions, href: string): unknown[] {
	const messages: unknown[] = [
		{ sentinel: 'amp', type: 'embed-size', height },
		JSON.stringify({ context: 'iframe.resize', src: href, height }),
		{ type: MESSAGE_TYPE, chart: o.chart, height }
	];
	if (o.childId) messages.unshift(`pymxPYMx${o.childId}xPYMxheightxPYMx${height}`);
	return messages;
}

/** Starts sending; returns a function that stops. Does nothing outside an iframe. */
export function startResizeMessages(root: HTMLElement, o: ResizeOptions): () => void {
	if (window.parent === window) return () => {};
	let last = -1;
	const send = () => {
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		for (const m of heightMessages(height, o, location.href)) window.parent.postMessage(m, '*');
	};
	const observer = new ResizeObserver(send);
	observer.observe(root);
	send();
	return () => observer.disconnect();
}
