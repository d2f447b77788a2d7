/**
 * What the chart actions do, in plain DOM, for the markup `ChartActions.svelte` renders: copy
 * or share the permalink, open the embed dialog with snippets sized to the chart, copy a
 * snippet, download PNG, SVG or CSV. One behaviour for every page: Svelte pages attach it to
 * their component; the story attaches it to its sticky chart, whose figures arrive as server
 * HTML. Listeners sit on `root`, so figures swapped in later need nothing attached.
 *
 * Downloads need the chart's definition and data; `resolve` supplies them (at hand in a Svelte
 * page, loaded on first use in the story). Only then is the download code itself loaded.
 */
import { copyText, offerForManualCopy } from '$lib/features/chart/clipboard';
import { iframeSnippet, scriptSnippet } from '$lib/features/embed/snippets';
import type { SourceRef } from '$lib/stats/sourceRef';
import type { DownloadInput } from './downloads';

/** Short publisher names for the credit line of downloads. */
export const publisherNames = (sources: Record<string, SourceRef>): Record<string, string> =>
	Object.fromEntries(
		Object.entries(sources).map(([sid, s]) => [sid, s.publisher.split(/[(/]/)[0]!.trim()])
	);

/** The status line's messages, each a `data-said-<name>` attribute of the actions. */
export const SAID = ['copied', 'copy-from-field', 'preparing', 'downloaded', 'link'] as const;
type Said = (typeof SAID)[number];

export type ResolveDownload = (actions: HTMLElement) => Promise<DownloadInput<unknown>>;

type Kind = 'png' | 'svg' | 'csv';

export interface AttachedActions {
	/** Re-applies what the markup cannot say (sharing where the browser can) after new markup. */
	refresh(): void;
	detach(): void;
}

export function attachChartActions(root: HTMLElement, resolve: ResolveDownload): AttachedActions {
	// What the status line says comes with the markup, in the page's language (`saidAttributes`),
	// so this script holds no words and no catalog.
	const status = (actions: HTMLElement, said: Said, what = '') => {
		const el = actions.querySelector('[role="status"]');
		if (el)
			el.textContent = (actions.getAttribute(`data-said-${said}`) ?? '').replace('{what}', what);
	};
	/** `what` is already in the page's language: "Link", "iframe"… */
	const copy = async (actions: HTMLElement, text: string, what: string) => {
		if (await copyText(text)) return status(actions, 'copied', what);
		status(actions, 'copy-from-field', what.toLowerCase());
		const where = actions.querySelector<HTMLElement>('[role="status"]')?.parentElement ?? actions;
		offerForManualCopy(where, text);
	};
	const dialogOf = (actions: HTMLElement) =>
		root.querySelector<HTMLDialogElement>(`dialog[data-embed-dialog="${actions.dataset.actions}"]`);

	function openEmbed(actions: HTMLElement) {
		const dialog = dialogOf(actions);
		if (!dialog) return;
		const figure = actions.closest<HTMLElement>('figure.chart');
		const height = figure ? figure.offsetHeight + 40 : 600;
		const { embedSrc = '', title = '' } = actions.dataset;
		const field = (kind: string) =>
			dialog.querySelector<HTMLTextAreaElement>(`textarea[data-snippet="${kind}"]`);
		const iframe = field('iframe');
		const script = field('script');
		if (iframe) iframe.value = iframeSnippet(embedSrc, title, height);
		if (script) script.value = scriptSnippet(embedSrc, title, height);
		dialog.showModal();
	}

	async function download(actions: HTMLElement, kind: Kind) {
		status(actions, 'preparing');
		const [d, input] = await Promise.all([import('./downloads'), resolve(actions)]);
		const base = actions.dataset.file ?? 'chart';
		if (kind === 'csv') d.save(d.chartCsv(input), `${base}.csv`, 'text/csv;charset=utf-8');
		if (kind === 'svg') d.save(await d.chartSvg(input), `${base}.svg`, 'image/svg+xml');
		if (kind === 'png') d.save(await d.chartPng(input), `${base}.png`, 'image/png');
		status(actions, 'downloaded');
	}

	const onClick = (e: Event) => {
		const button = e.target instanceof Element ? e.target.closest('button[data-action]') : null;
		if (!(button instanceof HTMLButtonElement)) return;
		// the embed dialog's copy buttons belong to the actions of the same chart
		const dialog = button.closest<HTMLDialogElement>('dialog[data-embed-dialog]');
		const actions = dialog
			? root.querySelector<HTMLElement>(`[data-actions="${dialog.dataset.embedDialog}"]`)
			: button.closest<HTMLElement>('[data-actions]');
		if (!actions) return;
		const action = button.dataset.action ?? '';
		if (action === 'copy-permalink')
			void copy(
				actions,
				actions.dataset.permalink ?? '',
				actions.getAttribute('data-said-link') ?? ''
			);
		else if (action === 'share')
			void navigator.share({ title: actions.dataset.title, url: actions.dataset.permalink });
		else if (action === 'embed') openEmbed(actions);
		else if (action === 'copy-snippet') {
			const field = button.previousElementSibling;
			const label = field && dialog?.querySelector(`label[for="${field.id}"]`);
			if (field instanceof HTMLTextAreaElement)
				void copy(actions, field.value, label?.textContent ?? '');
		} else if (action.startsWith('download-')) void download(actions, action.slice(9) as Kind);
	};
	root.addEventListener('click', onClick);
	// Sharing where the browser can: the button is in the markup, hidden until then. And the
	// actions work now: their fieldset, disabled in the server's markup, is enabled.
	const refresh = () => {
		for (const set of root.querySelectorAll<HTMLFieldSetElement>(
			'fieldset.live:has([data-actions])'
		))
			set.disabled = false;
		if (typeof navigator.share !== 'function') return;
		for (const b of root.querySelectorAll<HTMLElement>('button[data-action="share"][hidden]'))
			b.hidden = false;
	};
	refresh();
	return { refresh, detach: () => root.removeEventListener('click', onClick) };
}
