/**
 * Copying without assuming a clipboard: a sandboxed frame (an opaque origin), a page served
 * over plain HTTP or a browser that refuses the permission has none, and `writeText` then
 * throws or rejects. Every copy button goes through here and, when it returns false, shows the
 * text selected for the reader to copy by hand instead of a button that silently fails.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (!window.isSecureContext || typeof navigator.clipboard?.writeText !== 'function')
			return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Puts the text in a read-only field inside `host`, selected, for a manual copy. */
export function offerForManualCopy(host: HTMLElement, text: string): void {
	let field = host.querySelector<HTMLInputElement>('input[data-manual-copy]');
	if (!field) {
		field = document.createElement('input');
		field.type = 'text';
		field.readOnly = true;
		field.dir = 'ltr';
		field.setAttribute('data-manual-copy', '');
		field.setAttribute('translate', 'no');
		host.appendChild(field);
	}
	field.value = text;
	field.focus();
	field.select();
}
