/**
 * Sorts polygons by where they lie against a boundary: inside, outside, or crossing it. Only the
 * crossing ones need clipping; an index of the boundary's edges finds them.
 */
import Flatbush from 'flatbush';
import type { Geometry, MultiPolygon } from 'geojson';
import { geometryBBox } from './bbox.ts';

export type Side = 'inside' | 'outside' | 'crossing';

export interface BoundaryIndex {
  /** Where a geometry lies; 'crossing' whenever a boundary edge comes near its bounding box. */
  side(g: Geometry): Side;
}

/** Indexes the edges of the boundary (a valid MultiPolygon). */
export function indexBoundary(boundary: MultiPolygon): BoundaryIndex {
  const edges: number[] = [];
  for (const poly of boundary.coordinates) for (const ring of poly) {
    for (let i = 0; i + 1 < ring.length; i++) edges.push(ring[i]![0]!, ring[i]![1]!, ring[i + 1]![0]!, ring[i + 1]![1]!);
  }
  const n = edges.length / 4;
  const index = new Flatbush(Math.max(1, n));
  for (let k = 0; k < n; k++) {
    const [x0, y0, x1, y1] = [edges[4 * k]!, edges[4 * k + 1]!, edges[4 * k + 2]!, edges[4 * k + 3]!];
    index.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
  }
  if (n === 0) index.add(0, 0, 0, 0);
  index.finish();
  return {
    side(g: Geometry): Side {
      const b = geometryBBox(g);
      if (b[0] > b[2]) return 'outside';
      if (n > 0 && index.search(b[0], b[1], b[2], b[3]).length > 0) return 'crossing';
      // No boundary edge near: the geometry is wholly on one side; one vertex tells which, by
      // counting the boundary edges crossed by a ray from it to the east (found by the index).
      const px = b[0], py = firstY(g, b[0]);
      let inside = false;
      for (const k of n > 0 ? index.search(px, py, Infinity, py) : []) {
        const ax = edges[4 * k]!, ay = edges[4 * k + 1]!, bx = edges[4 * k + 2]!, by = edges[4 * k + 3]!;
        if ((ay > py) !== (by > py) && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
      }
      return inside ? 'inside' : 'outside';
    },
  };
}

/** The y of a vertex of g whose x is `x` (the west-most one, which the bbox found). */
function firstY(g: Geometry, x: number): number {
  let y = NaN;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c) || !Number.isNaN(y)) return;
    if (typeof c[0] === 'number') { if (c[0] === x) y = c[1] as number; return; }
    for (const k of c) visit(k);
  };
  if (g.type !== 'GeometryCollection') visit(g.coordinates);
  return y;
}
