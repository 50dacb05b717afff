/** Corners of a site typed as text, one "longitude, latitude" per line: the keyboard's way to make a site. */
import type { Polygon } from 'geojson';

/**
 * The polygon of the corners (closed), or the 1-based number of the first line that is not two
 * numbers within longitude/latitude range, or 'too-few' for fewer than 3 corners. Separators: comma
 * (also full-width), semicolon, spaces or tabs; empty lines are skipped.
 */
export function parseCorners(text: string): Polygon | { badLine: number } | 'too-few' {
  const ring: [number, number][] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const parts = line.split(/[\s,，;；]+/).filter(Boolean).map(Number);
    if (parts.length !== 2 || !parts.every(Number.isFinite) || Math.abs(parts[0]!) > 180 || Math.abs(parts[1]!) > 90) return { badLine: i + 1 };
    ring.push([parts[0]!, parts[1]!]);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
  if (ring.length < 3) return 'too-few';
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}
