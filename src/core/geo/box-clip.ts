/**
 * A valid MultiPolygon cut to a rectangle, in time that grows with what lies near the rectangle
 * (its edges found by a spatial index), not with the whole polygon: a 500,000-vertex boundary is
 * cut to a small box in microseconds where an overlay reads every vertex. Every vertex and edge of
 * the polygon inside the rectangle is kept exactly; edges crossing the rectangle's border end at the
 * crossing point, and the pieces are joined along the border, counter-clockwise (the classic
 * rectangle clip, as GEOS's RectangleIntersection). The caller keeps what matters away from the
 * border (clipToRegion cuts the region to a box a tenth larger than the polygon it then clips).
 */
import Flatbush from 'flatbush';
import type { MultiPolygon, Position } from 'geojson';
import { pushAll } from '../push-all.ts';
import { planarSigned } from './ring-orientation.ts';

/** [west, south, east, north]. */
export type Box = readonly [number, number, number, number];

/** Cuts the indexed polygon to a box; null when a vertex lies on one of the box's lines (choose another box). */
export type BoxClipper = (box: Box) => MultiPolygon | null;

interface Ring {
  readonly coords: readonly Position[];
  /** Interior on the left when walked in order (outer rings counter-clockwise, holes clockwise). */
  readonly reversed: boolean;
}

/**
 * Indexes a valid MultiPolygon (rings closed; any orientation: each ring's is read once here) for
 * cutting to boxes.
 */
