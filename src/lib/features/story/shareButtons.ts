import { copyText, offerForManualCopy } from '$lib/features/chart/clipboard';

/**
 * What the share buttons do (ShareButtons.svelte is their markup): copy the link, or open the
 * device's share sheet where there is one. The path follows the reader's step.
 */
export function attachShareButtons(root: HTMLElement): { setPath(path: string): void } {
	const copy = root.querySelector<HTMLButtonElement>('[data-action="copy-link"]')!;
	const share = root.querySelector<HTMLButtonElement>('[data-action="share"]')!;
	const status = root.querySelector<HTMLElement>('[data-share-status]')!;
	const label = copy.textContent ?? '';
	const url = () => new URL(root.dataset.sharePath ?? '/', location.href).href;
	copy.addEventListener('click', async () => {
		if (!(await copyText(url()))) return offerForManualCopy(root, url());
		copy.textContent = status.textContent = root.dataset.copied ?? '';
		setTimeout(() => {
			copy.textContent = label;
			status.textContent = '';
		}, 2000);
	});
	if (typeof navigator.share === 'function') {
		share.hidden = false;
		share.addEventListener('click', () =>
			navigator.share({ title: root.dataset.shareTitle ?? document.title, url: url() })
		);
	}
	return {
		setPath(path) {
			root.dataset.sharePath = path;
		}
	};
}
