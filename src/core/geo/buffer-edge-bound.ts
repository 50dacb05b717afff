/**
 * How long an edge of GEOS's buffer of a polygon can be (GEOS 3.13 as JTS: 8 segments a quarter
 * circle, round joins), for covered-buffers.ts. Every edge of the buffer is a piece of one of:
 * - an arc's chord: a fillet of angle θ gets round(θ / (π/16)) segments, so a chord spans less than
 *   1.5 × π/16 and is shorter than 2r sin(1.5π/32) = 0.2935 r;
 * - the offset of a side of the ring as the buffer simplifies it first (BufferInputLineSimplifier:
 *   shallow concave corners are removed, over and over), as long as the side, or a little longer
 *   where GEOS joins offset points closer than 0.001 r (or 1e-6 r): at most 0.01 r more, allowed;
 * - a closing piece at a narrow concave corner: 1/81 of r, or lying within 0.988 r of the corner
 *   (inside the buffer, which holds everything within 0.989 r: not an edge of it).
 * The simplified sides are found by doing what the simplifier does (with both orientations, as
 * a ring's own decides which corners are concave). Its decisions rest on distance tests against
 * 0.01 r; where one comes within 1e-9 of that (rounding could decide it either way), the ring's
 * box diagonal — no side can be longer — is taken instead.
 */
import { orient2d } from 'robust-predicates';
import type { Position } from 'geojson';

/** The longest arc chord, of the distance: 2 sin(1.5π/32) = 0.29346, rounded up. */
const CHORD = 0.3;
/** What GEOS's joining of close offset points may add to a side, of the distance. */
const JOINED = 0.01;
/** The simplifier's tolerance, of the distance (BufferParameters' simplify factor). */
const SIMPLIFY = 0.01;
/** Samples the simplifier checks between two kept vertices (BufferInputLineSimplifier.NUM_PTS_TO_CHECK). */
const SAMPLES = 10;

/**
 * A bound in metres (the coordinates' unit) on the length of every edge of GEOS's buffer of the
 * polygons by `distance` (> 0): at least 0.3 distance (the arcs' chords). Rings of fewer than 4
 * distinct positions count by their box diagonal.
 */
export function longestBufferEdge(polys: readonly (readonly (readonly Position[])[])[], distance: number): number {
  let L = 0;
  for (const p of polys) for (const r of p) L = Math.max(L, longestSimplifiedSide(r, SIMPLIFY * distance) + JOINED * distance);
  return Math.max(L, CHORD * distance);
}

/**
 * The longest side of a ring as the buffer's simplifier may leave it (either orientation), or its
 * box diagonal where a decision is too close to call. Repeated positions are dropped first, as
 * the buffer does. The simplifier deletes a vertex only within tol of the vertex kept before it
 * (its samples check starts there): with no side shorter than tol, the ring's own longest side.
 */
export function longestSimplifiedSide(ring: readonly Position[], tol: number): number {
  let longest = 0, shortest = Infinity, count = 0;
  for (let i = 1; i < ring.length; i++) {
    const l = Math.hypot(ring[i]![0]! - ring[i - 1]![0]!, ring[i]![1]! - ring[i - 1]![1]!);
    if (l === 0) continue;
    count++;
    if (l > longest) longest = l;
    if (l < shortest) shortest = l;
  }
  if (count >= 3 && shortest > tol * (1 + 1e-9) && Number.isFinite(longest)) return longest;
  const xs: number[] = [], ys: number[] = [];
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const q of ring) {
    const x = q[0]!, y = q[1]!;
    if (xs.length > 0 && x === xs[xs.length - 1] && y === ys[ys.length - 1]) continue;
    xs.push(x); ys.push(y);
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  const diagonal = Math.hypot(x1 - x0, y1 - y0);
  if (xs.length < 4 || !Number.isFinite(diagonal)) return Number.isFinite(diagonal) ? diagonal : Infinity;
  let L = 0;
  for (const turn of [1, -1]) {
    const kept = simplifiedVertices(xs, ys, tol, turn);
    if (!kept) return diagonal;
    for (let k = 1; k < kept.length; k++) L = Math.max(L, Math.hypot(xs[kept[k]!]! - xs[kept[k - 1]!]!, ys[kept[k]!]! - ys[kept[k - 1]!]!));
  }
  return L;
}

/**
 * The indices of the vertices BufferInputLineSimplifier keeps of the line (xs, ys) with tolerance
 * tol, removing corners that turn `turn` (1 counter-clockwise, −1 clockwise): passes over the line
 * from its second vertex, deleting the middle of three kept vertices when it turns that way, lies
 * within tol of the chord of the other two, and the samples check (as GEOS's, with its arguments)
 * holds; until a pass deletes nothing. Null when a distance test lies within 1e-9 of tol.
 */
function simplifiedVertices(xs: readonly number[], ys: readonly number[], tol: number, turn: number): number[] | null {
  const n = xs.length;
  const deleted = new Uint8Array(n);
  const next = (i: number) => { let j = i + 1; while (j < n && deleted[j]) j++; return j; };
  let close = false;
  /** Whether (px, py) lies within tol of the segment a–b (vertices), noting a close call. */
  const shallow = (a: number, b: number, px: number, py: number): boolean => {
    const d = pointToSegment(px, py, xs[a]!, ys[a]!, xs[b]!, ys[b]!);
    if (Math.abs(d - tol) <= 1e-9 * tol) close = true;
    return d < tol;
  };
  const deletable = (i0: number, i1: number, i2: number): boolean => {
    // JTS's Orientation.index: 1 where i2 lies left of i0 → i1 (robust-predicates' sign is the opposite).
    const o = -Math.sign(orient2d(xs[i0]!, ys[i0]!, xs[i1]!, ys[i1]!, xs[i2]!, ys[i2]!));
    if (o !== turn) return false;
    if (!shallow(i0, i2, xs[i1]!, ys[i1]!)) return false;
    // GEOS's sampled check: the middle vertex against the chords from i0 to every inc-th vertex.
    const inc = Math.max(1, Math.floor((i2 - i0) / SAMPLES));
    for (let i = i0; i < i2; i += inc) if (!shallow(i0, i, xs[i1]!, ys[i1]!)) return false;
    return true;
  };
  let changed = true;
  while (changed) {
    changed = false;
    let index = 1;
    let mid = next(index), last = next(mid);
    while (last < n) {
      const del = deletable(index, mid, last);
      if (del) { deleted[mid] = 1; changed = true; }
      index = del ? last : mid;
      mid = next(index);
      last = next(mid);
    }
  }
  if (close) return null;
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (!deleted[i]) kept.push(i);
  return kept;
}

/** Distance from (px, py) to the segment a–b, as GEOS's Distance::pointToSegment computes it. */
function pointToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  if (ax === bx && ay === by) return Math.sqrt((px - ax) * (px - ax) + (py - ay) * (py - ay));
  const len2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay);
  const r = ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2;
  if (r <= 0) return Math.sqrt((px - ax) * (px - ax) + (py - ay) * (py - ay));
  if (r >= 1) return Math.sqrt((px - bx) * (px - bx) + (py - by) * (py - by));
  const s = ((ay - py) * (bx - ax) - (ax - px) * (by - ay)) / len2;
  return Math.abs(s) * Math.sqrt(len2);
}
