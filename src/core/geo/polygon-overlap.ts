/**
 * Exact test of whether two polygons' interiors overlap (share area), as opposed to merely
 * touching or sharing edges, which is how the parcels of an inventory meet.
 *
 * Method: if no boundary edge of one properly crosses the other's, the interiors overlap exactly
 * when a piece of one boundary runs strictly inside the other polygon, or the two are the same
 * region. Each edge is cut where the other boundary touches it, and the middle of every piece is
 * located in the other polygon.
 */
import type { Position } from 'geojson';
import { locatePoint } from './point-location.ts';

type Rings = readonly (readonly Position[])[];

interface Edge { ax: number; ay: number; bx: number; by: number; cuts: number[]; shared: [number, number][] }

function edgesOf(rings: Rings): Edge[] {
  const out: Edge[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i]!; const b = ring[i + 1]!;
      if (a[0] === b[0] && a[1] === b[1]) continue;
      out.push({ ax: a[0]!, ay: a[1]!, bx: b[0]!, by: b[1]!, cuts: [], shared: [] });
    }
  }
  return out;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Parameter (0…1) of point p along edge e, for a p known to be on the edge's line. */
function param(e: Edge, px: number, py: number): number {
  const dx = e.bx - e.ax; const dy = e.by - e.ay;
  return Math.abs(dx) >= Math.abs(dy) ? (px - e.ax) / dx : (py - e.ay) / dy;
}

function addCut(e: Edge, px: number, py: number): void {
  const t = param(e, px, py);
  if (t > 0 && t < 1) e.cuts.push(t);
}

function share(e: Edge, t0: number, t1: number): void {
  const lo = Math.max(0, Math.min(t0, t1));
  const hi = Math.min(1, Math.max(t0, t1));
  if (hi > lo) e.shared.push([lo, hi]);
}

/** Cuts both edges where they touch; true when they cross properly. */
function meet(e: Edge, f: Edge): boolean {
  if (Math.max(e.ax, e.bx) < Math.min(f.ax, f.bx) || Math.max(f.ax, f.bx) < Math.min(e.ax, e.bx)
    || Math.max(e.ay, e.by) < Math.min(f.ay, f.by) || Math.max(f.ay, f.by) < Math.min(e.ay, e.by)) return false;
  const o1 = orient(e.ax, e.ay, e.bx, e.by, f.ax, f.ay);
  const o2 = orient(e.ax, e.ay, e.bx, e.by, f.bx, f.by);
  const o3 = orient(f.ax, f.ay, f.bx, f.by, e.ax, e.ay);
  const o4 = orient(f.ax, f.ay, f.bx, f.by, e.bx, e.by);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  if (o1 === 0 && o2 === 0) {
    // Collinear: the stretch they share lies on both boundaries; mark it so it is not located.
    share(e, param(e, f.ax, f.ay), param(e, f.bx, f.by));
    share(f, param(f, e.ax, e.ay), param(f, e.bx, e.by));
  }
  if (o1 === 0) addCut(e, f.ax, f.ay);
  if (o2 === 0) addCut(e, f.bx, f.by);
  if (o3 === 0) addCut(f, e.ax, e.ay);
  if (o4 === 0) addCut(f, e.bx, e.by);
  return false;
}

/** 'inside' if a piece of these edges runs strictly inside `other`; 'boundary' if all pieces lie on its boundary. */
function piecesIn(edges: readonly Edge[], other: Rings): 'inside' | 'boundary' | 'outside' {
  let allBoundary = true;
  for (const e of edges) {
    const ts = [0, ...e.cuts.sort((a, b) => a - b), 1];
    for (let k = 0; k + 1 < ts.length; k++) {
      const t = (ts[k]! + ts[k + 1]!) / 2;
      if (e.shared.some(([lo, hi]) => t > lo && t < hi)) continue;
      const loc = locatePoint(e.ax + (e.bx - e.ax) * t, e.ay + (e.by - e.ay) * t, other);
      if (loc === 'inside') return 'inside';
      if (loc === 'outside') allBoundary = false;
    }
  }
  return allBoundary ? 'boundary' : 'outside';
}

/**
 * True when the interiors of two polygons (outer ring then holes) overlap. Shared edges and
 * touching points are not overlaps. Floating-point: a vertex a hair off a neighbour's edge may be
 * reported as an overlap (never the reverse for an overlap of measurable area).
 */
export function polygonsOverlap(a: Rings, b: Rings): boolean {
  const ea = edgesOf(a);
  const eb = edgesOf(b);
  for (const e of ea) for (const f of eb) if (meet(e, f)) return true;
  const inA = piecesIn(ea, b);
  if (inA === 'inside') return true;
  const inB = piecesIn(eb, a);
  if (inB === 'inside') return true;
  return inA === 'boundary' && inB === 'boundary';
}