export function boxClipper(mp: MultiPolygon): BoxClipper {
  const rings: Ring[] = [];
  for (const poly of mp.coordinates) {
    poly.forEach((r, k) => {
      const ccw = planarSigned(r) > 0;
      // Outer rings are walked counter-clockwise, holes clockwise: the interior is always on the left.
      rings.push({ coords: r, reversed: k === 0 ? !ccw : ccw });
    });
  }
  const ringOf: number[] = [];
  const edgeAt: number[] = [];
  rings.forEach((ring, r) => { for (let i = 0; i + 1 < ring.coords.length; i++) { ringOf.push(r); edgeAt.push(i); } });
  const index = new Flatbush(Math.max(1, ringOf.length));
  for (let k = 0; k < ringOf.length; k++) {
    const c = rings[ringOf[k]!]!.coords;
    const a = c[edgeAt[k]!]!, b = c[edgeAt[k]! + 1]!;
    index.add(Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!));
  }
  if (ringOf.length === 0) index.add(0, 0, 0, 0);
  index.finish();

  /** Whether a point is inside the polygon (even–odd over the edges a ray to the east meets), leaving out the rings in `skip`. */
  const contains = (x: number, y: number, skip: ReadonlySet<number>): boolean => {
    let inside = false;
    for (const k of ringOf.length > 0 ? index.search(x, y, Infinity, y) : []) {
      if (skip.has(ringOf[k]!)) continue;
      const c = rings[ringOf[k]!]!.coords;
      const a = c[edgeAt[k]!]!, b = c[edgeAt[k]! + 1]!;
      if ((a[1]! > y) !== (b[1]! > y) && x < ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!) + a[0]!) inside = !inside;
    }
    return inside;
  };

  return (box) => {
    const [w, s, e, n] = box;
    // Closer than this to a box line or to each other on the border, points are too near to order
    // reliably: the caller is asked for another box (null).
    const tol = 1e-12 * Math.max(1, Math.abs(w), Math.abs(e), Math.abs(s), Math.abs(n));
    const near = (p: Position) => Math.abs(p[0]! - w) < tol || Math.abs(p[0]! - e) < tol || Math.abs(p[1]! - s) < tol || Math.abs(p[1]! - n) < tol;
    const found = ringOf.length > 0 ? index.search(w, s, e, n) : [];
    // Edges by ring, in ring order (walking direction applied below).
    const byRing = new Map<number, number[]>();
    for (const k of found) {
      const c = rings[ringOf[k]!]!.coords;
      const a = c[edgeAt[k]!]!, b = c[edgeAt[k]! + 1]!;
      if (near(a) || near(b)) return null;
      const list = byRing.get(ringOf[k]!);
      if (list) list.push(edgeAt[k]!); else byRing.set(ringOf[k]!, [edgeAt[k]!]);
    }
    const inBox = (p: Position) => p[0]! > w && p[0]! < e && p[1]! > s && p[1]! < n;
    /** Pieces: paths inside the box from an entry point on its border to an exit point. */
    const pieces: Position[][] = [];
    /** Rings wholly inside the box, walked with the interior on the left. */
    const closed: Position[][] = [];
    const closedRings = new Set<number>();
    for (const [r, edges] of byRing) {
      const ring = rings[r]!;
      const m = ring.coords.length - 1;
      // Vertex j of the walk (interior on the left), and edge j from vertex j to j + 1.
      const vertex = (j: number) => ring.coords[ring.reversed ? m - (((j % m) + m) % m) : ((j % m) + m) % m]!;
      const walkEdges = edges.map((i) => (ring.reversed ? m - 1 - i : i)).sort((x, y) => x - y);
      if (walkEdges.length === m && ring.coords.every(inBox)) { closed.push(Array.from({ length: m + 1 }, (_, j) => vertex(j))); closedRings.add(r); continue; }
      // Every piece begins with an edge entering the box from outside: start the walk at one, so
      // that no piece is cut in two where the ring's list of vertices begins. (An edge that ends
      // inside the box is followed by one that starts there, which the index found too.)
      const cut = walkEdges.map((j) => clipSegment(vertex(j), vertex(j + 1), w, s, e, n));
      const start = cut.findIndex((t) => t !== null && t[0] > 0);
      if (start < 0) continue;
      let current: Position[] | null = null;
      for (let q = 0; q < walkEdges.length; q++) {
        const j = walkEdges[(start + q) % walkEdges.length]!;
        const a = vertex(j), b = vertex(j + 1);
        const t = cut[(start + q) % walkEdges.length]!;
        if (!t) { current = null; continue; }
        const [t0, t1] = t;
        if (t0 > 0) current = [lerp(a, b, t0)]; // enters through the border
        else if (!current) current = [a];
        if (t1 < 1) { current.push(lerp(a, b, t1)); pieces.push(current); current = null; } // leaves through it
        else current.push(b);
      }
    }
    const per = (p: Position) => perimeter(p, w, s, e, n);
    const corners: [number, Position][] = [[0, [w, s]], [e - w, [e, s]], [e - w + (n - s), [e, n]], [2 * (e - w) + (n - s), [w, n]]];
    const total = 2 * (e - w + (n - s));
    const outers: Position[][] = [];
    const holes: Position[][] = [];
    for (const c of closed) (planarSigned(c) > 0 ? outers : holes).push(c);
    if (pieces.length === 0) {
      // No edge crosses the border: the box lies inside the polygon or outside it, but for the rings
      // wholly inside it — so its centre tells, counting the other rings only.
      if (contains((w + e) / 2, (s + n) / 2, closedRings)) outers.push([[w, s], [e, s], [e, n], [w, n], [w, s]]);
    } else {
      const events = [...pieces.map((p) => per(p[0]!)), ...pieces.map((p) => per(p.at(-1)!)), ...corners.map(([a]) => a)].sort((a, b) => a - b);
      for (let k = 0; k < events.length; k++) if ((k + 1 < events.length ? events[k + 1]! - events[k]! : events[0]! + total - events[k]!) < tol) return null;
      const entries = pieces.map((p, i) => ({ i, at: per(p[0]!) })).sort((a, b) => a.at - b.at);
      const used = new Set<number>();
      for (let first = 0; first < pieces.length; first++) {
        if (used.has(first)) continue;
        const ring: Position[] = [];
        let i = first;
        while (!used.has(i)) {
          used.add(i);
          pushAll(ring, pieces[i]!);
          // From the exit, counter-clockwise along the border to the next entry, through the corners passed.
          const exit = per(pieces[i]!.at(-1)!);
          const next = entries.find((x) => x.at > exit) ?? entries[0]!;
          const span = (next.at - exit + total) % total;
          for (const [at, corner] of [...corners, ...corners.map(([a, c]) => [a + total, c] as [number, Position])]) if (at > exit && at - exit < span) ring.push(corner);
          i = next.i;
        }
        ring.push(ring[0]!);
        // A ring through one point twice (a hole of the polygon touching its outer ring there) is
        // split at it: loops counter-clockwise are polygons, clockwise ones holes.
        for (const loop of splitAtRepeats(ring)) (planarSigned(loop) > 0 ? outers : holes).push(loop);
      }
    }
    // Holes wholly inside the box go into the smallest outer ring holding them (an island in a
    // hole of the polygon may hold a hole of its own).
    const polys: Position[][][] = outers.map((o) => [o]);
    const size = outers.map((o) => Math.abs(planarSigned(o)));
    for (const h of holes) {
      let owner = -1;
      polys.forEach((p, k) => {
        // A vertex of the hole off the candidate's ring tells (a hole may touch its outer ring).
        const v = h.find((q) => !onRing(p[0]!, q));
        if (v && ringContains(p[0]!, v[0]!, v[1]!) && (owner < 0 || size[k]! < size[owner]!)) owner = k;
      });
      if (owner >= 0) polys[owner]!.push(h);
    }
    return { type: 'MultiPolygon', coordinates: polys };
  };
}

