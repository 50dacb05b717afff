/**
 * The union of many JTS geometries as a cascade: ordered along a Hilbert curve (so neighbours in
 * the list are neighbours on the ground), then unioned pairwise, level by level, with JTS's
 * snap-if-needed overlay. The idea of JTS's and GEOS's cascaded union; 2–3× faster here than
 * JSTS's `UnaryUnionOp`, whose overlap-union step re-checks every border segment.
 */
import type GeometryType from 'jsts/org/locationtech/jts/geom/Geometry.js';
import SnapIfNeededOverlayOp from 'jsts/org/locationtech/jts/operation/overlay/snap/SnapIfNeededOverlayOp.js';
import { boxGroups } from './box-groups.ts';

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

/**
 * The union of the geometries (polygonal, each valid); null for none. Geometries are first grouped
 * by touching bounding boxes (closed, so polygons that only touch are in one group): groups cannot
 * interact, so each is unioned on its own and a lone geometry is taken as it is — the same rings as
 * one cascade over all of them (an overlay only adds nodes where edges meet), without overlaying
 * thousands of polygons that meet nothing.
 */
export function cascadedUnion(geoms: readonly Jts[]): Jts | null {
  if (geoms.length === 0) return null;
  const groups = boxGroups(geoms.map((g) => {
    const e = g.getEnvelopeInternal() as unknown as Envelope;
    return e.isNull() ? null : [e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()];
  }));
  if (groups.length === 1) return cascade(geoms);
  const parts: Jts[] = [];
  for (const group of groups) {
    const u = group.length === 1 ? geoms[group[0]!]! : cascade(group.map((i) => geoms[i]!));
    for (let k = 0; k < u.getNumGeometries(); k++) parts.push(u.getGeometryN(k));
  }
  const factory = geoms[0]!.getFactory() as unknown as { createMultiPolygon(p: Jts[]): Jts };
  return factory.createMultiPolygon(parts);
}

interface Envelope { getMinX(): number; getMinY(): number; getMaxX(): number; getMaxY(): number; isNull(): boolean }

/** The cascade itself: Hilbert order, then pairwise unions level by level. */
function cascade(geoms: readonly Jts[]): Jts {
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
