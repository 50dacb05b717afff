/**
 * The walk along every ring of boolean-area.ts: the depths along it, the kept stretches' geodesic
 * terms for each accumulator, and what the overlay's node choices could change (doubt).
 */
import { authalicOf, edgeAreaTerm, SHOELACE, splitEffectBound } from '../ellipsoidal-area.ts';
import { ringOfEdge } from './edges.ts';
import type { Edges } from './edges.ts';
import { NEAR } from './crossings.ts';
import type { Events } from './crossings.ts';

const DEG = Math.PI / 180;

/** The events of each edge in order along it: those of edge e are order[first[e]] … order[first[e + 1] − 1]. */
export interface EventOrder {
  readonly order: Int32Array;
  readonly first: Int32Array;
  /**
   * Per edge, 0 or how close (of its length) two of its crossings are at distinct points, closer than
   * 1e-9 or than their parameters' errors: a near-degenerate case, where the order and the overlay's
   * rounding decide which nodes the result has.
   */
  readonly nearGap: Float64Array;
}

/** The events of each of the E edges in order along it, with how near its closest crossings lie (nearGap). */
export function orderEvents(ev: Events, E: number): EventOrder {
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
export interface Pass {
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
function resultVertices({ edges, ev, eo: { order, first }, polyGroup, G, startDepth }: Pass): Uint8Array {
  const { vx, vy, eb, rings } = edges;
  const on = new Uint8Array(vx.length * (G + 1));
  const dep = new Depths(G, false);
  const add = (d: number) => { const o = order[d]!; dep.d[polyGroup[ev.poly[o]!]!]! += ev.enters[o]!; };
  // Only the rings of touched edges and touching vertices.
  const wanted = new Set<number>();
  for (let o = 0; o < ev.enters.length; o++) if (ev.enters[o] === 0 && ev.maybe[o] === 0) { wanted.add(ringOfEdge(edges, ev.edge[o]!)); wanted.add(ringOfEdge(edges, ev.vertex[o]!)); }
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
      const a = e, b = eb[e]!;
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
export class Walk {
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
  /** What atPoint found at the last point (see there). */
  private node = false;
  private crossed = false;
  private doubtful = false;
  private corner = false;

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

  /** Whether vertex v ends an edge lying along another polygon's edge that runs the other way. */
  private onFacing(v: number): boolean {
    const { edges, ev } = this.pass;
    const r = ringOfEdge(edges, v);
    // Vertex v starts edge v; the edge before it is the ring's previous one.
    const prev = v === edges.rings[3 * r + 1]! ? v + edges.rings[3 * r + 2]! - 1 : v - 1;
    return ((ev.shared[v]! | ev.shared[prev]!) & 2) !== 0;
  }

  /** One edge (of a polygon of group g, or of the region), for every accumulator it bounds; leaves the depths at its end. */
  private edge(e: number, onRegion: boolean, g: number): void {
    const { edges: { vx, vy, eb }, ev, eo: { first, nearGap } } = this.pass;
    const { doubt, dep, run, terms, before } = this;
    const b = eb[e]!;
    const i0 = first[e]!, i1 = first[e + 1]!;
    if (i0 === i1) { this.whole(e, onRegion, g); return; }
    before.set(dep.d);
    // A node more or less on this edge changes its terms by at most this; where two crossings are
    // too near to order, a piece up to their distance apart may be kept or not.
    const bound = nearGap[e]! > 0 ? splitEffectBound(vx[e]!, vy[e]!, vx[b]!, vy[b]!) + 2 * nearGap[e]! * Math.abs(vx[b]! - vx[e]!) * (terms.qSpan + 1) * SHOELACE : 0;
    const shared = ev.shared[e] !== 0;
    for (const x of this.accs) {
      dep.d.set(before);
      let kept = dep.keeps(x, onRegion, g);
      let touched = kept;
      run.start(x, vx[e]!, vy[e]!);
      for (let i = i0; i < i1;) {
        const o = this.pass.eo.order[i]!;
        const px = ev.x[o]!, py = ev.y[o]!;
        i = this.atPoint(i, i1, x, onRegion, g);
        const now = dep.keeps(x, onRegion, g);
        touched ||= now;
        this.turn(e, x, kept, now, px, py, shared);
        kept = now;
      }
      if (kept) run.cut(vx[b]!, vy[b]!);
      if (touched) doubt[x]! += bound;
    }
  }

  /** An edge no other edge meets: its whole term, for each accumulator it bounds. */
  private whole(e: number, onRegion: boolean, g: number): void {
    let t = NaN;
    for (const x of this.accs) {
      if (!this.dep.keeps(x, onRegion, g)) continue;
      if (Number.isNaN(t)) t = this.terms.edge(e, this.pass.edges.eb[e]!);
      this.acc[x]! += t;
    }
  }

  /**
   * The events at one point of the edge, from index i of its order, together (at a vertex lying on
   * the edge their order is arbitrary): the depths move past them, and for accumulator x it notes
   * whether the result has a node there (node), the point may be a node by rounding or the
   * polygons' moves (doubtful), a polygon that matters to x is crossed (crossed), and whether the
   * stretch may leave the result between them (corner). Returns the index after them.
   */
  private atPoint(i: number, i1: number, x: number, onRegion: boolean, g: number): number {
    const { ev, eo: { order }, polyGroup } = this.pass;
    const { G, dep, worst, nets } = this;
    const px = ev.x[order[i]!]!, py = ev.y[order[i]!]!;
    this.node = this.crossed = this.doubtful = false;
    worst.d.set(dep.d);
    nets.length = 0;
    for (; i < i1 && ev.x[order[i]!] === px && ev.y[order[i]!] === py; i++) {
      const o = order[i]!, kq = ev.poly[o]!, gq = polyGroup[kq]!;
      if (ev.enters[o] === 0) {
        // A vertex at the end of an edge shared with a polygon on its other side (a hole and the
        // island filling it) is the union's vertex only by the polygons' moves: doubtful.
        const vertexNode = !ev.maybe[o] && this.isNode(x, onRegion, kq, ev.vertex[o]!);
        if (ev.maybe[o] || (vertexNode && this.onFacing(ev.vertex[o]!))) this.doubtful = true;
        else this.node ||= vertexNode;
        continue;
      }
      dep.d[gq]! += ev.enters[o]!;
      this.crossed ||= gq === G || x === G || gq === x;
      const n = nets.indexOf(kq);
      if (n < 0) nets.push(kq, ev.enters[o]!); else nets[n + 1]! += ev.enters[o]!;
    }
    // Polygons entered and left here, in some order: if the stretch could be outside the result
    // between them, the point may be a corner of the union on the edge (or polygons meeting along
    // an edge through it): a node, counted as doubtful.
    for (let n = 0; n < nets.length; n += 2) {
      const gq = polyGroup[nets[n]!]!, d = nets[n + 1]!;
      if ((gq === G) === onRegion ? d > 0 : d < 0) worst.d[gq]! += d;
    }
    this.corner = !worst.keeps(x, onRegion, g);
    return i;
  }

  /**
   * Accumulator x's stretch of edge e at the point (px, py) just passed, kept before and `now`
   * after it: a node where the result has one (or may: split, and counted as doubt), its end, or
   * a new start. Where the edge lies along another polygon's, ending or starting there may also be
   * no node, or a spike of no area to the edge's end and back: a node more or less, counted as doubt.
   */
  private turn(e: number, x: number, kept: boolean, now: boolean, px: number, py: number, shared: boolean): void {
    const { run, terms, doubt } = this;
    const { vx, vy, eb } = this.pass.edges;
    const b = eb[e]!;
    if (kept && now) {
      if (this.node) run.cut(px, py);
      else if (this.corner || this.doubtful || (shared && this.crossed)) run.cut(px, py, true);
    } else if (kept) {
      const fx = run.sx, fy = run.sy;
      run.cut(px, py);
      if (shared) doubt[x]! += Math.abs(terms.between(fx, fy, vx[b]!, vy[b]!) + terms.between(vx[b]!, vy[b]!, px, py) - terms.between(fx, fy, px, py));
    } else if (now) {
      run.start(x, px, py);
      if (shared) doubt[x]! += Math.abs(terms.between(vx[e]!, vy[e]!, px, py) + terms.between(px, py, vx[b]!, vy[b]!) - terms.edge(e, b));
    }
  }
}
