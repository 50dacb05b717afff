/**
 * For coordinates that look projected but come with no coordinate system: the likely systems,
 * best first, each with where the data would land, so the user can pick one.
 */
import type { CrsInfo } from './crs.ts';
import { KNOWN_CRS, toLonLat } from './crs.ts';

export interface CrsCandidate {
  readonly crs: CrsInfo;
  /** Where the sample point lands, [lon, lat]. */
  readonly lands: readonly [number, number];
  /** Distance in degrees from the reference point (the current district), for ranking. */
  readonly offset: number;
}

const CHINA = { west: 73, east: 135.5, south: 17, north: 54 };

/** True when [x, y] can only be projected coordinates (outside any lon/lat range). */
export function looksProjected(x: number, y: number): boolean {
  return Math.abs(x) > 180 || Math.abs(y) > 90;
}

/**
 * Candidate systems for a projected point [x, y]: Gauss-Krüger zones (a zone number in front of the
 * easting tells 3° from 6° zones), the central meridians near the reference longitude when there is
 * none, and Web Mercator. Only those landing in China are kept, nearest to `near` first.
 */
export function guessCrs(x: number, y: number, near: readonly [number, number] = [120.87, 30.03]): CrsCandidate[] {
  const codes: string[] = [];
  const prefix = Math.floor(x / 1e6);
  if (prefix >= 25 && prefix <= 45) codes.push(`EPSG:${4513 + prefix - 25}`);
  if (prefix >= 13 && prefix <= 23) codes.push(`EPSG:${4491 + prefix - 13}`);
  if (x > 0 && x < 1e6) {
    const cm3 = Math.round(near[0] / 3) * 3;
    for (const cm of [cm3, cm3 - 3, cm3 + 3]) if (cm >= 75 && cm <= 135) codes.push(`EPSG:${4534 + cm / 3 - 25}`);
    const cm6 = Math.round((near[0] + 3) / 6) * 6 - 3;
    if (cm6 >= 75 && cm6 <= 135) codes.push(`EPSG:${4502 + (cm6 + 3) / 6 - 13}`);
  }
  codes.push('EPSG:3857');
  const out: CrsCandidate[] = [];
  for (const code of new Set(codes)) {
    const crs = KNOWN_CRS.get(code)!;
    const [lon, lat] = toLonLat(crs)([x, y]);
    if (!Number.isFinite(lon) || lon < CHINA.west || lon > CHINA.east || lat < CHINA.south || lat > CHINA.north) continue;
    out.push({ crs, lands: [lon, lat], offset: Math.hypot(lon - near[0], lat - near[1]) });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
