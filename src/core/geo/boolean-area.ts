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
import { planarSigned } from './ring-orientation.ts';
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
      const a = planarSigned(ring);
      if (a === 0 || !Number.isFinite(a)) continue;
      let n = ring.length;
      if (n > 1 && ring[0]![0] === ring[n - 1]![0] && ring[0]![1] === ring[n - 1]![1]) n--;
      const forward = (a > 0) === (r === 0);
      const first = nv;
      for (let i = 0; i < n; i++) {
        const p = ring[forward ? i : n - 1 - i]!;
        const x = p[0]!, y = p[1]!;
        if (nv > first && x === vx[nv - 1] && y === vy[nv - 1]) continue;
        vx[nv] = x;
        vy[nv] = y;
        nv++;
      }
      if (nv - first > 1 && vx[first] === vx[nv - 1] && vy[first] === vy[nv - 1]) nv--;
      const m = nv - first;
      if (m < 3) { nv = first; continue; }
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

/** A grid of about as many cells as edges, each edge listed in every cell its box covers. */
interface Grid {
  readonly minX: number;
  readonly minY: number;
  readonly size: number;
  readonly gx: number;
  readonly gy: number;
  /** The edges of cell c are items[start[c]] … items[start[c + 1] − 1]. */
  readonly start: Int32Array;
  readonly items: Int32Array;
  /** Each edge's first and last cell columns and rows. */
  readonly x0: Int32Array;
  readonly x1: Int32Array;
  readonly y0: Int32Array;
  readonly y1: Int32Array;
}

function buildGrid({ vx, vy, ea, eb, edgeCount: E }: Edges): Grid {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < vx.length; i++) {
    const x = vx[i]!, y = vy[i]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const span = Math.max(maxX - minX, maxY - minY);
  const size = Math.max(Math.sqrt(((maxX - minX) * (maxY - minY)) / E), span / 4096, 1e-12);
  const gx = Math.floor((maxX - minX) / size) + 1;
  const gy = Math.floor((maxY - minY) / size) + 1;
  const x0 = new Int32Array(E), x1 = new Int32Array(E), y0 = new Int32Array(E), y1 = new Int32Array(E);
  const start = new Int32Array(gx * gy + 1);
  for (let e = 0; e < E; e++) {
    const ax = vx[ea[e]!]!, ay = vy[ea[e]!]!, bx = vx[eb[e]!]!, by = vy[eb[e]!]!;
    x0[e] = Math.min(gx - 1, Math.floor((Math.min(ax, bx) - minX) / size));
    x1[e] = Math.min(gx - 1, Math.floor((Math.max(ax, bx) - minX) / size));
    y0[e] = Math.min(gy - 1, Math.floor((Math.min(ay, by) - minY) / size));
    y1[e] = Math.min(gy - 1, Math.floor((Math.max(ay, by) - minY) / size));
    for (let cy = y0[e]!; cy <= y1[e]!; cy++) for (let cx = x0[e]!; cx <= x1[e]!; cx++) start[cy * gx + cx + 1]!++;
  }
  for (let c = 0; c < gx * gy; c++) start[c + 1]! += start[c]!;
  const items = new Int32Array(start[gx * gy]!);
  const fill = start.slice(0, gx * gy);
  for (let e = 0; e < E; e++) for (let cy = y0[e]!; cy <= y1[e]!; cy++) for (let cx = x0[e]!; cx <= x1[e]!; cx++) items[fill[cy * gx + cx]!++] = e;
  return { minX, minY, size, gx, gy, start, items, x0, x1, y0, y1 };
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
  /** Edges lying partly along another polygon's edge (collinear, overlapping): 1. */
  readonly shared: Uint8Array;
}

/**
 * Every crossing of edges of different polygons, each found once (in the cell where their boxes'
 * overlap begins), and every touch: a vertex of another polygon lying exactly inside an edge.
 */
