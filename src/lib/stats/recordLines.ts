/**
 * The 1-based line on which each CSV record starts (the header is record 0).
 * d3-dsv does not report positions, and quoted cells may contain newlines, so a
 * record's line cannot be derived from its index: walk the text once instead.
 */
export function recordLines(text: string): number[] {
	const starts = [1];
	let line = 1;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"') quoted = !quoted;
		else if (ch === '\n') {
			line++;
			if (!quoted && i < text.length - 1) starts.push(line);
		}
	}
	return starts;
}
