/**
 * TopoJSON read from a file or a package, checked before use: a JSON import is `unknown` in
 * spirit, so the shape is tested once here rather than cast wherever it is read.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

export function asTopology<K extends string>(
	json: unknown,
	file: string,
	object: K
): Topology<Record<K, GeometryCollection>> {
	const t = json as { type?: unknown; arcs?: unknown; objects?: Record<string, unknown> } | null;
	if (t?.type !== 'Topology' || !Array.isArray(t.arcs) || typeof t.objects !== 'object')
		throw new TypeError(`${file}: expected a TopoJSON Topology`);
	const o = t.objects[object] as { type?: unknown; geometries?: unknown } | undefined;
	if (o?.type !== 'GeometryCollection' || !Array.isArray(o.geometries))
		throw new TypeError(`${file}: expected a GeometryCollection named "${object}"`);
	return json as Topology<Record<K, GeometryCollection>>;
}