function findCrossings({ vx, vy, ea, eb, ep, edgeCount }: Edges, { gx, gy, start, items, x0, y0 }: Grid): Events {
  const ev: Events = { edge: [], t: [], x: [], y: [], poly: [], enters: [], vertex: [], tol: [], maybe: [], shared: new Uint8Array(edgeCount) };
  const add = (e: number, t: number, x: number, y: number, other: number, enters: number, vertex: number, tol: number, maybe = 0) => {
    ev.edge.push(e); ev.t.push(t); ev.x.push(x); ev.y.push(y); ev.poly.push(other); ev.enters.push(enters); ev.vertex.push(vertex); ev.tol.push(tol); ev.maybe.push(maybe);
  };
  const tie = (o: number) => o === TIE || o === -TIE;
  /** A touch of edge e by vertex v when v lies inside it: exactly (o a tie), or within 1e-9 of its length (maybe). */
  const touch = (e: number, ax: number, ay: number, bx: number, by: number, v: number, other: number, o: number) => {
    const exact = tie(o);
    if (!exact && Math.abs(o) > NEAR * ((bx - ax) ** 2 + (by - ay) ** 2)) return;
    const px = vx[v]!, py = vy[v]!;
    const t = param(ax, ay, bx, by, px, py);
    if (t > 0 && t < 1) add(e, t, px, py, other, 0, v, 0, exact ? 0 : 1);
  };
  for (let cy = 0; cy < gy; cy++) {
    for (let cx = 0; cx < gx; cx++) {
      const c = cy * gx + cx, end = start[c + 1]!;
      for (let i = start[c]!; i < end; i++) {
        const e = items[i]!;
        const ke = ep[e]!;
        const ax = vx[ea[e]!]!, ay = vy[ea[e]!]!, bx = vx[eb[e]!]!, by = vy[eb[e]!]!;
        for (let j = i + 1; j < end; j++) {
          const f = items[j]!;
          const kf = ep[f]!;
          if (kf === ke || (x0[e]! > x0[f]! ? x0[e]! : x0[f]!) !== cx || (y0[e]! > y0[f]! ? y0[e]! : y0[f]!) !== cy) continue;
          const px = vx[ea[f]!]!, py = vy[ea[f]!]!, qx = vx[eb[f]!]!, qy = vy[eb[f]!]!;
          if (Math.max(ax, bx) < Math.min(px, qx) || Math.max(px, qx) < Math.min(ax, bx) || Math.max(ay, by) < Math.min(py, qy) || Math.max(py, qy) < Math.min(ay, by)) continue;
          const op = side(ax, ay, bx, by, px, py, ke, kf), oq = side(ax, ay, bx, by, qx, qy, ke, kf);
          const oa = side(px, py, qx, qy, ax, ay, kf, ke), ob = side(px, py, qx, qy, bx, by, kf, ke);
          // A vertex exactly inside the other edge (not at its ends): a touch, where the result has
          // a node if the vertex is one of its own (see the walk); one within rounding of it, where the
          // overlay's rounding decides.
          if (tie(op) && tie(oq)) {
            const tp = param(ax, ay, bx, by, px, py), tq = param(ax, ay, bx, by, qx, qy);
            if (Math.max(Math.min(tp, tq), 0) < Math.min(Math.max(tp, tq), 1)) { ev.shared[e] = 1; ev.shared[f] = 1; }
          }
          touch(e, ax, ay, bx, by, ea[f]!, kf, op);
          touch(e, ax, ay, bx, by, eb[f]!, kf, oq);
          touch(f, px, py, qx, qy, ea[e]!, ke, oa);
          touch(f, px, py, qx, qy, eb[e]!, ke, ob);
          if ((op > 0) === (oq > 0) || (oa > 0) === (ob > 0)) continue;
          // e enters f's polygon where its end lies left of f; f enters e's where its end lies left of e.
          const ine = ob > 0 ? 1 : -1, inf = oq > 0 ? 1 : -1;
          if (tie(op) || tie(oq) || tie(oa) || tie(ob)) {
            // Through a vertex both edges share, at their ends: exactly there.
            const [x, y] = tie(oa) ? [ax, ay] : tie(ob) ? [bx, by] : tie(op) ? [px, py] : [qx, qy];
            add(e, param(ax, ay, bx, by, x, y), x, y, kf, ine, -1, 0);
            add(f, param(px, py, qx, qy, x, y), x, y, ke, inf, -1, 0);
            continue;
          }
          const te = Math.min(1, Math.max(0, oa / (oa - ob)));
          const tf = Math.min(1, Math.max(0, op / (op - oq)));
          const x = ax + te * (bx - ax), y = ay + te * (by - ay);
          // Each parameter is a ratio of orientation determinants, each within ~1e-16 of its terms:
          // a bound on its error, larger where the edges cross at a shallow angle.
          const le = Math.hypot(bx - ax, by - ay), lf = Math.hypot(qx - px, qy - py);
          const sine = Math.abs(oa - ob) || TIE;
          add(e, te, x, y, kf, ine, -1, (4e-16 * lf * (le + lf)) / sine + 1e-15);
          add(f, tf, x, y, ke, inf, -1, (4e-16 * le * (le + lf)) / sine + 1e-15);
        }
      }
    }
  }
  return ev;
}

