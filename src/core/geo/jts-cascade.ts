/**
 * The union of many JTS geometries as a cascade: ordered along a Hilbert curve (so neighbours in
 * the list are neighbours on the ground), then unioned pairwise, level by level, with JTS's
 * snap-if-needed overlay. The idea of JTS's and GEOS's cascaded union; 2–3× faster here than
 * JSTS's `UnaryUnionOp`, whose overlap-union step re-checks every border segment.
 */
import type GeometryType from 'jsts/org/locationtech/jts/geom/Geometry.js';
import SnapIfNeededOverlayOp from 'jsts/org/locationtech/jts/operation/overlay/snap/SnapIfNeededOverlayOp.js';

type Jts = GeometryType;

/** Position of (x, y), integers in 0…65535, along a Hilbert curve. */
export function hilbertIndex(x: number, y: number): number {
  let d = 0;
  for (let s = 1 << 15; s > 0; s >>= 1) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) { x = s - 1 - x; y = s - 1 - y; }
      const t = x; x = y; y = t;
    }
  }
  return d;
}

/** The union of the geometries (polygonal, each valid); null for none. */
export function cascadedUnion(geoms: readonly Jts[]): Jts | null {
  if (geoms.length === 0) return null;
  const envs = geoms.map((g) => g.getEnvelopeInternal());
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const e of envs) {
    minX = Math.min(minX, e.getMinX()); minY = Math.min(minY, e.getMinY());
    maxX = Math.max(maxX, e.getMaxX()); maxY = Math.max(maxY, e.getMaxY());
  }
  const w = maxX - minX || 1, h = maxY - minY || 1;
  const key = envs.map((e) => hilbertIndex(Math.floor((((e.getMinX() + e.getMaxX()) / 2 - minX) / w) * 65535), Math.floor((((e.getMinY() + e.getMaxY()) / 2 - minY) / h) * 65535)));
  let level = geoms.map((g, i) => ({ g, k: key[i]! })).sort((a, b) => a.k - b.k).map((o) => o.g);
  while (level.length > 1) {
    const next: Jts[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? SnapIfNeededOverlayOp.union(level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  return level[0]!;
}
