/** Length of a line on the WGS84 (≈ CGCS2000) ellipsoid: the sum of the geodesics between its vertices. */
import type { Position } from 'geojson';
import { WGS84 } from './wgs84.ts';

/** Length in metres of a path of [lon, lat] vertices (0 for fewer than two). */
export function lineLength(path: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const b = path[i]!;
    total += WGS84.Inverse(a[1]!, a[0]!, b[1]!, b[0]!).s12 ?? 0;
  }
  return total;
}
