/**
 * Text for standalone SVG (downloads and social cards), which must look the same in a browser
 * and in resvg. resvg ignores `direction="rtl"`, so Arabic is anchored physically and wrapped
 * in RLE…PDF (U+202B…U+202C), which both honour (see toolchain.md, gotcha 11).
 */
const RLE = String.fromCharCode(0x202b);
const PDF = String.fromCharCode(0x202c);

export const escapeXml = (s: string): string =>
	s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
	);

const ARABIC = /[\u0600-\u06FF]/;

/** Text content, escaped, with an RTL embedding when it contains Arabic. */
export const bidi = (s: string): string => escapeXml(ARABIC.test(s) ? `${RLE}${s}${PDF}` : s);

/**
 * Greedy word wrap by an estimated advance width (average glyph ≈ 0.55 em): good enough to keep
 * titles inside the frame without measuring, and deterministic so builds are reproducible.
 */
export function wrap(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
	const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * 0.55)));
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		const next = line ? `${line} ${w}` : w;
		if (next.length > perLine && line) {
			lines.push(line);
			line = w;
		} else line = next;
	}
	if (line) lines.push(line);
	if (lines.length > maxLines) {
		const kept = lines.slice(0, maxLines);
		kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, '')} …`;
		return kept;
	}
	return lines;
}

/** Cuts a label to fit a width (estimated advance), with an ellipsis. */
export function fit(text: string, width: number, fontSize: number): string {
	const max = Math.floor(width / (fontSize * 0.55));
	return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

export interface TextOptions {
	x: number;
	y: number;
	size: number;
	fill: string;
	anchor?: 'start' | 'middle' | 'end';
	weight?: number;
	cls?: string;
}

export function textEl(content: string, o: TextOptions): string {
	const attrs = [
		`x="${r(o.x)}"`,
		`y="${r(o.y)}"`,
		`font-size="${o.size}"`,
		`fill="${o.fill}"`,
		o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
		o.weight ? `font-weight="${o.weight}"` : '',
		o.cls ? `class="${o.cls}"` : ''
	]
		.filter(Boolean)
		.join(' ');
	return `<text ${attrs}>${bidi(content)}</text>`;
}

/** Rounds coordinates so the output is stable and small. */
export const r = (n: number): number => Math.round(n * 10) / 10;
