/**
 * Ellipsoidal areas on the WGS84 ellipsoid (CGCS2000 differs from it by 0.1 mm in the semi-minor
 * axis, far below any reported precision). Edges are geodesics, as in GeographicLib, PostGIS
 * `ST_Area(geography)` and the official land-survey area routines. Turf's `area` uses a sphere
 * and is off by up to ~0.5 % at Shangyu's latitude, so it must not be used for statistics.
 */
import type { Geometry, Position } from 'geojson';
import { WGS84 } from './wgs84.ts';

/**
 * Signed ellipsoidal area of one ring in m²: positive when counter-clockwise (lon east, lat north).
 * The ring may be closed (last = first) or open. Rings with fewer than 3 distinct points give 0.
 */
export function ringAreaSigned(ring: readonly Position[]): number {
  let n = ring.length;
  if (n > 1) {
    const a = ring[0]!;
    const b = ring[n - 1]!;
    if (a[0] === b[0] && a[1] === b[1]) n -= 1;
  }
  if (n < 3) return 0;
  const poly = WGS84.Polygon(false);
  for (let i = 0; i < n; i++) {
    const p = ring[i]!;
    poly.AddPoint(p[1]!, p[0]!);
  }
  // reverse=false, sign=true: counter-clockwise rings come out positive.
  return poly.Compute(false, true).area ?? 0;
}

/** Unsigned ellipsoidal area of one ring in m². */
export function ringArea(ring: readonly Position[]): number {
  return Math.abs(ringAreaSigned(ring));
}

/**
 * Ellipsoidal area in m² of a Polygon (outer ring minus holes) or MultiPolygon (sum of its
 * polygons, which GeoJSON requires not to overlap). Orientation of the input rings does not
 * matter. Any other geometry type has area 0.
 */
export function geometryArea(geometry: Geometry | null | undefined): number {
  if (!geometry) return 0;
  if (geometry.type === 'Polygon') return polygonRingsArea(geometry.coordinates);
  if (geometry.type === 'MultiPolygon') {
    let total = 0;
    for (const rings of geometry.coordinates) total += polygonRingsArea(rings);
    return total;
  }
  if (geometry.type === 'GeometryCollection') {
    let total = 0;
    for (const g of geometry.geometries) total += geometryArea(g);
    return total;
  }
  return 0;
}

function polygonRingsArea(rings: readonly (readonly Position[])[]): number {
  if (rings.length === 0) return 0;
  let area = ringArea(rings[0]!);
  for (let i = 1; i < rings.length; i++) area -= ringArea(rings[i]!);
  return Math.max(0, area);
}
