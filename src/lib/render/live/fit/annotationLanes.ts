/**
 * Annotation texts above a time chart ("Samarra mosque bombing", "US withdrawal") are placed in
 * lanes: from the left, each text takes the lowest lane where it clears the last text there, so
 * two never share a line however narrow the column. The texts' horizontal places do not depend
 * on their lane, so one measurement places them all. The chart's room above the plot grows with
 * the lanes used (`--annotation-lanes` on the element marked `data-annotation-room`).
 */
const GAP = 6;

export function laneAnnotations(group: HTMLElement): void {
	const texts = [...group.querySelectorAll<HTMLElement>('.text')]
		.map((t) => ({ t, r: t.getBoundingClientRect() }))
		.filter(({ r }) => r.width > 0)
		.sort((a, b) => a.r.left - b.r.left);
	const laneEnds: number[] = [];
	for (const { t, r } of texts) {
		let lane = laneEnds.findIndex((end) => r.left >= end + GAP);
		if (lane < 0) lane = laneEnds.push(-Infinity) - 1;
		laneEnds[lane] = r.right;
		t.style.setProperty('--row', String(lane));
	}
	const room = group.closest<HTMLElement>('[data-annotation-room]') ?? group;
	room.style.setProperty('--annotation-lanes', String(Math.max(1, laneEnds.length)));
}
