/**
 * Which buffers of a union of buffers add nothing to it: those lying inside the others' — left out
 * before buffering, the union is the same set, and its boundary the same edges and nodes (a buffer
 * inside the others' has no edge on it). Parks' service areas overlap much: on the stress
 * district 1,150 of the 2,000 buffers are shown inside the others, and — only residential land
 * being asked about — 1,672 add nothing on it; buffering and uniting the 328 left takes a quarter
 * of the time all took.
 *
 * Decided on a grid of square cells (side D, half-diagonal h) from bounds that hold for GEOS's
 * buffer of a polygon P by r with 8 segments a quarter circle:
 * - the buffer lies within 1.02 r of P: its vertices lie at r from the vertices of P simplified by
 *   0.01 r (BufferInputLineSimplifier), its chords inside their arcs;
 * - the buffer holds every point within 0.98 r of P: its chords span 1/32 of a circle (1.5 times
 *   that where the count of segments is rounded), so they stay at least r cos(1.5π/32) = 0.989 r
 *   from P, and the simplification only fills concave corners (a review measured ≥ 0.98918 r over
 *   26,250 GEOS buffers). JSTS's buffer of a polygon with holes can break this bound: only GEOS's
 *   buffers are culled (buffer-union.ts).
 * A cell whose centre lies within 0.98 r − h of P (checked against P's vertices, which bound the
 * distance from above) is inside that buffer; a buffer meets a cell only if the centre lies within
 * 1.02 r + h of P. A buffer is left out when every cell it may meet is inside another buffer not
 * left out before it (buffers taken smallest distance first).
 */
import Flatbush from 'flatbush';
import type { Position } from 'geojson';
import { locatePoint } from './point-location.ts';
import { longestBufferEdge } from './buffer-edge-bound.ts';

/** A polygon set (MultiPolygon coordinates, planar metres) and its buffer distance (> 0). */
export interface BufferItem {
  readonly polys: readonly (readonly (readonly Position[])[])[];
  readonly distance: number;
}

/** Most buffers recorded as holding a cell (more add little). */
const SLOTS = 6;
/** Most cells in the grid (then cells are larger, and fewer buffers shown covered). */
const MAX_CELLS = 1e6;

/**
 * 1 for each item whose buffer lies inside the union of the buffers of the items marked 0 (so the
 * union of those is the union of all), else 0 — within the given boxes [x0, y0, x1, y1] (planar
 * metres) if any: then only the parts of the buffers inside the boxes count, and the union of the
 * items marked 0 equals the union of all inside the boxes (not outside), with the same edges
 * reaching into them (see buffer-edge-bound.ts). Conservative: a buffer it cannot show covered is
 * kept. Items with no vertex or a distance ≤ 0 are kept.
 */
