/**
 * Areas of unions clipped to a region, measured from their edges alone, without building the union:
 * what PostGIS gives for `ST_Area(ST_Intersection(ST_Union(geom), region)::geography)`, for each
 * group of polygons and for all of them together, in one pass over the edges.
 *
 * The boundary of (∪ polygons) ∩ region is made of the stretches of polygon edges that lie inside
 * the region and inside no other polygon, and the stretches of region edges that lie inside some
 * polygon; the area is the sum of their geodesic edge terms (edgeAreaTerm), each in its own direction
 * (interiors on the left). Edges are split only where that status changes, at the crossing nodes the
 * overlay's result has (splitting at a crossing with a dissolved edge would change the geodesics).
 *
 * Crossings and containment are decided by exact orientation tests (robust-predicates); vertices
 * and edges that polygons share are decided by simulation of simplicity: each polygon k is taken as
 * moved by (kε, kε²) for an infinitesimal ε. The union's area is continuous in that move, so shared
 * edges count once, or not at all between polygons on either side, and shared vertices need nothing
 * more; a vertex lying exactly inside another's edge is a node where the result has that vertex.
 * Where the overlay's nodes depend on its rounding — two crossings of an edge within 1e-9 of its
 * length — the most the area can differ by is added up (splitEffectBound): past 5e-10 of an area,
 * or with an edge the short-edge area does not take, the answer is null and the caller overlays
 * (clip.ts).
 */
import { orient2d } from 'robust-predicates';
import type { Position } from 'geojson';
import { authalicOf, edgeAreaTerm, isShortEdge, splitEffectBound } from './ellipsoidal-area.ts';
import { WGS84 } from './wgs84.ts';

/** Rings of one polygon, the outer one first. */
type Poly = readonly (readonly Position[])[];

/** The areas measured by unionAreasWithin, m². */
export interface UnionAreas {
  /** area((∪ groups[g]) ∩ region) for each group g. */
  readonly byGroup: number[];
  /** area((∪ of every group) ∩ region). */
  readonly all: number;
}

const DEG = Math.PI / 180;

/** Crossings closer than this along an edge (of its length) may be in either order. */
const NEAR = 1e-9;
/** How much of an area the overlay's possible node choices may change before the overlays decide instead. */
const DOUBT = 5e-10;
/** m² per degree of longitude per unit of authalic q, as in edgeAreaTerm (a bound: without 1 − e²). */
const SHOELACE_M2 = ((Math.PI / 180) * WGS84.a * WGS84.a) / 4;

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

/** The rings' vertices and edges, interiors on the left (outer rings counter-clockwise, holes clockwise). */
interface Edges {
  readonly vx: Float64Array;
  readonly vy: Float64Array;
  /** Edge e runs from vertex ea[e] to vertex eb[e] and belongs to polygon ep[e]. */
  readonly ea: Int32Array;
  readonly eb: Int32Array;
  readonly ep: Int32Array;
  readonly edgeCount: number;
  /** Ring r is polygon rings[3r], edges rings[3r + 1] … + rings[3r + 2] − 1. */
  readonly rings: Int32Array;
  readonly ringCount: number;
}

