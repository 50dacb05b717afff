/**
 * The rings of boolean-area.ts's polygons as vertex and edge arrays, and a grid of chains of edges
 * to find which edges may meet.
 */
import type { Position } from 'geojson';
import { isShortEdge } from '../ellipsoidal-area.ts';

/** Rings of one polygon, the outer one first. */
export type Poly = readonly (readonly Position[])[];

/**
 * The rings' vertices and edges, interiors on the left (outer rings counter-clockwise, holes
 * clockwise). Each ring's vertices and edges are numbered alike: vertex v starts edge v.
 */
export interface Edges {
  readonly vx: Float64Array;
  readonly vy: Float64Array;
  /** Edge e runs from vertex e to vertex eb[e] and belongs to polygon ep[e]. */
  readonly eb: Int32Array;
  readonly ep: Int32Array;
  readonly edgeCount: number;
  /** Ring r is polygon rings[3r], edges rings[3r + 1] … + rings[3r + 2] − 1. */
  readonly rings: Int32Array;
  readonly ringCount: number;
}

/** The polygons' edges (repeated vertices dropped, rings with no area left out); null when an edge is not short (isShortEdge). */
export function collectEdges(polys: readonly Poly[]): Edges | null {
  let size = 0;
  let ringMax = 0;
  for (const p of polys) { ringMax += p.length; for (const r of p) size += r.length; }
  const vx = new Float64Array(size), vy = new Float64Array(size);
  const eb = new Int32Array(size), ep = new Int32Array(size);
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
      // A coordinate that is not a number (the loader refuses them) leaves the case to the overlays.
      if (!Number.isFinite(twice)) return null;
      if (m < 3 || twice === 0) { nv = first; continue; }
      if ((twice > 0) !== (r === 0)) { vx.subarray(first, nv).reverse(); vy.subarray(first, nv).reverse(); }
      rings[3 * nr] = k;
      rings[3 * nr + 1] = ne;
      rings[3 * nr + 2] = m;
      nr++;
      for (let i = 0; i < m; i++) {
        const a0 = first + i, b0 = i + 1 === m ? first : first + i + 1;
        if (!isShortEdge(vx[a0]!, vy[a0]!, vx[b0]!, vy[b0]!)) return null;
        // Edge ne starts at vertex a0: ne = a0, as both count the kept rings' vertices.
        eb[ne] = b0;
        ep[ne] = k;
        ne++;
      }
    }
  }
  return { vx: vx.subarray(0, nv), vy: vy.subarray(0, nv), eb, ep, edgeCount: ne, rings, ringCount: nr };
}

/** The ring that edge e (or the vertex e, which starts it) belongs to. */
export function ringOfEdge({ rings, ringCount }: Edges, e: number): number {
  let lo = 0, hi = ringCount - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (rings[3 * mid + 1]! <= e) lo = mid; else hi = mid - 1; }
  return lo;
}

/** The grid cell (column or row, of n) of coordinate v, cells of `size` from `min`. */
export function cellIndex(v: number, min: number, size: number, n: number): number {
  return Math.min(n - 1, Math.floor((v - min) / size));
}

/** Edges per chain: runs of consecutive edges of a ring, listed in the grid together. */
const CHAIN = 8;

/**
 * Chains of up to CHAIN consecutive edges of one ring, with their boxes, in a grid of about as many
 * cells as chains, each chain listed in every cell its box covers.
 */
export interface Grid {
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

/** The chains of the edges and their grid. */
export function buildGrid({ vx, vy, eb, ep, rings, ringCount }: Edges): Grid {
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
      let x0 = vx[e0 + c0]!, y0 = vy[e0 + c0]!, x1 = x0, y1 = y0;
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
    cx0[i] = cellIndex(bx0[i]!, minX, size, gx);
    cx1[i] = cellIndex(bx1[i]!, minX, size, gx);
    cy0[i] = cellIndex(by0[i]!, minY, size, gy);
    cy1[i] = cellIndex(by1[i]!, minY, size, gy);
    for (let cy = cy0[i]!; cy <= cy1[i]!; cy++) for (let cx = cx0[i]!; cx <= cx1[i]!; cx++) start[cy * gx + cx + 1]!++;
  }
  for (let c = 0; c < gx * gy; c++) start[c + 1]! += start[c]!;
  const items = new Int32Array(start[gx * gy]!);
  const fill = start.slice(0, gx * gy);
  for (let i = 0; i < n; i++) for (let cy = cy0[i]!; cy <= cy1[i]!; cy++) for (let cx = cx0[i]!; cx <= cx1[i]!; cx++) items[fill[cy * gx + cx]!++] = i;
  return { minX, minY, size, gx, gy, first, count, poly, bx0, by0, bx1, by1, start, items, x0: cx0, y0: cy0 };
}
