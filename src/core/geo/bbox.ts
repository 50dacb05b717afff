/** Bounding boxes of GeoJSON geometries. */
import type { Geometry, Position } from 'geojson';

/** [west, south, east, north]. */
export type BBox = [number, number, number, number];

/** The bounding box of all coordinates of a geometry; an empty geometry gives [∞, ∞, −∞, −∞]. */
export function geometryBBox(g: Geometry | null | undefined): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const p = c as Position;
      if (p[0]! < b[0]) b[0] = p[0]!;
      if (p[1]! < b[1]) b[1] = p[1]!;
      if (p[0]! > b[2]) b[2] = p[0]!;
      if (p[1]! > b[3]) b[3] = p[1]!;
      return;
    }
    for (const x of c) visit(x);
  };
  if (!g) return b;
  if (g.type === 'GeometryCollection') {
    for (const x of g.geometries) {
      const c = geometryBBox(x);
      b[0] = Math.min(b[0], c[0]); b[1] = Math.min(b[1], c[1]); b[2] = Math.max(b[2], c[2]); b[3] = Math.max(b[3], c[3]);
    }
    return b;
  }
  visit(g.coordinates);
  return b;
}

/** True when two boxes share at least a point. */
export function bboxesTouch(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
