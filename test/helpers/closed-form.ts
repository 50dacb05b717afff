/**
 * Independent reference values for tests, not using the code under test.
 *
 * `quadArea`: the exact area on the WGS84 ellipsoid of the region between two meridians and two
 * parallels (the classic graticule "trapezoid" formula via the authalic integral):
 *   A = b²·Δλ/2 · [q(φ₂) − q(φ₁)],  q(φ) = sinφ/(1 − e²sin²φ) + 1/(2e)·ln((1 + e·sinφ)/(1 − e·sinφ)).
 * A polygon stored as its four corners has geodesic top and bottom edges instead of parallels; for
 * the sizes used in the fixtures (≤ 0.1°) the two differ by less than 1e-7 of the area, and for the
 * L-shaped unions by less than 1e-4 (the bulge of long geodesic edges no longer cancels).
 */
const a = 6378137;
const f = 1 / 298.257223563;
const e2 = f * (2 - f);
const e = Math.sqrt(e2);
const b = a * (1 - f);
const RAD = Math.PI / 180;

function q(phiDeg: number): number {
  const s = Math.sin(phiDeg * RAD);
  return s / (1 - e2 * s * s) + (1 / (2 * e)) * Math.log((1 + e * s) / (1 - e * s));
}

/** Area in m² of [west, east] × [south, north] (degrees) on the WGS84 ellipsoid. */
export function quadArea(west: number, south: number, east: number, north: number): number {
  return ((b * b * (east - west) * RAD) / 2) * (q(north) - q(south));
}

/** Relative difference |x − y| / |y|. */
export function relDiff(x: number, y: number): number {
  return Math.abs(x - y) / Math.abs(y);
}
