/**
 * Finds rings that cross themselves or each other. Rings touching at a point (allowed by the
 * OGC simple-features rules) are not crossings; only segments that cross in their interiors, or
 * overlap along a stretch, are.
 */
import type { Position } from 'geojson';

interface Segment { ax: number; ay: number; bx: number; by: number; minX: number; maxX: number; ring: number; index: number; count: number }

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function adjacent(s: Segment, t: Segment): boolean {
  if (s.ring !== t.ring) return false;
  const d = Math.abs(s.index - t.index);
  return d === 1 || d === s.count - 1;
}

/** Collinear segments that share more than a point. */
function overlapCollinear(s: Segment, t: Segment): boolean {
  const useX = Math.abs(s.bx - s.ax) >= Math.abs(s.by - s.ay);
  const [s0, s1] = useX ? [Math.min(s.ax, s.bx), Math.max(s.ax, s.bx)] : [Math.min(s.ay, s.by), Math.max(s.ay, s.by)];
  const [t0, t1] = useX ? [Math.min(t.ax, t.bx), Math.max(t.ax, t.bx)] : [Math.min(t.ay, t.by), Math.max(t.ay, t.by)];
  return Math.min(s1, t1) - Math.max(s0, t0) > 0;
}

/** Consecutive segments that run back along each other (a spike): collinear, opposite directions. */
function doublesBack(s: Segment, t: Segment): boolean {
  const dx1 = s.bx - s.ax, dy1 = s.by - s.ay, dx2 = t.bx - t.ax, dy2 = t.by - t.ay;
  return dx1 * dy2 - dy1 * dx2 === 0 && dx1 * dx2 + dy1 * dy2 < 0;
}

function crosses(s: Segment, t: Segment): boolean {
  const o1 = orient(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
  const o2 = orient(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  const o3 = orient(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
  const o4 = orient(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  if (o1 === 0 && o2 === 0) return overlapCollinear(s, t);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/**
 * The points (or first shared points) where the rings of one polygon cross, at most `limit` of
 * them. Rings may be closed or open; repeated consecutive points are ignored. Sweeps segments in
 * order of their west end, so the cost is about n·log n for ordinary shapes.
 */
export function ringCrossings(rings: readonly (readonly Position[])[], limit = 100): Position[] {
  const segs: Segment[] = [];
  rings.forEach((ring, r) => {
    const pts = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
    const n = pts.length - 1;
    for (let i = 0; i < n; i++) {
      const a = pts[i]!; const b = pts[i + 1]!;
      segs.push({ ax: a[0]!, ay: a[1]!, bx: b[0]!, by: b[1]!, minX: Math.min(a[0]!, b[0]!), maxX: Math.max(a[0]!, b[0]!), ring: r, index: i, count: n });
    }
  });
  segs.sort((a, b) => a.minX - b.minX);
  const out: Position[] = [];
  for (let i = 0; i < segs.length && out.length < limit; i++) {
    const s = segs[i]!;
    const sMinY = Math.min(s.ay, s.by); const sMaxY = Math.max(s.ay, s.by);
    for (let j = i + 1; j < segs.length && segs[j]!.minX <= s.maxX; j++) {
      const t = segs[j]!;
      if (Math.max(t.ay, t.by) < sMinY || Math.min(t.ay, t.by) > sMaxY) continue;
      if (adjacent(s, t) ? doublesBack(s, t) : crosses(s, t)) { out.push([t.ax, t.ay]); if (out.length >= limit) break; }
    }
  }
  return out;
}
