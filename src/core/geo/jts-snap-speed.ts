/**
 * JSTS's LineStringSnapper (the snapping fallback of an overlay that met a robustness problem)
 * compares every vertex with every snap point, and every snap point with every segment of the
 * line it grows: quadratic in the vertices near the overlay, seconds for a boundary densified
 * with collinear points. The same two steps here with an index, giving the same results — the
 * same snap point for each vertex (the first in the list within the tolerance) and the same
 * segment for each snap point (none when the point is a vertex of the line; else the nearest
 * within the tolerance, the first along the line on a tie), so every overlay is unchanged.
 * Installed by clip.ts; the originals stay available to the tests.
 */
import Flatbush from 'flatbush';
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
import LineStringSnapper from 'jsts/org/locationtech/jts/operation/overlay/snap/LineStringSnapper.js';

/** JSTS's Coordinate, as far as used here. */
interface Coord { x: number; y: number; equals2D(o: Coord): boolean; distance(o: Coord): number }
/** JSTS's CoordinateList. */
interface CoordList { get(i: number): Coord; size(): number; add(i: number, c: Coord, allowRepeated: boolean): unknown }
interface Segment { p0: Coord; p1: Coord; distance(p: Coord): number }
interface Snapper {
  _snapTolerance: number;
  _seg: Segment;
  _allowSnappingToSourceVertices: boolean;
  findSnapForVertex(pt: Coord, snapPts: Coord[]): Coord | null;
  snapSegments(srcCoords: CoordList, snapPts: Coord[]): null | undefined;
  findSegmentIndexToSnap(snapPt: Coord, srcCoords: CoordList): number;
}

const proto = LineStringSnapper.prototype as unknown as Snapper;
/** JSTS's own methods, before they are replaced (for the tests). */
export const ORIGINAL_SNAPPER = { findSnapForVertex: proto.findSnapForVertex, snapSegments: proto.snapSegments };

/** Snap points sorted by x, per array (the same array is passed for every vertex of a line). */
const byX = new WeakMap<Coord[], { order: Int32Array; xs: Float64Array }>();

/** The first snap point (in list order) within the tolerance of `pt`: null when it is `pt` itself or there is none. */
function findSnapForVertex(this: Snapper, pt: Coord, snapPts: Coord[]): Coord | null {
  const tol = this._snapTolerance;
  if (!(tol > 0) || snapPts.length < 32) return ORIGINAL_SNAPPER.findSnapForVertex.call(this, pt, snapPts);
  let sorted = byX.get(snapPts);
  if (!sorted) {
    const order = Int32Array.from(snapPts.keys()).sort((a, b) => snapPts[a]!.x - snapPts[b]!.x || a - b);
    sorted = { order, xs: Float64Array.from(order, (i) => snapPts[i]!.x) };
    byX.set(snapPts, sorted);
  }
  // Every point with |x − pt.x| ≤ tol, from a binary search; the lowest index within the tolerance wins.
  let lo = 0, hi = sorted.xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted.xs[mid]! < pt.x - tol) lo = mid + 1; else hi = mid; }
  let best = -1;
  for (let k = lo; k < sorted.xs.length && sorted.xs[k]! <= pt.x + tol; k++) {
    const i = sorted.order[k]!;
    if ((best < 0 || i < best) && pt.distance(snapPts[i]!) < tol) best = i;
  }
  if (best < 0) return null;
  return pt.equals2D(snapPts[best]!) ? null : snapPts[best]!;
}

/**
 * Inserts each snap point into the segment the original would choose, finding the candidates by an
 * index of the line's segments as they were when snapping began (points inserted into a segment
 * stay within the tolerance of it; the search is widened by how far they moved).
 */
function snapSegments(this: Snapper, srcCoords: CoordList, snapPts: Coord[]): null {
  const tol = this._snapTolerance;
  const n0 = srcCoords.size();
  if (snapPts.length === 0) return null;
  if (this._allowSnappingToSourceVertices || !(tol > 0) || n0 < 32) { ORIGINAL_SNAPPER.snapSegments.call(this, srcCoords, snapPts); return null; }
  const base: Coord[] = Array.from({ length: n0 }, (_, i) => srcCoords.get(i));
  const vertices = new Set(base.map((c) => `${c.x},${c.y}`));
  const segments = n0 - 1;
  const index = new Flatbush(segments);
  for (let j = 0; j < segments; j++) {
    const a = base[j]!, b = base[j + 1]!;
    index.add(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y));
  }
  index.finish();
  /** Points inserted into each original segment, in order along it. */
  const inserted: Coord[][] = Array.from({ length: segments }, () => []);
  /** Fenwick tree of the number inserted per original segment. */
  const tree = new Int32Array(segments + 1);
  const add = (j: number) => { for (let i = j + 1; i <= segments; i += i & -i) tree[i]!++; };
  const before = (j: number) => { let s = 0; for (let i = j; i > 0; i -= i & -i) s += tree[i]!; return s; };
  let drift = 0;
  const seg = this._seg;
  let distinct = snapPts.length;
  if (snapPts[0]!.equals2D(snapPts[snapPts.length - 1]!)) distinct = snapPts.length - 1;
  for (let s = 0; s < distinct; s++) {
    const p = snapPts[s]!;
    // A snap point that is a vertex of the line is not inserted anywhere.
    if (vertices.has(`${p.x},${p.y}`)) continue;
    const r = tol + drift;
    let bestDist = Infinity, bestIndex = -1, bestSeg = -1, bestSub = -1;
    for (const j of index.search(p.x - r, p.y - r, p.x + r, p.y + r)) {
      const chain = [base[j]!, ...inserted[j]!, base[j + 1]!];
      for (let k = 0; k + 1 < chain.length; k++) {
        seg.p0 = chain[k]!; seg.p1 = chain[k + 1]!;
        const d = seg.distance(p);
        if (d >= tol) continue;
        const at = j + before(j) + k;
        if (d < bestDist || (d === bestDist && at < bestIndex)) { bestDist = d; bestIndex = at; bestSeg = j; bestSub = k; }
      }
    }
    if (bestIndex < 0) continue;
    const c = new Coordinate(p) as unknown as Coord;
    srcCoords.add(bestIndex + 1, c, false);
    inserted[bestSeg]!.splice(bestSub, 0, c);
    add(bestSeg);
    vertices.add(`${p.x},${p.y}`);
    const a = base[bestSeg]!, b = base[bestSeg + 1]!;
    drift = Math.max(drift, Math.min(a.x, b.x) - p.x, p.x - Math.max(a.x, b.x), Math.min(a.y, b.y) - p.y, p.y - Math.max(a.y, b.y));
  }
  return null;
}

/** Replaces the two quadratic steps of JSTS's LineStringSnapper with the indexed ones (once). */
export function installSnapSpeedup(): void {
  proto.findSnapForVertex = findSnapForVertex;
  proto.snapSegments = snapSegments;
}
