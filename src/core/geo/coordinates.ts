/**
 * Coordinates as people type and read them: decimal degrees, degrees-minutes-seconds, and CGCS2000
 * 3° Gauss-Krüger zone 40 (central meridian 120°E), the projection Zhejiang's land and forestry
 * data use — with the zone number in front of the easting (EPSG:4528) or without (EPSG:4549).
 */
import { crsByCode, fromLonLat, toLonLat } from '../import/crs.ts';

/** Zone 40 with the zone number in the easting (40 512345.6). */
const ZONE40 = crsByCode('EPSG:4528')!;
/** The same zone without it (512345.6), as many files write it. */
const CM120 = crsByCode('EPSG:4549')!;

/** Degrees of a degrees-minutes-seconds group (`120°52′12.3″`, `120 52 12.3`, `120度52分12秒`). */
function dmsDegrees(text: string): number | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(?:°|度|\s)\s*(?:(\d+(?:\.\d+)?)\s*(?:′|'|分|\s)\s*)?(?:(\d+(?:\.\d+)?)\s*(?:″|"|''|秒)?\s*)?$/.exec(text);
  if (!m) return null;
  const d = Number(m[1]);
  const v = Math.abs(d) + Number(m[2] ?? 0) / 60 + Number(m[3] ?? 0) / 3600;
  return d < 0 ? -v : v;
}

/**
 * The point a text names, as [lon, lat] on CGCS2000, or null when it names none. Understood:
 * `120.87, 30.03` (longitude first; `30.03, 120.87` is read the other way round since a latitude
 * cannot exceed 90), `120°52′12″E 30°01′48″N` (hemisphere letters in any order, also 东经/北纬),
 * `40 512345.6 3321234.5` (zone 40 with its number), `40512345.6, 3321234.5`, and
 * `512345.6, 3321234.5` (no zone number: central meridian 120°E).
 */
export function parseCoordinates(text: string): [number, number] | null {
  const t = text.trim().replace(/[，；;]/g, ',').replace(/东经|E\b/gi, 'E').replace(/北纬|N\b/gi, 'N');
  // DMS with hemisphere letters.
  const hemi = /^(.+?)\s*([EN])\s*,?\s*(.+?)\s*([EN])$/i.exec(t) ?? /^([EN])\s*(.+?)\s*,?\s*([EN])\s*(.+)$/i.exec(t);
  if (hemi) {
    const [a, ha, b, hb] = /^[EN]$/i.test(hemi[1]!) ? [hemi[2]!, hemi[1]!, hemi[4]!, hemi[3]!] : [hemi[1]!, hemi[2]!, hemi[3]!, hemi[4]!];
    const va = dmsDegrees(a);
    const vb = dmsDegrees(b);
    if (va === null || vb === null || ha.toUpperCase() === hb.toUpperCase()) return null;
    return ha.toUpperCase() === 'E' ? [va, vb] : [vb, va];
  }
  const nums = t.split(/[\s,]+/).filter(Boolean).map(Number);
  if (nums.some((n) => !Number.isFinite(n))) {
    const parts = t.split(',');
    if (parts.length === 2) {
      const a = dmsDegrees(parts[0]!);
      const b = dmsDegrees(parts[1]!);
      if (a !== null && b !== null) return orderLonLat(a, b);
    }
    return null;
  }
  if (nums.length === 3 && nums[0] === 40) return checked(toLonLat(ZONE40)([40e6 + nums[1]!, nums[2]!]));
  if (nums.length !== 2) return null;
  const [x, y] = nums as [number, number];
  if (Math.abs(x) <= 180 && Math.abs(y) <= 180) return orderLonLat(x, y);
  if (x >= 40e6 && x < 41e6) return checked(toLonLat(ZONE40)([x, y]));
  if (x > 0 && x < 1e6 && y > 1e6) return checked(toLonLat(CM120)([x, y]));
  return null;
}

function orderLonLat(a: number, b: number): [number, number] | null {
  if (Math.abs(a) <= 180 && Math.abs(b) <= 90) return [a, b];
  if (Math.abs(b) <= 180 && Math.abs(a) <= 90) return [b, a];
  return null;
}

function checked(p: [number, number]): [number, number] | null {
  return Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[1]) <= 90 ? p : null;
}

/** A longitude or latitude as degrees, minutes, seconds with one decimal: `120°52′12.3″E`. */
export function formatDms(value: number, axis: 'lon' | 'lat'): string {
  const hemi = axis === 'lon' ? (value < 0 ? 'W' : 'E') : value < 0 ? 'S' : 'N';
  let s = Math.round(Math.abs(value) * 36000) / 10;
  const d = Math.floor(s / 3600);
  s -= d * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  return `${d}°${String(m).padStart(2, '0')}′${s.toFixed(1).padStart(4, '0')}″${hemi}`;
}

/** CGCS2000 3° Gauss-Krüger zone 40 [easting with the zone number (40xxxxxx), northing], metres, as [lon, lat]: the inverse of toZone40. */
export function fromZone40(easting: number, northing: number): [number, number] {
  return toLonLat(ZONE40)([easting, northing]);
}

/** [lon, lat] in CGCS2000 3° Gauss-Krüger zone 40 as [easting with the zone number, northing], metres. */
export function toZone40(lon: number, lat: number): [number, number] {
  return fromLonLat(ZONE40)([lon, lat]);
}
