/** Shape helpers for the sample generator: irregular blobs and metre offsets in lon/lat. */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { differenceOf, intersectionOf } from '../core/compute.ts';
import type { MultiCoords } from '../core/compute.ts';

/** Metres per degree of latitude and of longitude at a latitude (ellipsoidal, close enough for shapes). */
export function metresPerDegree(lat: number): { lon: number; lat: number } {
  const phi = (lat * Math.PI) / 180;
  return { lat: 111132.95 - 559.85 * Math.cos(2 * phi), lon: 111412.88 * Math.cos(phi) - 93.5 * Math.cos(3 * phi) };
}

/** The point `dx` metres east and `dy` metres north of `[lon, lat]`. */
export function offset([lon, lat]: readonly [number, number], dx: number, dy: number): [number, number] {
  const m = metresPerDegree(lat);
  return [lon + dx / m.lon, lat + dy / m.lat];
}

/** Rounds to 6 decimals (≈ 0.1 m), the precision the sample files are written with. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export interface BlobOptions {
  /** Mean radius in metres. */
  readonly radius: number;
  /** Ratio of the long to the short axis (1 = round). */
  readonly elongation?: number;
  /** Rotation of the long axis, degrees from east. */
  readonly rotation?: number;
  /** Wobble of the outline, 0–0.5. */
  readonly roughness?: number;
  readonly vertices?: number;
}

/**
 * An irregular, star-shaped (hence simple) closed ring around a centre, counter-clockwise,
 * coordinates rounded to 6 decimals.
 */
export function blobRing(rand: () => number, center: readonly [number, number], o: BlobOptions): Position[] {
  const n = o.vertices ?? 40;
  const rough = o.roughness ?? 0.25;
  const harmonics = [1, 2, 3, 5].map((k) => ({ k, a: (rand() * rough) / Math.sqrt(k), ph: rand() * Math.PI * 2 }));
  const el = Math.sqrt(o.elongation ?? 1);
  const rot = ((o.rotation ?? 0) * Math.PI) / 180;
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const t = (i / n) * Math.PI * 2;
    let r = 1;
    for (const h of harmonics) r += h.a * Math.sin(h.k * t + h.ph);
    r = Math.max(0.35, r) * o.radius;
    const x = r * Math.cos(t) * el;
    const y = (r * Math.sin(t)) / el;
    const [lon, lat] = offset(center, x * Math.cos(rot) - y * Math.sin(rot), x * Math.sin(rot) + y * Math.cos(rot));
    ring.push([round6(lon), round6(lat)]);
  }
  ring.push([ring[0]![0]!, ring[0]![1]!]);
  return ring;
}

/** A blob as a GeoJSON Polygon. */
export function blob(rand: () => number, center: readonly [number, number], o: BlobOptions): Polygon {
  return { type: 'Polygon', coordinates: [blobRing(rand, center, o)] };
}

/** Rounds every coordinate of a polygonal geometry to 6 decimals. */
export function roundGeometry<T extends Polygon | MultiPolygon>(g: T): T {
  const r = (ring: Position[]) => ring.map((p) => [round6(p[0]!), round6(p[1]!)]);
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(r) };
  return { ...g, coordinates: (g as MultiPolygon).coordinates.map((poly) => poly.map(r)) };
}

function simplest(mp: MultiCoords): Polygon | MultiPolygon | null {
  if (mp.length === 0) return null;
  return roundGeometry(mp.length === 1 ? { type: 'Polygon', coordinates: mp[0]! } : { type: 'MultiPolygon', coordinates: mp });
}

/** The part of `g` inside `within` (null when nothing is left), as a Polygon when it is one piece. */
export function clipTo(g: Polygon | MultiPolygon, within: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  return simplest(intersectionOf([g], [within]));
}

/** `g` minus `hole` (null when nothing is left). */
export function cutOut(g: Polygon | MultiPolygon, hole: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  return simplest(differenceOf([g], [hole]));
}
