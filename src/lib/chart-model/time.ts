/** Dates as numbers for linear time scales: a partial date becomes a decimal year (UTC). */
export function decimalYear(date: string): number {
	const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
	const start = Date.UTC(y, 0, 1);
	const end = Date.UTC(y + 1, 0, 1);
	return y + (Date.UTC(y, m - 1, d) - start) / (end - start);
}