/**
 * How many polygons of each group (index G: of the region) hold each ring's first vertex, other than
 * the ring's own polygon: crossings of a ray to the east, along the vertex's row of cells.
 */
function startDepths({ vx, vy, ea, eb, ep, rings, ringCount }: Edges, { minX, minY, size, gx, gy, start, items, x0 }: Grid, polyGroup: Int32Array, G: number): Int32Array {
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
        const e = items[i]!;
        const ke = ep[e]!;
        if (ke === k || (x0[e]! > c0 ? x0[e]! : c0) !== cx) continue;
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
    for (const j of touched) { if (parity[j]) depths[r * (G + 1) + polyGroup[j]!]!++; parity[j] = 0; }
    touched.length = 0;
  }
  return depths;
}

/**
 * Areas in m² of (union of each group) ∩ region and of (union of all groups) ∩ region, the region
 * being the union of its polygons (null: no clipping). Polygons may overlap and touch, within a group,
 * across groups and in the region. Ring orientation does not matter; rings with no area are ignored. Null when an edge
 * spans more than 0.05° or lies beyond 70° latitude (the short-edge area's range) or the walk finds
 * an inconsistency: the caller overlays instead.
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
  const { vx, vy, ea, eb, rings, ringCount, edgeCount: E } = edges;
  const grid = buildGrid(edges);
  const ev = findCrossings(edges, grid);
  const startDepth = startDepths(edges, grid, polyGroup, G);

  // Events in order along each edge.
  const order = Array.from(ev.edge.keys()).sort((a, b) => ev.edge[a]! - ev.edge[b]! || ev.t[a]! - ev.t[b]!);
  const firstEvent = new Int32Array(E + 1);
  for (const i of order) firstEvent[ev.edge[i]! + 1]!++;
  for (let e = 0; e < E; e++) firstEvent[e + 1]! += firstEvent[e]!;
  // Two crossings of one edge at points closer than 1e-9 of its length (or than their parameters'
  // errors) are a near-degenerate case, where the order and the overlay's rounding decide which
  // nodes the result has: marked, for the walk to count what that can change.
  const nearGap = new Float64Array(E);
  for (let n = 1; n < order.length; n++) {
    const i = order[n]!, h = order[n - 1]!;
    if (ev.edge[h] !== ev.edge[i] || (ev.x[h] === ev.x[i] && ev.y[h] === ev.y[i])) continue;
    const gap = NEAR + ev.tol[i]! + ev.tol[h]!;
    if (ev.t[i]! - ev.t[h]! <= gap) nearGap[ev.edge[i]!] = Math.max(nearGap[ev.edge[i]!]!, gap);
  }

  // Per-vertex sin φ, cos φ and q for the edge terms; the first vertex's q centres the sums.
  const vs = new Float64Array(vx.length), vc = new Float64Array(vx.length), vq = new Float64Array(vx.length);
  for (let i = 0; i < vx.length; i++) { vs[i] = Math.sin(vy[i]! * DEG); vc[i] = Math.cos(vy[i]! * DEG); vq[i] = authalicOf(vs[i]!); }
  const q0 = vq[0]!;
  let qSpan = 0;
  for (let i = 0; i < vq.length; i++) qSpan = Math.max(qSpan, Math.abs(vq[i]! - q0));
  const term = (x1: number, y1: number, x2: number, y2: number): number => {
    const s1 = Math.sin(y1 * DEG), s2 = Math.sin(y2 * DEG);
    return edgeAreaTerm(x1, y1, s1, Math.cos(y1 * DEG), authalicOf(s1), x2, y2, s2, Math.cos(y2 * DEG), authalicOf(s2), q0);
  };

  // Walk every ring, keeping how many polygons of each group (and of the region) hold the current point.
  const acc = new Float64Array(G + 1);
  /** What the overlay's node choices could change in each accumulator, m². */
  const doubt = new Float64Array(G + 1);
  const depth = new Int32Array(G + 1);
  const before = new Int32Array(G + 1);
  const clipped = region !== null;
  const worst = new Int32Array(G + 1);
  /** Polygons met at one point and their net entering (+) or leaving (−): [polygon, net, …]. */
  const nets: number[] = [];
  const total = (d: Int32Array = depth): number => {
    let n = 0;
    for (let i = 0; i < G; i++) n += d[i]!;
    return n;
  };
  // An edge's stretch is kept for accumulator a (a group, or G: all groups) where it bounds a's
  // union ∩ region: a polygon's (of group g) inside the region and no other polygon of the union; a
  // region's inside no other region polygon and some polygon of the union.
  const keep = (a: number, onRegion: boolean, g: number, d: Int32Array = depth): boolean => {
    if (onRegion) return d[G] === 0 && (a === G ? total(d) > 0 : d[a]! > 0);
    return (!clipped || d[G]! > 0) && bounds(a, g, d);
  };
  /** Whether a polygon's stretch (of group g) bounds accumulator a's union, wherever the region is. */
  const bounds = (a: number, g: number, d: Int32Array = depth): boolean => (a === G ? total(d) === 0 : a === g && d[g] === 0);
  // Which vertices the results have, for touches (a vertex lying exactly inside another's edge):
  // vertices on the boundary of each accumulator's union (index a) and of the region (index G).
  const vertexOf = new Uint8Array(ev.enters.includes(0) ? vx.length * (G + 1) : 0);
  if (vertexOf.length > 0) {
    for (let r = 0; r < ringCount; r++) {
      const k = rings[3 * r]!, e0 = rings[3 * r + 1]!, m = rings[3 * r + 2]!;
      const g = polyGroup[k]!;
      for (let i = 0; i <= G; i++) depth[i] = startDepth[r * (G + 1) + i]!;
      const mark = (v: number) => {
        if (g === G) { if (depth[G] === 0) vertexOf[v * (G + 1) + G] = 1; return; }
        if (bounds(g, g)) vertexOf[v * (G + 1) + g] = 1;
        if (bounds(G, g)) vertexOf[v * (G + 1) + G] = 1;
      };
      for (let e = e0; e < e0 + m; e++) {
        const a = ea[e]!, b = eb[e]!;
        let i = firstEvent[e]!;
        const i1 = firstEvent[e + 1]!;
        // The stretch after a (events at a applied), and the one before b (events at b not yet).
        for (; i < i1 && ev.x[order[i]!] === vx[a] && ev.y[order[i]!] === vy[a]; i++) { const o = order[i]!; depth[polyGroup[ev.poly[o]!]!]! += ev.enters[o]!; }
        mark(a);
        for (; i < i1 && !(ev.x[order[i]!] === vx[b] && ev.y[order[i]!] === vy[b]); i++) {
          const o = order[i]!, kq = ev.poly[o]!, gq = polyGroup[kq]!;
          depth[gq]! += ev.enters[o]!;
          // A vertex touching a polygon's edge where that bounds a union is on the union's boundary too.
          if (ev.enters[o] === 0 && ev.maybe[o] === 0 && g < G && gq < G) {
            const v = ev.vertex[o]!;
            if (gq === g && bounds(g, g)) vertexOf[v * (G + 1) + g] = 1;
            if (bounds(G, g)) vertexOf[v * (G + 1) + G] = 1;
          }
        }
        mark(b);
        for (; i < i1; i++) { const o = order[i]!; depth[polyGroup[ev.poly[o]!]!]! += ev.enters[o]!; }
      }
    }
  }
  /**
   * Whether a touch by vertex v of polygon kv is a node of accumulator a's result on a kept stretch:
   * the union's and the region's edges are noded at each other's vertices and at their own, where
   * the union (or the region) has that vertex — then it is on the boundary of every partial union of
   * the overlay's cascade too, so it is there whatever the cascade's order.
   */
  const isNode = (a: number, onRegion: boolean, kv: number, v: number): boolean => {
    const gv = polyGroup[kv]!;
    if (gv === G) return vertexOf[v * (G + 1) + G] === 1;
    // On a kept stretch of a polygon's edge, which bounds the union, a vertex of the union's polygons is on its boundary.
    return (a === G || gv === a) && (!onRegion || vertexOf[v * (G + 1) + a] === 1);
  };
  const accs: number[] = [];
  for (let r = 0; r < ringCount; r++) {
    const k = rings[3 * r]!, e0 = rings[3 * r + 1]!, m = rings[3 * r + 2]!;
    const g = polyGroup[k]!;
    const onRegion = g === G;
    for (let i = 0; i <= G; i++) depth[i] = startDepth[r * (G + 1) + i]!;
    accs.length = 0;
    if (onRegion) for (let i = 0; i <= G; i++) accs.push(i); else accs.push(g, G);
    for (let e = e0; e < e0 + m; e++) {
      const a = ea[e]!, b = eb[e]!;
      const i0 = firstEvent[e]!, i1 = firstEvent[e + 1]!;
      if (i0 === i1) {
        let t = NaN;
        for (const x of accs) {
          if (!keep(x, onRegion, g)) continue;
          if (Number.isNaN(t)) t = edgeAreaTerm(vx[a]!, vy[a]!, vs[a]!, vc[a]!, vq[a]!, vx[b]!, vy[b]!, vs[b]!, vc[b]!, vq[b]!, q0);
          acc[x]! += t;
        }
        continue;
      }
      before.set(depth);
      // A node more or less on this edge changes its terms by at most this; where two crossings are
      // too near to order, a piece up to their distance apart may be kept or not.
      const bound = splitEffectBound(vx[a]!, vy[a]!, vx[b]!, vy[b]!);
      const misorder = 2 * nearGap[e]! * Math.abs(vx[b]! - vx[a]!) * (qSpan + 1) * SHOELACE_M2;
      const shared = ev.shared[e] === 1;
      for (const x of accs) {
        depth.set(before);
        let kept = keep(x, onRegion, g);
        let touched = kept;
        let sx = vx[a]!, sy = vy[a]!;
        // Where the result may or may not have a node — at a crossing along a stretch shared with
        // another polygon's edge (a vertex of the union lying on it), or where polygons are entered and
        // left at one point — split, and count what those nodes change over the kept run (from rx, ry).
        let rx = sx, ry = sy, run = 0, extra = false;
        const cut = (px: number, py: number) => { const t = term(sx, sy, px, py); acc[x]! += t; run += t; sx = px; sy = py; };
        const close = () => { if (extra) doubt[x]! += Math.abs(run - term(rx, ry, sx, sy)); run = 0; extra = false; };
        for (let i = i0; i < i1;) {
          // The events at one point together (at a vertex lying on the edge, their order is arbitrary):
          // a node where the stretch starts or ends there, or where the result has a vertex there.
          const px = ev.x[order[i]!]!, py = ev.y[order[i]!]!;
          let node = false, crossed = false, doubtful = false;
          worst.set(depth);
          nets.length = 0;
          for (; i < i1 && ev.x[order[i]!] === px && ev.y[order[i]!] === py; i++) {
            const o = order[i]!, kq = ev.poly[o]!, gq = polyGroup[kq]!;
            if (ev.enters[o] === 0) { if (ev.maybe[o]) doubtful = true; else node ||= isNode(x, onRegion, kq, ev.vertex[o]!); continue; }
            depth[gq]! += ev.enters[o]!;
            crossed ||= gq === G || x === G || gq === x;
            const n = nets.indexOf(kq);
            if (n < 0) nets.push(kq, ev.enters[o]!); else nets[n + 1]! += ev.enters[o]!;
          }
          // Polygons entered and left here, in some order: if the stretch could be outside the result
          // between them, the point may be a corner of the union on the edge (or polygons meeting
          // along an edge through it): a node, counted as doubtful below.
          for (let n = 0; n < nets.length; n += 2) {
            const gq = polyGroup[nets[n]!]!, d = nets[n + 1]!;
            if ((gq === G) === onRegion ? d > 0 : d < 0) worst[gq]! += d;
          }
          const corner = !keep(x, onRegion, g, worst);
          const now = keep(x, onRegion, g);
          touched ||= now;
          if (kept && now) {
            if (node) cut(px, py);
            else if (corner || doubtful || (shared && crossed)) { cut(px, py); extra = true; }
          } else if (kept) {
            const [fx, fy] = [rx, ry];
            cut(px, py);
            close();
            // Turning off a shared stretch, the overlay may leave a spike of no area along it, to the
            // edge's end and back: a node more, at most this.
            if (shared) doubt[x]! += Math.abs(term(fx, fy, vx[b]!, vy[b]!) + term(vx[b]!, vy[b]!, px, py) - term(fx, fy, px, py));
          } else if (now) {
            sx = rx = px;
            sy = ry = py;
            // Turning onto it, from its start.
            if (shared) doubt[x]! += Math.abs(term(vx[a]!, vy[a]!, px, py) + term(px, py, vx[b]!, vy[b]!) - term(vx[a]!, vy[a]!, vx[b]!, vy[b]!));
          }
          kept = now;
        }
        if (kept) { cut(vx[b]!, vy[b]!); close(); }
        if (nearGap[e]! > 0 && touched) doubt[x]! += bound + misorder;

      }
    }
    for (let i = 0; i <= G; i++) if (depth[i] !== startDepth[r * (G + 1) + i]) return null;
  }
  for (let x = 0; x <= G; x++) if (doubt[x]! > DOUBT * Math.abs(acc[x]!) + 1e-9) return null;
  return { byGroup: Array.from(acc.subarray(0, G)), all: acc[G]! };
}
