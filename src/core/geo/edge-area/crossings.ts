/**
 * Where the edges of boolean-area.ts's polygons cross and touch, decided exactly (robust-predicates)
 * with shared vertices and edges resolved by simulation of simplicity, and which polygons hold each
 * ring's first vertex.
 */
import { orient2d } from 'robust-predicates';
import { cellIndex } from './edges.ts';
import type { Edges, Grid } from './edges.ts';

/** Crossings closer than this along an edge (of its length) may be in either order. */
export const NEAR = 1e-9;
/** What side() gives (with its sign) for a point exactly on the line, which the polygons' moves decide. */
const TIE = Number.MIN_VALUE;

/**
 * Which side of the directed line a→b (of polygon ka) the point p (of polygon kp ≠ ka) lies on:
 * > 0 left, < 0 right, never 0 — a point on the line is moved off it by the polygons' infinitesimal
 * moves (kε, kε²). The value is the orientation determinant, or ±TIE when the move decides.
 */
function side(ax: number, ay: number, bx: number, by: number, px: number, py: number, ka: number, kp: number): number {
  const o = orient2d(bx, by, ax, ay, px, py);
  if (o !== 0) return o;
  // p moves by (kp − ka)(ε, ε²) relative to the line: the determinant gains (kp − ka)(−(by − ay)ε + (bx − ax)ε²).
  const dk = kp - ka;
  if (by !== ay) return dk * (ay - by) > 0 ? TIE : -TIE;
  return dk * (bx - ax) > 0 ? TIE : -TIE;
}

/** Where p, a point on the line a→b, lies along it: 0 at a, 1 at b (exactly), by the larger of its extents. */
function param(ax: number, ay: number, bx: number, by: number, px: number, py: number): number {
  return Math.abs(bx - ax) >= Math.abs(by - ay) ? (px - ax) / (bx - ax) : (py - ay) / (by - ay);
}

/** Whether the point's y (of polygon kp) lies above y of polygon k, after their moves. */
function above(y: number, k: number, py: number, kp: number): boolean {
  return y > py || (y === py && k > kp);
}

/** Crossings of edges of different polygons, one event on each edge, and touches (see findCrossings). */
export interface Events {
  /** The edge, the parameter along it (0 at its start, 1 at its end), the node, the other polygon. */
  readonly edge: number[];
  readonly t: number[];
  readonly x: number[];
  readonly y: number[];
  readonly poly: number[];
  /** +1 entering the other polygon, −1 leaving it, 0 a touch. */
  readonly enters: number[];
  /** A touch's vertex (−1 for crossings). */
  readonly vertex: number[];
  /** How far a crossing's computed parameter may be from the true one (0 at a shared vertex, exact). */
  readonly tol: number[];
  /** 1 for a touch by a vertex only within 1e-9 of the edge's length of it, not exactly on it. */
  readonly maybe: number[];
  /** Edges lying partly along another polygon's edge (collinear, overlapping): 1, and 2 where that edge runs the opposite way. */
  readonly shared: Uint8Array;
}

/** Finds the crossings and touches of pairs of edges (pair), into ev. */
class Crossings {
  readonly ev: Events;
  private readonly vx: Float64Array;
  private readonly vy: Float64Array;
  private readonly eb: Int32Array;
  private readonly ep: Int32Array;
  constructor({ vx, vy, eb, ep, edgeCount }: Edges) {
    this.vx = vx;
    this.vy = vy;
    this.eb = eb;
    this.ep = ep;
    this.ev = { edge: [], t: [], x: [], y: [], poly: [], enters: [], vertex: [], tol: [], maybe: [], shared: new Uint8Array(edgeCount) };
  }

  private add(e: number, t: number, x: number, y: number, other: number, enters: number, vertex: number, tol: number, maybe = 0): void {
    const ev = this.ev;
    ev.edge.push(e); ev.t.push(t); ev.x.push(x); ev.y.push(y); ev.poly.push(other); ev.enters.push(enters); ev.vertex.push(vertex); ev.tol.push(tol); ev.maybe.push(maybe);
  }

  /** A touch of edge e (a→b) by vertex v when v lies inside it: exactly (o, its side, a tie), or within 1e-9 of its length (maybe). */
  private touch(e: number, ax: number, ay: number, bx: number, by: number, v: number, other: number, o: number): void {
    const exact = tie(o);
    if (!exact && Math.abs(o) > NEAR * ((bx - ax) ** 2 + (by - ay) ** 2)) return;
    const px = this.vx[v]!, py = this.vy[v]!;
    const t = param(ax, ay, bx, by, px, py);
    if (t > 0 && t < 1) this.add(e, t, px, py, other, 0, v, 0, exact ? 0 : 1);
  }