/** The part of segment a→b inside the open box, as parameters [t0, t1] (Liang–Barsky); null when none. */
function clipSegment(a: Position, b: Position, w: number, s: number, e: number, n: number): [number, number] | null {
  const dx = b[0]! - a[0]!, dy = b[1]! - a[1]!;
  const t = [0, 1] as [number, number];
  return clipBy(-dx, a[0]! - w, t) && clipBy(dx, e - a[0]!, t) && clipBy(-dy, a[1]! - s, t) && clipBy(dy, n - a[1]!, t) && t[0] < t[1] ? t : null;
}

/** One of Liang–Barsky's four tests (p, q) narrowing t = [t0, t1]; false when nothing is left. */
function clipBy(p: number, q: number, t: [number, number]): boolean {
  if (p === 0) return q > 0;
  const r = q / p;
  if (p < 0) { if (r > t[1]) return false; if (r > t[0]) t[0] = r; } else { if (r < t[0]) return false; if (r < t[1]) t[1] = r; }
  return true;
}

function lerp(a: Position, b: Position, t: number): Position {
  return [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
}

/** Position of a point on the box's border, measured counter-clockwise from the south-west corner. */
function perimeter(p: Position, w: number, s: number, e: number, n: number): number {
  const [x, y] = [p[0]!, p[1]!];
  const dx = e - w, dy = n - s;
  const d = [Math.abs(y - s), Math.abs(x - e), Math.abs(y - n), Math.abs(x - w)];
  const side = d.indexOf(Math.min(...d));
  if (side === 0) return x - w;
  if (side === 1) return dx + (y - s);
  if (side === 2) return dx + dy + (e - x);
  return 2 * dx + dy + (n - y);
}

/** The ring split where it passes a vertex twice, into loops (closed), each with at least three vertices. */
function splitAtRepeats(ring: readonly Position[]): Position[][] {
  const out: Position[][] = [];
  const path: Position[] = [];
  // Where each point is in the path: by x, then y (numbers as keys: equal where the coordinates are).
  const at = new Map<number, Map<number, number>>();
  const set = (p: Position, i: number) => { const byY = at.get(p[0]!); if (byY) byY.set(p[1]!, i); else at.set(p[0]!, new Map([[p[1]!, i]])); };
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i]!;
    const k = at.get(p[0]!)?.get(p[1]!);
    if (k !== undefined) {
      const loop = path.splice(k);
      for (const q of loop) at.get(q[0]!)!.delete(q[1]!);
      if (loop.length >= 3) out.push([...loop, loop[0]!]);
    }
    set(p, path.length);
    path.push(p);
  }
  if (path.length >= 3) out.push([...path, path[0]!]);
  return out;
}

/** Whether a point lies exactly on one of a ring's edges. */
function onRing(r: readonly Position[], p: Position): boolean {
  const [x, y] = [p[0]!, p[1]!];
  for (let i = 0; i + 1 < r.length; i++) {
    const a = r[i]!, b = r[i + 1]!;
    if (x < Math.min(a[0]!, b[0]!) || x > Math.max(a[0]!, b[0]!) || y < Math.min(a[1]!, b[1]!) || y > Math.max(a[1]!, b[1]!)) continue;
    if ((b[0]! - a[0]!) * (y - a[1]!) - (b[1]! - a[1]!) * (x - a[0]!) === 0) return true;
  }
  return false;
}

/** Whether a point is inside a ring (even–odd). */
function ringContains(r: readonly Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const a = r[i]!, b = r[j]!;
    if ((a[1]! > y) !== (b[1]! > y) && x < ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!) + a[0]!) inside = !inside;
  }
  return inside;
}
