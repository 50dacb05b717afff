/** Where a point lies relative to a polygon given by its rings (planar, in lon/lat). */
import type { Position } from 'geojson';

export type Location = 'inside' | 'outside' | 'boundary';

/** True when p lies on segment a–b (exactly, in floating point). */
export function onSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): boolean {
  if ((bx - ax) * (py - ay) - (by - ay) * (px - ax) !== 0) return false;
  return px >= Math.min(ax, bx) && px <= Math.max(ax, bx) && py >= Math.min(ay, by) && py <= Math.max(ay, by);
}

/**
 * Locates a point in a polygon (outer ring then holes, closed or open): inside, outside, or on an
 * edge. Even-odd ray casting, so ring orientation does not matter.
 */
export function locatePoint(px: number, py: number, rings: readonly (readonly Position[])[]): Location {
  let inside = false;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[i]!; const b = ring[j]!;
      const ax = a[0]!, ay = a[1]!, bx = b[0]!, by = b[1]!;
      if (onSegment(px, py, ax, ay, bx, by)) return 'boundary';
      if ((ay > py) !== (by > py) && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
    }
  }
  return inside ? 'inside' : 'outside';
}