  /** The crossing or touches of edges e and f (of different polygons). */
  pair(e: number, f: number): void {
    const { vx, vy, eb, ep } = this;
    const ke = ep[e]!, kf = ep[f]!;
    // Edge e starts at vertex e (Edges).
    const ax = vx[e]!, ay = vy[e]!, bx = vx[eb[e]!]!, by = vy[eb[e]!]!;
    const px = vx[f]!, py = vy[f]!, qx = vx[eb[f]!]!, qy = vy[eb[f]!]!;
    if (Math.max(ax, bx) < Math.min(px, qx) || Math.max(px, qx) < Math.min(ax, bx) || Math.max(ay, by) < Math.min(py, qy) || Math.max(py, qy) < Math.min(ay, by)) return;
    const op = side(ax, ay, bx, by, px, py, ke, kf), oq = side(ax, ay, bx, by, qx, qy, ke, kf);
    const oa = side(px, py, qx, qy, ax, ay, kf, ke), ob = side(px, py, qx, qy, bx, by, kf, ke);
    // A vertex exactly inside the other edge (not at its ends): a touch, where the result has
    // a node if the vertex is one of its own (see the walk); one within rounding of it, where the
    // overlay's rounding decides.
    if (tie(op) && tie(oq)) {
      const tp = param(ax, ay, bx, by, px, py), tq = param(ax, ay, bx, by, qx, qy);
      if (Math.max(Math.min(tp, tq), 0) < Math.min(Math.max(tp, tq), 1)) {
        // 1: along it; 2 as well where the two run opposite ways (polygons on either side).
        const how = (bx - ax) * (qx - px) + (by - ay) * (qy - py) < 0 ? 3 : 1;
        this.ev.shared[e]! |= how;
        this.ev.shared[f]! |= how;
      }
    }
    this.touch(e, ax, ay, bx, by, f, kf, op);
    this.touch(e, ax, ay, bx, by, eb[f]!, kf, oq);
    this.touch(f, px, py, qx, qy, e, ke, oa);
    this.touch(f, px, py, qx, qy, eb[e]!, ke, ob);
    if ((op > 0) === (oq > 0) || (oa > 0) === (ob > 0)) return;
    // e enters f's polygon where its end lies left of f; f enters e's where its end lies left of e.
    const ine = ob > 0 ? 1 : -1, inf = oq > 0 ? 1 : -1;
    if (tie(op) || tie(oq) || tie(oa) || tie(ob)) {
      // Through a vertex both edges share, at their ends: exactly there.
      const [x, y] = tie(oa) ? [ax, ay] : tie(ob) ? [bx, by] : tie(op) ? [px, py] : [qx, qy];
      this.add(e, param(ax, ay, bx, by, x, y), x, y, kf, ine, -1, 0);
      this.add(f, param(px, py, qx, qy, x, y), x, y, ke, inf, -1, 0);
      return;
    }
    const te = Math.min(1, Math.max(0, oa / (oa - ob)));
    const tf = Math.min(1, Math.max(0, op / (op - oq)));
    const x = ax + te * (bx - ax), y = ay + te * (by - ay);
    // Each parameter is a ratio of orientation determinants, each within ~1e-16 of its terms:
    // a bound on its error, larger where the edges cross at a shallow angle.
    const le = Math.hypot(bx - ax, by - ay), lf = Math.hypot(qx - px, qy - py);
    const sine = Math.abs(oa - ob) || TIE;
    this.add(e, te, x, y, kf, ine, -1, (4e-16 * lf * (le + lf)) / sine + 1e-15);
    this.add(f, tf, x, y, ke, inf, -1, (4e-16 * le * (le + lf)) / sine + 1e-15);
  }
}

/** Whether side() gave a tie: the point lies exactly on the line. */
function tie(o: number): boolean {
  return o === TIE || o === -TIE;
}

/**
 * Pair tests and ray steps allowed per edge (real data need under 30 and 10), and crossings: past
 * these — many polygons piled on one spot, or thousands overlapping everywhere — the overlays are
 * faster, and the caller uses them.
 */
const PAIRS_PER_EDGE = 200;
const STEPS_PER_EDGE = 100;
const EVENTS_PER_EDGE = 20;

/**
 * Every crossing of edges of different polygons, each found once (in the cell where their chains'
 * boxes' overlap begins), and every touch: a vertex of another polygon lying exactly inside an edge.
 * Null past the work allowed (PAIRS_PER_EDGE, EVENTS_PER_EDGE).
 */
