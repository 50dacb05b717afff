/** Ring orientation as RFC 7946 wants it: outer rings counter-clockwise, holes clockwise (lon east, lat north). */
import type { Position } from 'geojson';

/**
 * Signed planar area (lon/lat) of a ring, closed or not: positive when counter-clockwise. Measured
 * from the ring's first vertex, so that a sliver of 1e-17 deg² at longitude 120 keeps its sign.
 */
export function planarSigned(ring: readonly Position[]): number {
  if (ring.length === 0) return 0;
  const x0 = ring[0]![0]!, y0 = ring[0]![1]!;
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += ((ring[j]![0]! - x0) - (ring[i]![0]! - x0)) * ((ring[j]![1]! - y0) + (ring[i]![1]! - y0));
  return s / 2;
}

/** The polygon's rings with the outer one counter-clockwise and holes clockwise (reversed copies where needed). */
export function oriented(rings: Position[][]): Position[][] {
  return rings.map((r, k) => ((planarSigned(r) > 0) === (k === 0) ? r : [...r].reverse()));
}

/** A polygon oriented as `oriented` does: the same array when it is already so. */
export function orientedPolygon(rings: Position[][]): Position[][] {
  return rings.every((r, k) => (planarSigned(r) > 0) === (k === 0)) ? rings : oriented(rings);
}
