/**
 * Ellipsoidal areas on the WGS84 ellipsoid (CGCS2000 differs from it by 0.1 mm in the semi-minor
 * axis, far below any reported precision). Edges are geodesics, as in GeographicLib, PostGIS
 * `ST_Area(geography)` and the official land-survey area routines. Turf's `area` uses a sphere
 * and is off by up to ~0.5 % at Shangyu's latitude, so it must not be used for statistics.
 */
import type { Geometry, Position } from 'geojson';
import { WGS84 } from './wgs84.ts';
import { geometryBBox } from './bbox.ts';

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

/** The ellipsoid's semi-major axis (m) and first eccentricity. */
const A = WGS84.a;
const E = Math.sqrt(WGS84.f * (2 - WGS84.f));

/** The authalic function q(φ): a cylindrical equal-area map of the ellipsoid is (λ, q), with area element a²/2 dλ dq. */
function authalicQ(latDeg: number): number {
  const s = Math.sin((latDeg * Math.PI) / 180);
  return (1 - E * E) * (s / (1 - E * E * s * s) - (1 / (2 * E)) * Math.log((1 - E * s) / (1 + E * s)));
}

/**
 * A quick estimate of geometryArea, m², for deciding which side of a threshold an area lies on:
 * the exact area of the polygon whose edges are straight on a cylindrical equal-area map of the
 * ellipsoid rather than geodesics. Within 1e-4 of geometryArea for polygons spanning under 0.1°
 * (edges under ~10 km) below 45° latitude, 1e-3 up to 70° (tests; 2e-6 at worst over the stress
 * district's 62,000 parks and parcels); null for a geometry spanning more, and 0 for non-areal ones.
 */
export function estimatedArea(geometry: Geometry | null | undefined): number | null {
  if (!geometry) return 0;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : null;
  if (!polys) return geometry.type === 'GeometryCollection' ? null : 0;
  const b = geometryBBox(geometry);
  if (b[2] - b[0] > 0.1 || b[3] - b[1] > 0.1) return null;
  let total = 0;
  for (const rings of polys) {
    let area = 0;
    for (let k = 0; k < rings.length; k++) {
      const r = rings[k]!;
      let twice = 0;
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) twice += ((r[j]![0]! - r[i]![0]!) * Math.PI / 180) * (authalicQ(r[j]![1]!) + authalicQ(r[i]![1]!));
      const ringArea = Math.abs(twice / 2) * (A * A) / 2;
      area += k === 0 ? ringArea : -ringArea;
    }
    total += Math.max(0, area);
  }
  return total;
}
