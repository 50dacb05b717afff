/**
 * How long an edge of GEOS's buffer of a polygon can be (GEOS 3.13 as JTS: 8 segments a quarter
 * circle, round joins), for covered-buffers.ts. Every edge of the buffer is a piece of one of:
 * - an arc's chord: a fillet of angle θ gets round(θ / (π/16)) segments, so a chord spans less than
 *   1.5 × π/16 and is shorter than 2r sin(1.5π/32) = 0.2935 r;
 * - the offset of a side of the ring as the buffer simplifies it first (BufferInputLineSimplifier:
 *   shallow concave corners are removed, over and over) — of a run of such sides where they go on
 *   in a straight line (at a vertex exactly in line, GEOS adds no point: their offsets are one
 *   edge) — or a little longer where GEOS joins offset points closer than 0.001 r (or 1e-6 r): at
 *   most 0.01 r more, allowed;
 * - a closing piece at a narrow concave corner: 1/81 of r, or lying within 0.988 r of the corner
 *   (inside the buffer, which holds everything within 0.989 r: not an edge of it) — where the
 *   polygon's rings do not cross; where they do, the buffer's sides are not known to be right and
 *   those pieces (under 2 r) may be edges: 2 r is taken.
 * The simplified sides are found by doing what the simplifier does (with both orientations, as
 * a ring's own decides which corners are concave). Its decisions rest on distance tests against
 * 0.01 r; where one comes within 1e-9 of that (rounding could decide it either way), the ring's
 * box diagonal — no side can be longer — is taken instead.
 */
import { orient2d } from 'robust-predicates';
import type { Position } from 'geojson';
import { ringCrossings } from './self-intersections.ts';

/** The longest arc chord, of the distance: 2 sin(1.5π/32) = 0.29346, rounded up. */
const CHORD = 0.3;
/** What GEOS's joining of close offset points may add to a side, of the distance. */
const JOINED = 0.01;
/** The simplifier's tolerance, of the distance (BufferParameters' simplify factor). */
const SIMPLIFY = 0.01;
/** Samples the simplifier checks between two kept vertices (BufferInputLineSimplifier.NUM_PTS_TO_CHECK). */
const SAMPLES = 10;
/** Sides taken as in line: |orientation| up to this share of the product of their lengths (more than exactly in line: a longer bound, never a shorter). */
const IN_LINE = 1e-9;

/**
 * A bound in metres (the coordinates' unit) on the length of every edge of GEOS's buffer of the
 * polygons by `distance` (> 0): at least 0.3 distance (the arcs' chords), 2 distance for a polygon
 * whose rings cross. Rings of fewer than 4 distinct positions count by their box diagonal.
 */
export function longestBufferEdge(polys: readonly (readonly (readonly Position[])[])[], distance: number): number {
  let L = CHORD * distance;
  for (const p of polys) {
    for (const r of p) L = Math.max(L, longestSimplifiedSide(r, SIMPLIFY * distance) + JOINED * distance);
    if (ringCrossings(p, 1).length > 0) L = Math.max(L, 2 * distance);
  }
  return L;
}

/**
 * The longest side of a ring as the buffer's simplifier may leave it (either orientation), sides
 * going on in a straight line counted as one, or its box diagonal where a decision is too close to
 * call. Repeated positions are dropped first, as the buffer does. The simplifier deletes a vertex
 * only within tol of the vertex kept before it (its samples check starts there): with no side
 * shorter than tol, it keeps every vertex.
 */
export function longestSimplifiedSide(ring: readonly Position[], tol: number): number {
  const xs: number[] = [], ys: number[] = [];
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  /** The shortest side, squared. */
  let shortest = Infinity;
  for (const q of ring) {
    const x = q[0]!, y = q[1]!;
    const n = xs.length;
    if (n > 0 && x === xs[n - 1] && y === ys[n - 1]) continue;
    if (n > 0) shortest = Math.min(shortest, (x - xs[n - 1]!) ** 2 + (y - ys[n - 1]!) ** 2);
    xs.push(x); ys.push(y);
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  const diagonal = Math.hypot(x1 - x0, y1 - y0);
  if (xs.length < 4 || !Number.isFinite(diagonal)) return Number.isFinite(diagonal) ? diagonal : Infinity;
  if (shortest > (tol * (1 + 1e-9)) ** 2) return longestStraightRun(xs, ys, null) ?? diagonal;
  let L = 0;
  for (const turn of [1, -1]) {
    const kept = simplifiedVertices(xs, ys, tol, turn);
    const run = kept && longestStraightRun(xs, ys, kept);
    if (run === null) return diagonal;
    L = Math.max(L, run);
  }
  return L;
}

/**
 * The longest run of the closed ring through vertices `kept` (all of them when null; first and
 * last the same point) that goes on in a straight line — sides meeting at a vertex in line, the
 * same way on — as the sum of its sides; around the ring's start too. Null when every vertex is
 * in line (no area).
 */
function longestStraightRun(xs: readonly number[], ys: readonly number[], kept: readonly number[] | null): number | null {
  const m = (kept ? kept.length : xs.length) - 1;
  const at = (k: number) => (kept ? kept[k % m]! : k % m);
  // Whether each kept vertex lies in line with its neighbours, the sides going the same way.
  const inLine = new Uint8Array(m);
  let start = -1;
  for (let k = 0; k < m; k++) {
    const a = at(k + m - 1), b = at(k), c = at(k + 1);
    const ax = xs[a]!, ay = ys[a]!, bx = xs[b]!, by = ys[b]!, cx = xs[c]!, cy = ys[c]!;
    const o = orient2d(ax, ay, bx, by, cx, cy);
    inLine[k] = o * o <= IN_LINE * IN_LINE * ((bx - ax) ** 2 + (by - ay) ** 2) * ((cx - bx) ** 2 + (cy - by) ** 2) && (bx - ax) * (cx - bx) + (by - ay) * (cy - by) > 0 ? 1 : 0;
    if (!inLine[k] && start < 0) start = k;
  }
  if (start < 0) return null;
  let L = 0, run = 0;
  for (let k = start; k < start + m; k++) {
    const a = at(k), b = at(k + 1);
    run += Math.sqrt((xs[b]! - xs[a]!) ** 2 + (ys[b]! - ys[a]!) ** 2);
    if (!inLine[(k + 1) % m]) { L = Math.max(L, run); run = 0; }
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
