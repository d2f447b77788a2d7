/**
 * A path string from d3-geo with the points that rounding made equal dropped: after `digits(1)`
 * neighbouring vertices often print the same ("L12.3,4.5L12.3,4.5"), which draws nothing and
 * weighs in every page that inlines the map. Only d3-geo's own output (M, L, Z and numbers) is
 * read; anything else is returned as it is.
 */
export function compactPath(d: string): string {
	if (!/^[MLZ\d.,\s-]*$/.test(d)) return d;
	let out = '';
	let last = '';
	for (const m of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
		const [, command, point] = m;
		if (command === 'L' && point === last) continue;
		out += command! + point!;
		last = command === 'Z' ? '' : point!;
	}
	return out;
}