export function coveredBuffers(items: readonly BufferItem[], within: readonly (readonly number[])[] | null = null): Uint8Array {
  const n = items.length;
  const covered = new Uint8Array(n);
  let minR = Infinity;
  for (const it of items) if (it.distance > 0) minR = Math.min(minR, it.distance);
  if (n < 2 || !Number.isFinite(minR)) return covered;
  // Each item's vertices (flat) and box, and the boxes' extent widened by what a buffer reaches.
  const verts: Float64Array[] = [];
  const box = new Float64Array(4 * n);
  const ok = new Uint8Array(n);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const xs: number[] = [];
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const p of items[i]!.polys) for (const r of p) for (const q of r) { xs.push(q[0]!, q[1]!); x0 = Math.min(x0, q[0]!); x1 = Math.max(x1, q[0]!); y0 = Math.min(y0, q[1]!); y1 = Math.max(y1, q[1]!); }
    verts.push(Float64Array.from(xs));
    box[4 * i] = x0; box[4 * i + 1] = y0; box[4 * i + 2] = x1; box[4 * i + 3] = y1;
    const m = 1.02 * items[i]!.distance;
    if (!(m > 0) || !Number.isFinite(x0 - x1 + y0 - y1 + m)) continue;
    ok[i] = 1;
    minX = Math.min(minX, x0 - m); minY = Math.min(minY, y0 - m); maxX = Math.max(maxX, x1 + m); maxY = Math.max(maxY, y1 + m);
  }
  if (!(minX < maxX && minY < maxY)) return covered;
  // Cells of 0.3 of the smallest distance, or larger to keep to MAX_CELLS.
  const D = Math.max(0.3 * minR, Math.sqrt(((maxX - minX + minR) * (maxY - minY + minR)) / MAX_CELLS)), h = D / Math.SQRT2;
  minX -= D; minY -= D;
  const gx = Math.ceil((maxX - minX) / D) + 2, gy = Math.ceil((maxY - minY) / D) + 2;
  // Cells meeting a box (all, without boxes): the only ones that need covering.
  // Each box is widened by the longest edge (L) of the buffers that may reach it: a buffer left out
  // for lying off the boxes could only have split, where it crosses a kept buffer's edge, an edge
  // that lies off them too — so no straight lon/lat edge of the union reaching into them changes.
  let wanted: Uint8Array | null = null;
  if (within && within.every((b) => b.length >= 4 && b.every(Number.isFinite))) {
    const edgeOf = Float64Array.from(items, (it, i) => (ok[i] ? longestBufferEdge(it.polys, it.distance) : 0));
    // Per box, the longest edge of the buffers that may reach it: the largest among those whose
    // reach (box ± 1.02 r) meets it.
    const longest = reachIndex(items, box, ok, edgeOf);
    wanted = new Uint8Array(gx * gy);
    for (const b of within) {
      const L = longest(b);
      const cx0 = Math.max(0, Math.floor((b[0]! - L - minX) / D)), cx1 = Math.min(gx - 1, Math.floor((b[2]! + L - minX) / D));
      const cy0 = Math.max(0, Math.floor((b[1]! - L - minY) / D)), cy1 = Math.min(gy - 1, Math.floor((b[3]! + L - minY) / D));
      for (let cy = cy0; cy <= cy1; cy++) wanted.fill(1, cy * gx + cx0, cy * gx + cx1 + 1);
    }
  }
  // The buffers holding each cell (up to SLOTS of them): per row of cells, those whose centre
  // lies within `inner` of one of the item's vertices (a union of intervals, one per vertex).
  const held = new Int32Array(gx * gy * SLOTS);
  const count = new Uint8Array(gx * gy);
  for (let j = 0; j < n; j++) {
    if (!ok[j]) continue;
    const inner = 0.98 * items[j]!.distance - h;
    if (inner <= 0) continue;
    const v = verts[j]!;
    const cy0 = Math.max(0, Math.ceil((box[4 * j + 1]! - inner - minY) / D - 0.5)), cy1 = Math.min(gy - 1, Math.floor((box[4 * j + 3]! + inner - minY) / D - 0.5));
    for (let cy = cy0; cy <= cy1; cy++) {
      const py = minY + (cy + 0.5) * D;
      // The union of the vertices' intervals: all of them where they share a point (the usual
      // case: the item is small beside the distance), else the widest one alone (less, never more).
      let l = Infinity, u = -Infinity, maxLo = -Infinity, minHi = Infinity, wl = 0, wu = -1, widest = -1;
      for (let k = 0; k < v.length; k += 2) {
        const dy = v[k + 1]! - py;
        if (dy * dy > inner * inner) continue;
        const w = Math.sqrt(inner * inner - dy * dy);
        const a = v[k]! - w, b = v[k]! + w;
        if (a < l) l = a;
        if (b > u) u = b;
        if (a > maxLo) maxLo = a;
        if (b < minHi) minHi = b;
        if (w > widest) { widest = w; wl = a; wu = b; }
      }
      if (widest < 0) continue;
      if (maxLo > minHi) { l = wl; u = wu; }
      const c0 = Math.max(0, Math.ceil((l - minX) / D - 0.5)), c1 = Math.min(gx - 1, Math.floor((u - minX) / D - 0.5));
      for (let cx = c0; cx <= c1; cx++) {
        const c = cy * gx + cx;
        if (count[c]! < SLOTS) held[c * SLOTS + count[c]!++] = j;
      }
    }
  }
  // Smallest distance first, each against the buffers not left out before it. (The last one left
  // out relies only on buffers kept; each one before, on buffers kept or left out after it, whose
  // every cell is held by buffers kept: so every buffer left out lies inside those kept.)
  const order = Array.from(items.keys()).filter((i) => ok[i]).sort((a, b) => items[a]!.distance - items[b]!.distance || a - b);
  for (const i of order) {
    // Every cell whose centre lies within `outer` of the item's box: held by another buffer not
    // left out, or not wanted, or out of the buffer's reach.
    // (The grid reaches past every buffer: a cell off it would be a fault, and the item is kept.)
    const outer = 1.02 * items[i]!.distance + h;
    const x0 = box[4 * i]!, y0 = box[4 * i + 1]!, x1 = box[4 * i + 2]!, y1 = box[4 * i + 3]!;
    const cy0 = Math.ceil((y0 - outer - minY) / D - 0.5), cy1 = Math.floor((y1 + outer - minY) / D - 0.5);
    let fits = cy0 >= 0 && cy1 < gy;
    for (let cy = cy0; fits && cy <= cy1; cy++) {
      const py = minY + (cy + 0.5) * D;
      const ey = Math.max(y0 - py, 0, py - y1);
      const w = Math.sqrt(Math.max(0, outer * outer - ey * ey));
      const c0 = Math.ceil((x0 - w - minX) / D - 0.5), c1 = Math.floor((x1 + w - minX) / D - 0.5);
      if (c0 < 0 || c1 >= gx) { fits = false; break; }
      for (let cx = c0; cx <= c1; cx++) {
        const c = cy * gx + cx;
        if (wanted && !wanted[c]) continue;
        let held1 = false;
        for (let s = 0; s < count[c]! && !held1; s++) { const j = held[c * SLOTS + s]!; held1 = j !== i && !covered[j]; }
        if (!held1 && distanceTo(items[i]!.polys, minX + (cx + 0.5) * D, py) <= outer) { fits = false; break; }
      }
    }
    if (fits) covered[i] = 1;
  }
  return covered;
}

