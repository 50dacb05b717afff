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
 * Edges are geodesics. Rings whose edges are all under 0.05° within 70° of the equator (every
 * district's parcels and boundaries) are measured by `shortEdgeRingArea`; others by GeographicLib.
 */
export function ringAreaSigned(ring: readonly Position[]): number {
  let n = ring.length;
  if (n > 1) {
    const a = ring[0]!;
    const b = ring[n - 1]!;
    if (a[0] === b[0] && a[1] === b[1]) n -= 1;
  }
  if (n < 3) return 0;
  return shortEdgeRingArea(ring, n) ?? geographicLibRingArea(ring, n);
}

/** GeographicLib's signed area of the ring's first n positions, m² (counter-clockwise positive). */
function geographicLibRingArea(ring: readonly Position[], n: number): number {
  const poly = WGS84.Polygon(false);
  for (let i = 0; i < n; i++) {
    const p = ring[i]!;
    poly.AddPoint(p[1]!, p[0]!);
  }
  // reverse=false, sign=true: counter-clockwise rings come out positive.
  return poly.Compute(false, true).area ?? 0;
}

const DEG = Math.PI / 180;
/** The ellipsoid's semi-major axis (m) and its first eccentricity squared. */
const A = WGS84.a;
const E2 = WGS84.f * (2 - WGS84.f);
/** Longest edge (in longitude or latitude, degrees) and highest latitude shortEdgeRingArea takes. */
const MAX_EDGE_DEG = 0.05;
const MAX_LAT_DEG = 70;

/**
 * The authalic function of sin φ, without its constant factor (1 − e²): a cylindrical equal-area
 * map of the ellipsoid is x = λ, y = a²(1 − e²)/2 · q(φ), with area element dx dy (edgeAreaTerm).
 */
export function authalicOf(s: number): number {
  // atanh(e s) / e = s Σ (e²s²)ᵏ / (2k + 1), to within an ulp by k = 8 (e²s² < 0.0067).
  const x = E2 * s * s;
  return s / (1 - x) + s * (1 + x * (1 / 3 + x * (1 / 5 + x * (1 / 7 + x * (1 / 9 + x * (1 / 11 + x * (1 / 13 + x * (1 / 15 + x / 17))))))));
}

/** Whether shortEdgeRingArea's series holds for an edge: under 0.05° in longitude and latitude, within 70° of the equator. */
export function isShortEdge(lon1: number, lat1: number, lon2: number, lat2: number): boolean {
  return Math.abs(lon2 - lon1) <= MAX_EDGE_DEG && Math.abs(lat2 - lat1) <= MAX_EDGE_DEG && Math.abs(lat1) <= MAX_LAT_DEG && Math.abs(lat2) <= MAX_LAT_DEG;
}

/** Half the equal-area map's y per unit of authalic q, per degree of longitude: a²(1 − e²)/4 · π/180, m². */
export const SHOELACE = (DEG * A * A * (1 - E2)) / 4;

/**
 * One geodesic edge's share of a ring's area, m² (summed over a closed ring: its signed area,
 * counter-clockwise positive), from each end's longitude, latitude (degrees), sin φ, cos φ and
 * `authalicOf(sin φ)`; q0 is any constant (the same for the whole ring), which keeps the sums
 * small. Minus the integral of y dx along the edge on the equal-area map: the chord's trapezoid
 * and the lens between the geodesic and the chord (see shortEdgeRingArea). Only for short edges
 * (isShortEdge).
 */
export function edgeAreaTerm(lon1: number, lat1: number, s1: number, c1: number, q1: number, lon2: number, lat2: number, s2: number, c2: number, q2: number, q0: number): number {
  const dLon = lon2 - lon1;
  // tan of the middle latitude, exactly: (sin a + sin b) / (cos a + cos b) = tan((a + b) / 2).
  const t = (s1 + s2) / (c1 + c2);
  const t2 = t * t;
  const w = 1 - (E2 * t2) / (1 + t2);
  const nu = A / Math.sqrt(w);
  const east = (nu * dLon * DEG) / Math.sqrt(1 + t2);
  const north = ((nu * (1 - E2)) / w) * (lat2 - lat1) * DEG;
  return -(dLon * (q1 - q0 + (q2 - q0)) * SHOELACE + (t * east * (east * east + 3 * north * north)) / (12 * nu));
}

/**
 * A bound in m² on how much edgeAreaTerm's sum changes when a short edge is split at a point of its
 * lon/lat chord: L³ (tan φ + Δφ) / (2a) for an edge of length L spanning Δφ (radians) — several
 * times its lens (L³ tan φ / 12a at most): the point lies within the chord's bulge from the geodesic,
 * of the same order (tests; Δφ for edges at the equator, where tan φ vanishes).
 */
export function splitEffectBound(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const mid = ((lat1 + lat2) / 2) * DEG;
  const east = A * Math.cos(mid) * (lon2 - lon1) * DEG;
  const north = A * (lat2 - lat1) * DEG;
  return ((Math.abs(Math.tan(mid)) + Math.abs(lat2 - lat1) * DEG) * Math.pow(east * east + north * north, 1.5)) / (2 * A);
}

/**
 * Signed geodesic area of the ring's first n positions in m², or null when an edge spans more than
 * 0.05° or a vertex lies beyond 70° latitude. On the equal-area map (authalic) the ring's area is the
 * shoelace sum of its vertices plus, for each edge, the lens between the geodesic's image and the
 * straight chord: tan φ · E (E² + 3 N²) / (12 ν) at the edge's middle (E, N its east and north
 * extent in metres, ν the prime-vertical radius) — the first term of its series in the edge's
 * length; the next is smaller by (length / earth radius)², under 1e-6 m² for a 0.05° edge.
 * Agrees with GeographicLib to ~1e-4 m² (GeographicLib's own rounding: its area of a 3,500 m²
 * ring moves by that much when the edges are split along themselves, this one by 3e-8 m²) and
 * takes ~1/40 of its time.
 */
function shortEdgeRingArea(ring: readonly Position[], n: number): number | null {
  const last = ring[n - 1]!;
  let lonP = last[0]!;
  let latP = last[1]!;
  if (!(Math.abs(latP) <= MAX_LAT_DEG)) return null;
  let sP = Math.sin(latP * DEG);
  let cP = Math.cos(latP * DEG);
  let qP = authalicOf(sP);
  const q0 = qP;
  let area = 0;
  for (let i = 0; i < n; i++) {
    const p = ring[i]!;
    const lon = p[0]!;
    const lat = p[1]!;
    if (!isShortEdge(lonP, latP, lon, lat)) return null;
    const s = Math.sin(lat * DEG);
    const c = Math.cos(lat * DEG);
    const q = authalicOf(s);
    area += edgeAreaTerm(lonP, latP, sP, cP, qP, lon, lat, s, c, q, q0);
    lonP = lon;
    latP = lat;
    sP = s;
    cP = c;
    qP = q;
  }
  return area;
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