/** The polygons' edges (repeated vertices dropped, rings with no area left out); null when an edge is not short (isShortEdge). */
function collectEdges(polys: readonly Poly[]): Edges | null {
  let size = 0;
  let ringMax = 0;
  for (const p of polys) { ringMax += p.length; for (const r of p) size += r.length; }
  const vx = new Float64Array(size), vy = new Float64Array(size);
  const ea = new Int32Array(size), eb = new Int32Array(size), ep = new Int32Array(size);
  const rings = new Int32Array(3 * ringMax);
  let nv = 0, ne = 0, nr = 0;
  for (let k = 0; k < polys.length; k++) {
    const rs = polys[k]!;
    for (let r = 0; r < rs.length; r++) {
      const ring = rs[r]!;
      // Copied as given, repeated positions dropped, with its planar signed area (from the first
      // vertex, as planarSigned measures it); turned round below where it runs the wrong way.
      const first = nv;
      for (let i = 0; i < ring.length; i++) {
        const p = ring[i]!;
        const x = p[0]!, y = p[1]!;
        if (nv > first && x === vx[nv - 1] && y === vy[nv - 1]) continue;
        vx[nv] = x;
        vy[nv] = y;
        nv++;
      }
      if (nv - first > 1 && vx[first] === vx[nv - 1] && vy[first] === vy[nv - 1]) nv--;
      const m = nv - first;
      let twice = 0;
      const x0 = vx[first]!, y0 = vy[first]!;
      for (let i = first, j = nv - 1; i < nv; j = i++) twice += (vx[j]! - x0 - (vx[i]! - x0)) * (vy[j]! - y0 + (vy[i]! - y0));
      if (m < 3 || twice === 0 || !Number.isFinite(twice)) { nv = first; continue; }
      if ((twice > 0) !== (r === 0)) { vx.subarray(first, nv).reverse(); vy.subarray(first, nv).reverse(); }
      rings[3 * nr] = k;
      rings[3 * nr + 1] = ne;
      rings[3 * nr + 2] = m;
      nr++;
      for (let i = 0; i < m; i++) {
        const a0 = first + i, b0 = i + 1 === m ? first : first + i + 1;
        if (!isShortEdge(vx[a0]!, vy[a0]!, vx[b0]!, vy[b0]!)) return null;
        ea[ne] = a0;
        eb[ne] = b0;
        ep[ne] = k;
        ne++;
      }
    }
  }
  return { vx: vx.subarray(0, nv), vy: vy.subarray(0, nv), ea, eb, ep, edgeCount: ne, rings, ringCount: nr };
}

/** Edges per chain: runs of consecutive edges of a ring, listed in the grid together. */
const CHAIN = 8;

/**
 * Chains of up to CHAIN consecutive edges of one ring, with their boxes, in a grid of about as many
 * cells as chains, each chain listed in every cell its box covers.
 */
interface Grid {
  readonly minX: number;
  readonly minY: number;
  readonly size: number;
  readonly gx: number;
  readonly gy: number;
  /** Chain h is edges first[h] … first[h] + count[h] − 1, of polygon poly[h], in box (bx0, by0)–(bx1, by1). */
  readonly first: Int32Array;
  readonly count: Int32Array;
  readonly poly: Int32Array;
  readonly bx0: Float64Array;
  readonly by0: Float64Array;
  readonly bx1: Float64Array;
  readonly by1: Float64Array;
  /** The chains of cell c are items[start[c]] … items[start[c + 1] − 1]. */
  readonly start: Int32Array;
  readonly items: Int32Array;
  /** Each chain's first cell column and row. */
  readonly x0: Int32Array;
  readonly y0: Int32Array;
}