export function findCrossings(edges: Edges, grid: Grid): Events | null {
  const { gx, gy, start, items, x0: cx0, y0: cy0, first, count, poly, bx0, by0, bx1, by1 } = grid;
  const { vx, vy, eb } = edges;
  const finder = new Crossings(edges);
  const budget = PAIRS_PER_EDGE * edges.edgeCount + 1e6;
  let work = 0;
  for (let cy = 0; cy < gy; cy++) {
    for (let cx = 0; cx < gx; cx++) {
      const c = cy * gx + cx, end = start[c + 1]!;
      for (let i = start[c]!; i < end; i++) {
        const h1 = items[i]!;
        for (let j = i + 1; j < end; j++) {
          const h2 = items[j]!;
          if (poly[h1] === poly[h2] || (cx0[h1]! > cx0[h2]! ? cx0[h1]! : cx0[h2]!) !== cx || (cy0[h1]! > cy0[h2]! ? cy0[h1]! : cy0[h2]!) !== cy) continue;
          if (bx1[h1]! < bx0[h2]! || bx1[h2]! < bx0[h1]! || by1[h1]! < by0[h2]! || by1[h2]! < by0[h1]!) continue;
          work += count[h1]! * count[h2]!;
          if (work > budget || finder.ev.edge.length > EVENTS_PER_EDGE * edges.edgeCount + 1e5) return null;
          // Only the edges of h1 that meet h2's box (most of a chain lies off the other's).
          const x0 = bx0[h2]!, y0 = by0[h2]!, x1 = bx1[h2]!, y1 = by1[h2]!;
          for (let e = first[h1]!; e < first[h1]! + count[h1]!; e++) {
            const ax = vx[e]!, ay = vy[e]!, bx = vx[eb[e]!]!, by = vy[eb[e]!]!;
            if ((ax > bx ? ax : bx) < x0 || (ax < bx ? ax : bx) > x1 || (ay > by ? ay : by) < y0 || (ay < by ? ay : by) > y1) continue;
            for (let f = first[h2]!; f < first[h2]! + count[h2]!; f++) finder.pair(e, f);
          }
        }
      }
    }
  }
  return finder.ev;
}

/**
 * How many polygons of each group (index G: of the region) hold each ring's first vertex, other than
 * the ring's own polygon: crossings of a ray to the east, along the vertex's row of cells. Null past
 * STEPS_PER_EDGE chains looked at per edge (thousands of small rings along one row).
 */
export function startDepths({ vx, vy, eb, ep, rings, ringCount, edgeCount }: Edges, grid: Grid, polyGroup: Int32Array, G: number): Int32Array | null {
  const { minX, minY, size, gx, gy, start, items, x0, first, count, poly, by0, by1 } = grid;
  const parity = new Uint8Array(polyGroup.length);
  const touched: number[] = [];
  const depths = new Int32Array(ringCount * (G + 1));
  const budget = STEPS_PER_EDGE * edgeCount + 1e6;
  let steps = 0;
  for (let r = 0; r < ringCount; r++) {
    const k = rings[3 * r]!;
    const v = rings[3 * r + 1]!;
    const px = vx[v]!, py = vy[v]!;
    const cy = cellIndex(py, minY, size, gy), c0 = cellIndex(px, minX, size, gx);
    for (let cx = c0; cx < gx; cx++) {
      const c = cy * gx + cx;
      steps += start[c + 1]! - start[c]! + 1;
      if (steps > budget) return null;
      for (let i = start[c]!; i < start[c + 1]!; i++) {
        const h = items[i]!;
        // Each chain once: in the first of its cells at or east of the vertex's.
        if (poly[h] === k || (x0[h]! > c0 ? x0[h]! : c0) !== cx || by1[h]! < py || by0[h]! > py) continue;
        for (let e = first[h]!; e < first[h]! + count[h]!; e++) {
          const ke = ep[e]!;
          const ay = vy[e]!, by = vy[eb[e]!]!;
          const up = above(by, ke, py, k);
          if (above(ay, ke, py, k) === up) continue;
          const s = side(vx[e]!, ay, vx[eb[e]!]!, by, px, py, ke, k);
          if (up ? s > 0 : s < 0) {
            if (parity[ke] === 0) touched.push(ke);
            parity[ke]! ^= 1;
          }
        }
      }
    }
    for (const j of touched) { if (parity[j]) depths[r * (G + 1) + polyGroup[j]!]!++; parity[j] = 0; }
    touched.length = 0;
  }
  return depths;
}