/**
 * A lookup of the largest edgeOf[i] over the items whose reach (box ± 1.02 r) meets a given box, by
 * a spatial index of the reaches.
 */
function reachIndex(items: readonly BufferItem[], box: Float64Array, ok: Uint8Array, edgeOf: Float64Array): (b: readonly number[]) => number {
  const ids = Array.from(items.keys()).filter((i) => ok[i]);
  const index = new Flatbush(Math.max(1, ids.length));
  for (const i of ids) {
    const m = 1.02 * items[i]!.distance;
    index.add(box[4 * i]! - m, box[4 * i + 1]! - m, box[4 * i + 2]! + m, box[4 * i + 3]! + m);
  }
  if (ids.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return (b) => index.search(b[0]!, b[1]!, b[2]!, b[3]!).reduce((L, k) => (ids.length > 0 ? Math.max(L, edgeOf[ids[k]!]!) : L), 0);
}

/** Distance from a point to polygons (0 inside them or on an edge), planar. */
function distanceTo(polys: BufferItem['polys'], px: number, py: number): number {
  if (polys.some((p) => locatePoint(px, py, p) !== 'outside')) return 0;
  let best = Infinity;
  for (const p of polys) {
    for (const r of p) {
      for (let i = 1; i < r.length; i++) {
        const ax = r[i - 1]![0]!, ay = r[i - 1]![1]!, bx = r[i]![0]!, by = r[i]![1]!;
        const dx = bx - ax, dy = by - ay, l = dx * dx + dy * dy;
        const t = l > 0 ? Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / l)) : 0;
        best = Math.min(best, (ax + t * dx - px) ** 2 + (ay + t * dy - py) ** 2);
      }
    }
  }
  return Math.sqrt(best);
}