function buildGrid({ vx, vy, ea, eb, ep, rings, ringCount }: Edges): Grid {
  let n = 0;
  for (let r = 0; r < ringCount; r++) n += Math.ceil(rings[3 * r + 2]! / CHAIN);
  const first = new Int32Array(n), count = new Int32Array(n), poly = new Int32Array(n);
  const bx0 = new Float64Array(n), by0 = new Float64Array(n), bx1 = new Float64Array(n), by1 = new Float64Array(n);
  let h = 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let r = 0; r < ringCount; r++) {
    const e0 = rings[3 * r + 1]!, m = rings[3 * r + 2]!;
    for (let c0 = 0; c0 < m; c0 += CHAIN, h++) {
      const c1 = Math.min(m, c0 + CHAIN);
      first[h] = e0 + c0;
      count[h] = c1 - c0;
      poly[h] = ep[e0]!;
      let x0 = vx[ea[e0 + c0]!]!, y0 = vy[ea[e0 + c0]!]!, x1 = x0, y1 = y0;
      for (let e = e0 + c0; e < e0 + c1; e++) {
        const x = vx[eb[e]!]!, y = vy[eb[e]!]!;
        if (x < x0) x0 = x; else if (x > x1) x1 = x;
        if (y < y0) y0 = y; else if (y > y1) y1 = y;
      }
      bx0[h] = x0; by0[h] = y0; bx1[h] = x1; by1[h] = y1;
      if (x0 < minX) minX = x0;
      if (x1 > maxX) maxX = x1;
      if (y0 < minY) minY = y0;
      if (y1 > maxY) maxY = y1;
    }
  }
  const span = Math.max(maxX - minX, maxY - minY);
  const size = Math.max(Math.sqrt(((maxX - minX) * (maxY - minY)) / n), span / 4096, 1e-12);
  const gx = Math.floor((maxX - minX) / size) + 1;
  const gy = Math.floor((maxY - minY) / size) + 1;
  const cx0 = new Int32Array(n), cx1 = new Int32Array(n), cy0 = new Int32Array(n), cy1 = new Int32Array(n);
  const start = new Int32Array(gx * gy + 1);
  for (let i = 0; i < n; i++) {
    cx0[i] = Math.min(gx - 1, Math.floor((bx0[i]! - minX) / size));
    cx1[i] = Math.min(gx - 1, Math.floor((bx1[i]! - minX) / size));
    cy0[i] = Math.min(gy - 1, Math.floor((by0[i]! - minY) / size));
    cy1[i] = Math.min(gy - 1, Math.floor((by1[i]! - minY) / size));
    for (let cy = cy0[i]!; cy <= cy1[i]!; cy++) for (let cx = cx0[i]!; cx <= cx1[i]!; cx++) start[cy * gx + cx + 1]!++;
  }
  for (let c = 0; c < gx * gy; c++) start[c + 1]! += start[c]!;
  const items = new Int32Array(start[gx * gy]!);
  const fill = start.slice(0, gx * gy);
  for (let i = 0; i < n; i++) for (let cy = cy0[i]!; cy <= cy1[i]!; cy++) for (let cx = cx0[i]!; cx <= cx1[i]!; cx++) items[fill[cy * gx + cx]!++] = i;
  return { minX, minY, size, gx, gy, first, count, poly, bx0, by0, bx1, by1, start, items, x0: cx0, y0: cy0 };
}

/** Crossings of edges of different polygons, one event on each edge, and touches (see findCrossings). */
interface Events {
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
  private readonly ea: Int32Array;
  private readonly eb: Int32Array;
  private readonly ep: Int32Array;
  constructor({ vx, vy, ea, eb, ep, edgeCount }: Edges) {
    this.vx = vx;
    this.vy = vy;
    this.ea = ea;
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
    const { vx, vy, ea, eb, ep } = this;
    const ke = ep[e]!, kf = ep[f]!;
    const ax = vx[ea[e]!]!, ay = vy[ea[e]!]!, bx = vx[eb[e]!]!, by = vy[eb[e]!]!;
    const px = vx[ea[f]!]!, py = vy[ea[f]!]!, qx = vx[eb[f]!]!, qy = vy[eb[f]!]!;
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
    this.touch(e, ax, ay, bx, by, ea[f]!, kf, op);
    this.touch(e, ax, ay, bx, by, eb[f]!, kf, oq);
    this.touch(f, px, py, qx, qy, ea[e]!, ke, oa);
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
 * Every crossing of edges of different polygons, each found once (in the cell where their chains'
 * boxes' overlap begins), and every touch: a vertex of another polygon lying exactly inside an edge.
 */
function findCrossings(edges: Edges, grid: Grid): Events {
  const { gx, gy, start, items, x0, y0, first, count, poly, bx0, by0, bx1, by1 } = grid;
  const finder = new Crossings(edges);
  for (let cy = 0; cy < gy; cy++) {
    for (let cx = 0; cx < gx; cx++) {
      const c = cy * gx + cx, end = start[c + 1]!;
      for (let i = start[c]!; i < end; i++) {
        const h1 = items[i]!;
        for (let j = i + 1; j < end; j++) {
          const h2 = items[j]!;
          if (poly[h1] === poly[h2] || (x0[h1]! > x0[h2]! ? x0[h1]! : x0[h2]!) !== cx || (y0[h1]! > y0[h2]! ? y0[h1]! : y0[h2]!) !== cy) continue;
          if (bx1[h1]! < bx0[h2]! || bx1[h2]! < bx0[h1]! || by1[h1]! < by0[h2]! || by1[h2]! < by0[h1]!) continue;
          for (let e = first[h1]!; e < first[h1]! + count[h1]!; e++) for (let f = first[h2]!; f < first[h2]! + count[h2]!; f++) finder.pair(e, f);
        }
      }
    }
  }
  return finder.ev;
}

/**
 * How many polygons of each group (index G: of the region) hold each ring's first vertex, other than
 * the ring's own polygon: crossings of a ray to the east, along the vertex's row of cells.
 */
function startDepths({ vx, vy, ea, eb, ep, rings, ringCount }: Edges, grid: Grid, polyGroup: Int32Array, G: number): Int32Array {
  const { minX, minY, size, gx, gy, start, items, x0, first, count, poly, by0, by1 } = grid;
  const parity = new Uint8Array(polyGroup.length);
  const touched: number[] = [];
  const depths = new Int32Array(ringCount * (G + 1));
  for (let r = 0; r < ringCount; r++) {
    const k = rings[3 * r]!;
    const v = ea[rings[3 * r + 1]!]!;
    const px = vx[v]!, py = vy[v]!;
    const cy = Math.min(gy - 1, Math.floor((py - minY) / size)), c0 = Math.min(gx - 1, Math.floor((px - minX) / size));
    for (let cx = c0; cx < gx; cx++) {
      const c = cy * gx + cx;
      for (let i = start[c]!; i < start[c + 1]!; i++) {
        const h = items[i]!;
        // Each chain once: in the first of its cells at or east of the vertex's.
        if (poly[h] === k || (x0[h]! > c0 ? x0[h]! : c0) !== cx || by1[h]! < py || by0[h]! > py) continue;
        for (let e = first[h]!; e < first[h]! + count[h]!; e++) {
          const ke = ep[e]!;
          const ay = vy[ea[e]!]!, by = vy[eb[e]!]!;
          const up = above(by, ke, py, k);
          if (above(ay, ke, py, k) === up) continue;
          const s = side(vx[ea[e]!]!, ay, vx[eb[e]!]!, by, px, py, ke, k);
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

/** The events of each edge in order along it: those of edge e are order[first[e]] … order[first[e + 1] − 1]. */
interface EventOrder {
  readonly order: Int32Array;
  readonly first: Int32Array;
  /**
   * Per edge, 0 or how close (of its length) two of its crossings are at distinct points, closer than
   * 1e-9 or than their parameters' errors: a near-degenerate case, where the order and the overlay's
   * rounding decide which nodes the result has.
   */
  readonly nearGap: Float64Array;
}

function orderEvents(ev: Events, E: number): EventOrder {
  const order = Int32Array.from(ev.edge.keys()).sort((a, b) => ev.edge[a]! - ev.edge[b]! || ev.t[a]! - ev.t[b]!);
  const first = new Int32Array(E + 1);
  for (const i of order) first[ev.edge[i]! + 1]!++;
  for (let e = 0; e < E; e++) first[e + 1]! += first[e]!;
  const nearGap = new Float64Array(E);
  for (let n = 1; n < order.length; n++) {
    const i = order[n]!, h = order[n - 1]!;
    if (ev.edge[h] !== ev.edge[i] || (ev.x[h] === ev.x[i] && ev.y[h] === ev.y[i])) continue;
    const gap = NEAR + ev.tol[i]! + ev.tol[h]!;
    if (ev.t[i]! - ev.t[h]! <= gap) nearGap[ev.edge[i]!] = Math.max(nearGap[ev.edge[i]!]!, gap);
  }
  return { order, first, nearGap };
}

/**
 * What a point's depths (how many polygons of each group hold it; index G: of the region) mean for
 * the results. Accumulator a is a group's union (a < G) or all groups' (a = G).
 */
class Depths {
  readonly d: Int32Array;
  constructor(readonly G: number, readonly clipped: boolean) {
    this.d = new Int32Array(G + 1);
  }
  /** Polygons of all groups holding the point. */
  total(): number {
    let n = 0;
    for (let i = 0; i < this.G; i++) n += this.d[i]!;
    return n;
  }
  /** Whether a polygon's stretch (of group g) here bounds accumulator a's union, wherever the region is. */
  bounds(a: number, g: number): boolean {
    return a === this.G ? this.total() === 0 : a === g && this.d[g] === 0;
  }
  /**
   * Whether a stretch here bounds accumulator a's union ∩ region: a polygon's (of group g) inside the
   * region and no other polygon of the union; a region's inside no other region polygon and some
   * polygon of the union.
   */
  keeps(a: number, onRegion: boolean, g: number): boolean {
    const { d, G } = this;
    if (onRegion) return d[G] === 0 && (a === G ? this.total() > 0 : d[a]! > 0);
    return (!this.clipped || d[G]! > 0) && this.bounds(a, g);
  }
}

/** Everything the walks over the rings share. */
interface Pass {
  readonly edges: Edges;
  readonly ev: Events;
  readonly eo: EventOrder;
  readonly polyGroup: Int32Array;
  readonly G: number;
  readonly startDepth: Int32Array;
}

/**
 * Which vertices the results have, for touches (a vertex lying exactly inside another's edge): per
 * vertex, 1 at index a where it is on the boundary of accumulator a's union, at index G (also) where
 * it is on the region's — where a stretch of its own polygon's bounds them next to it, or where it
 * touches another polygon's edge that does.
 */
function resultVertices({ edges: { vx, vy, ea, eb, rings, ringCount }, ev, eo: { order, first }, polyGroup, G, startDepth }: Pass): Uint8Array {
  const on = new Uint8Array(vx.length * (G + 1));
  const dep = new Depths(G, false);
  const add = (d: number) => { const o = order[d]!; dep.d[polyGroup[ev.poly[o]!]!]! += ev.enters[o]!; };
  // Only the rings of touched edges and touching vertices (vertex v starts edge v).
  const ringOf = (e: number): number => {
    let lo = 0, hi = ringCount - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (rings[3 * mid + 1]! <= e) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const wanted = new Set<number>();
  for (let o = 0; o < ev.enters.length; o++) if (ev.enters[o] === 0 && ev.maybe[o] === 0) { wanted.add(ringOf(ev.edge[o]!)); wanted.add(ringOf(ev.vertex[o]!)); }
  for (const r of wanted) {
    const k = rings[3 * r]!, e0 = rings[3 * r + 1]!, m = rings[3 * r + 2]!;
    const g = polyGroup[k]!;
    dep.d.set(startDepth.subarray(r * (G + 1), (r + 1) * (G + 1)));
    const mark = (v: number, gv: number) => {
      if (g === G) { if (dep.d[G] === 0) on[v * (G + 1) + G] = 1; return; }
      if (gv === g && dep.bounds(g, g)) on[v * (G + 1) + g] = 1;
      if (gv < G && dep.bounds(G, g)) on[v * (G + 1) + G] = 1;
    };
    for (let e = e0; e < e0 + m; e++) {
      const a = ea[e]!, b = eb[e]!;
      let i = first[e]!;
      const i1 = first[e + 1]!;
      // The stretch after a (its events at a applied), and the one before b (those at b not yet).
      for (; i < i1 && ev.x[order[i]!] === vx[a] && ev.y[order[i]!] === vy[a]; i++) add(i);
      mark(a, g);
      for (; i < i1 && !(ev.x[order[i]!] === vx[b] && ev.y[order[i]!] === vy[b]); i++) {
        add(i);
        const o = order[i]!;
        if (g < G && ev.enters[o] === 0 && ev.maybe[o] === 0) mark(ev.vertex[o]!, polyGroup[ev.poly[o]!]!);
      }
      mark(b, g);
      for (; i < i1; i++) add(i);
    }
  }
  return on;
}

/** Per-vertex sin φ, cos φ and authalic q for the edge terms, centred on the first vertex's q. */
class Terms {
  private readonly s: Float64Array;
  private readonly c: Float64Array;
  private readonly q: Float64Array;
  private readonly q0: number;
  /** The largest |q − q0|. */
  readonly qSpan: number;
  constructor(private readonly vx: Float64Array, private readonly vy: Float64Array) {
    const n = vx.length;
    this.s = new Float64Array(n);
    this.c = new Float64Array(n);
    this.q = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      this.s[i] = Math.sin(vy[i]! * DEG);
      this.c[i] = Math.sqrt(1 - this.s[i]! * this.s[i]!);
      this.q[i] = authalicOf(this.s[i]!);
    }
    this.q0 = this.q[0]!;
    let span = 0;
    for (let i = 0; i < n; i++) span = Math.max(span, Math.abs(this.q[i]! - this.q0));
    this.qSpan = span;
  }
  /** The term of the edge between vertices a and b. */
  edge(a: number, b: number): number {
    const { vx, vy, s, c, q } = this;
    return edgeAreaTerm(vx[a]!, vy[a]!, s[a]!, c[a]!, q[a]!, vx[b]!, vy[b]!, s[b]!, c[b]!, q[b]!, this.q0);
  }
  /** The term of the edge between two points (lon, lat). */
  between(x1: number, y1: number, x2: number, y2: number): number {
    const s1 = Math.sin(y1 * DEG), s2 = Math.sin(y2 * DEG);
    return edgeAreaTerm(x1, y1, s1, Math.sqrt(1 - s1 * s1), authalicOf(s1), x2, y2, s2, Math.sqrt(1 - s2 * s2), authalicOf(s2), this.q0);
  }
}

/**
 * The kept stretches along one edge for one accumulator: the pieces added to its sum, and — where
 * the result may or may not have a node (see Walk) — what that node changes, added to its doubt.
 */
class Run {
  /** The accumulator. */
  x = 0;
  /** The current piece's start. */
  sx = 0;
  sy = 0;
  /** A doubtful node (px, py) after a piece from (qx, qy), waiting for the next node. */
  private pending = false;
  private qx = 0;
  private qy = 0;
  private px = 0;
  private py = 0;
  constructor(readonly terms: Terms, readonly acc: Float64Array, readonly doubt: Float64Array) {}
  /** Starts a kept stretch at a point. */
  start(x: number, px: number, py: number): void {
    this.x = x;
    this.sx = px;
    this.sy = py;
    this.pending = false;
  }
  /**
   * Ends the current piece at a point (a node) and starts the next there. A doubtful node adds to
   * the doubt what it changes: its two pieces against one from the piece before to the next node.
   */
  cut(px: number, py: number, doubtful = false): void {
    const { terms } = this;
    this.acc[this.x]! += terms.between(this.sx, this.sy, px, py);
    if (this.pending) {
      this.doubt[this.x]! += Math.abs(terms.between(this.qx, this.qy, this.px, this.py) + terms.between(this.px, this.py, px, py) - terms.between(this.qx, this.qy, px, py));
      this.pending = false;
    }
    if (doubtful) {
      this.pending = true;
      this.qx = this.sx;
      this.qy = this.sy;
      this.px = px;
      this.py = py;
    }
    this.sx = px;
    this.sy = py;
  }
}

/**
 * Walks every ring, keeping the depths along it, and sums for each accumulator the terms of its
 * kept stretches (acc); also what the overlay's node choices could change in each (doubt, m²).
 */
class Walk {
  readonly acc: Float64Array;
  readonly doubt: Float64Array;
  private readonly terms: Terms;
  private readonly vertexOf: Uint8Array;
  private readonly run: Run;
  private readonly dep: Depths;
  private readonly worst: Depths;
  private readonly before: Int32Array;
  /** Polygons met at one point and their net entering (+) or leaving (−): [polygon, net, …]. */
  private readonly nets: number[] = [];
  private readonly accs: number[] = [];
  private readonly G: number;

  constructor(private readonly pass: Pass, clipped: boolean) {
    const { edges: { vx, vy }, ev, G } = pass;
    this.G = G;
    this.terms = new Terms(vx, vy);
    this.vertexOf = ev.enters.includes(0) ? resultVertices(pass) : new Uint8Array(0);
    this.acc = new Float64Array(G + 1);
    this.doubt = new Float64Array(G + 1);
    this.run = new Run(this.terms, this.acc, this.doubt);
    this.dep = new Depths(G, clipped);
    this.worst = new Depths(G, clipped);
    this.before = new Int32Array(G + 1);
  }

  /** Walks every ring; false where a ring's depths do not come back to their start. */
  rings(): boolean {
    const { edges: { rings, ringCount }, polyGroup, startDepth } = this.pass;
    const { G, accs } = this;
    const depth = this.dep.d;
    for (let r = 0; r < ringCount; r++) {
      const k = rings[3 * r]!, e0 = rings[3 * r + 1]!, m = rings[3 * r + 2]!;
      const g = polyGroup[k]!;
      const onRegion = g === G;
      depth.set(startDepth.subarray(r * (G + 1), (r + 1) * (G + 1)));
      accs.length = 0;
      if (onRegion) for (let i = 0; i <= G; i++) accs.push(i); else accs.push(g, G);
      for (let e = e0; e < e0 + m; e++) this.edge(e, onRegion, g);
      for (let i = 0; i <= G; i++) if (depth[i] !== startDepth[r * (G + 1) + i]) return false;
    }
    return true;
  }

  /**
   * Whether a touch by vertex v of polygon kv is a node of accumulator a's result on a kept stretch:
   * the union's and the region's edges are noded at each other's vertices and at their own where
   * the union (or the region) has that vertex — then it is on the boundary of every partial union
   * of the overlay's cascade too, whatever its order. On a kept stretch of a polygon's edge, which
   * bounds the union, any vertex of the union's polygons is on its boundary.
   */
  private isNode(a: number, onRegion: boolean, kv: number, v: number): boolean {
    const { G, vertexOf } = this;
    const gv = this.pass.polyGroup[kv]!;
    if (gv === G) return vertexOf[v * (G + 1) + G] === 1;
    return (a === G || gv === a) && (!onRegion || vertexOf[v * (G + 1) + a] === 1);
  }

  /** One edge (of a polygon of group g, or of the region), for every accumulator it bounds; leaves the depths at its end. */
  private edge(e: number, onRegion: boolean, g: number): void {
    const { edges: { vx, vy, ea, eb }, ev, eo: { order, first, nearGap }, polyGroup } = this.pass;
    const { G, acc, doubt, dep, worst, nets, run, terms, before } = this;
    const depth = dep.d;
    const a = ea[e]!, b = eb[e]!;
    const i0 = first[e]!, i1 = first[e + 1]!;
    if (i0 === i1) {
      let t = NaN;
      for (const x of this.accs) {
        if (!dep.keeps(x, onRegion, g)) continue;
        if (Number.isNaN(t)) t = terms.edge(a, b);
        acc[x]! += t;
      }
      return;
    }
    before.set(depth);
    // A node more or less on this edge changes its terms by at most this; where two crossings are
    // too near to order, a piece up to their distance apart may be kept or not.
    const bound = nearGap[e]! > 0 ? splitEffectBound(vx[a]!, vy[a]!, vx[b]!, vy[b]!) + 2 * nearGap[e]! * Math.abs(vx[b]! - vx[a]!) * (terms.qSpan + 1) * SHOELACE_M2 : 0;
    const shared = ev.shared[e] !== 0, facing = (ev.shared[e]! & 2) !== 0;
    for (const x of this.accs) {
      depth.set(before);
      let kept = dep.keeps(x, onRegion, g);
      let touched = kept;
      // Where the result may or may not have a node — at a crossing along a stretch shared with
      // another polygon's edge (a vertex of the union lying on it), where polygons are entered and
      // left at one point, or a vertex lies on the edge to within rounding — split, and count what
      // the node changes.
      run.start(x, vx[a]!, vy[a]!);
      for (let i = i0; i < i1;) {
        // The events at one point together (at a vertex lying on the edge, their order is arbitrary):
        // a node where the stretch starts or ends there, or where the result has a vertex there.
        const px = ev.x[order[i]!]!, py = ev.y[order[i]!]!;
        let node = false, crossed = false, doubtful = false;
        worst.d.set(depth);
        nets.length = 0;
        for (; i < i1 && ev.x[order[i]!] === px && ev.y[order[i]!] === py; i++) {
          const o = order[i]!, kq = ev.poly[o]!, gq = polyGroup[kq]!;
          if (ev.enters[o] === 0) { if (ev.maybe[o]) doubtful = true; else node ||= this.isNode(x, onRegion, kq, ev.vertex[o]!); continue; }
          depth[gq]! += ev.enters[o]!;
          crossed ||= gq === G || x === G || gq === x;
          const n = nets.indexOf(kq);
          if (n < 0) nets.push(kq, ev.enters[o]!); else nets[n + 1]! += ev.enters[o]!;
        }
        // Polygons entered and left here, in some order: if the stretch could be outside the result
        // between them, the point may be a corner of the union on the edge (or polygons meeting
        // along an edge through it): a node, counted as doubtful.
        for (let n = 0; n < nets.length; n += 2) {
          const gq = polyGroup[nets[n]!]!, d = nets[n + 1]!;
          if ((gq === G) === onRegion ? d > 0 : d < 0) worst.d[gq]! += d;
        }
        const corner = !worst.keeps(x, onRegion, g);
        const now = dep.keeps(x, onRegion, g);
        touched ||= now;
        if (kept && now) {
          if (node) run.cut(px, py);
          else if (corner || doubtful || (shared && crossed)) run.cut(px, py, true);
        } else if (kept) {
          const fx = run.sx, fy = run.sy;
          run.cut(px, py);
          // Turning off a stretch shared with a polygon on its other side, the overlay may leave a
          // spike of no area along it, to the edge's end and back: a node more, at most this.
          if (facing) doubt[x]! += Math.abs(terms.between(fx, fy, vx[b]!, vy[b]!) + terms.between(vx[b]!, vy[b]!, px, py) - terms.between(fx, fy, px, py));
        } else if (now) {
          run.start(x, px, py);
          // Turning onto it, from its start.
          if (facing) doubt[x]! += Math.abs(terms.between(vx[a]!, vy[a]!, px, py) + terms.between(px, py, vx[b]!, vy[b]!) - terms.edge(a, b));
        }
        kept = now;
      }
      if (kept) run.cut(vx[b]!, vy[b]!);
      if (touched) doubt[x]! += bound;
    }
  }
}

/**
 * Areas in m² of (union of each group) ∩ region and of (union of all groups) ∩ region, the region
 * being the union of its polygons (null: no clipping). Polygons may overlap and touch, within a
 * group, across groups and in the region. Ring orientation does not matter; rings with no area are
 * ignored. Null when an edge spans more than 0.05° or lies beyond 70° latitude (the short-edge
 * area's range), or the overlay's choices could change an area by more than 5e-10 of it: the caller
 * overlays instead.
 */
export function unionAreasWithin(groups: readonly (readonly Poly[])[], region: readonly Poly[] | null): UnionAreas | null {
  const G = groups.length;
  const polys: Poly[] = [];
  const groupOf: number[] = [];
  groups.forEach((g, gi) => { for (const p of g) { polys.push(p); groupOf.push(gi); } });
  for (const p of region ?? []) { polys.push(p); groupOf.push(G); }
  const polyGroup = Int32Array.from(groupOf);
  const edges = collectEdges(polys);
  if (!edges) return null;
  if (edges.edgeCount === 0) return { byGroup: groups.map(() => 0), all: 0 };
  const grid = buildGrid(edges);
  const ev = findCrossings(edges, grid);
  const startDepth = startDepths(edges, grid, polyGroup, G);
  const walk = new Walk({ edges, ev, eo: orderEvents(ev, edges.edgeCount), polyGroup, G, startDepth }, region !== null);
  if (!walk.rings()) return null;
  const { acc, doubt } = walk;
  for (let x = 0; x <= G; x++) if (doubt[x]! > DOUBT * Math.abs(acc[x]!) + 1e-9) return null;
  return { byGroup: Array.from(acc.subarray(0, G)), all: acc[G]! };
}
