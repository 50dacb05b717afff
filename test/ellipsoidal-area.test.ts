import { describe, expect, it } from 'vitest';
import { area as turfArea } from '@turf/turf';
import { geometryArea, ringAreaSigned } from '../src/core/geo/ellipsoidal-area.ts';
import { WGS84 } from '../src/core/geo/wgs84.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';
import { rect } from './helpers/shapes.ts';


describe('ellipsoidal area', () => {
  it('matches the closed-form graticule area for small quadrangles', () => {
    expect(relDiff(geometryArea(rect(120, 30, 120.01, 30.01)), quadArea(120, 30, 120.01, 30.01))).toBeLessThan(1e-8);
    expect(relDiff(geometryArea(rect(120, 30, 120.1, 30.1)), quadArea(120, 30, 120.1, 30.1))).toBeLessThan(1e-7);
    // A 1 km² class of parcel near the equator and one far north.
    expect(relDiff(geometryArea(rect(10, 0, 10.009, 0.009)), quadArea(10, 0, 10.009, 0.009))).toBeLessThan(1e-8);
    expect(relDiff(geometryArea(rect(10, 60, 10.02, 60.01)), quadArea(10, 60, 10.02, 60.01))).toBeLessThan(1e-7);
  });

  it('is the ellipsoid, not Turf’s sphere (which is ~0.3 % off at 30° N)', () => {
    const g = rect(120, 30, 120.1, 30.1);
    const sphere = turfArea(g);
    expect(relDiff(sphere, quadArea(120, 30, 120.1, 30.1))).toBeGreaterThan(1e-3);
    expect(relDiff(geometryArea(g), quadArea(120, 30, 120.1, 30.1))).toBeLessThan(1e-7);
  });

  it('subtracts holes and adds MultiPolygon parts, whatever the ring orientation', () => {
    const outer = rect(120, 30, 120.02, 30.02).coordinates[0]!;
    const hole = rect(120.005, 30.005, 120.015, 30.015).coordinates[0]!;
    const expected = quadArea(120, 30, 120.02, 30.02) - quadArea(120.005, 30.005, 120.015, 30.015);
    expect(relDiff(geometryArea({ type: 'Polygon', coordinates: [outer, hole] }), expected)).toBeLessThan(1e-8);
    expect(relDiff(geometryArea({ type: 'Polygon', coordinates: [[...outer].reverse(), hole] }), expected)).toBeLessThan(1e-8);
    const multi = { type: 'MultiPolygon' as const, coordinates: [[outer, hole], rect(121, 30, 121.01, 30.01).coordinates] };
    expect(relDiff(geometryArea(multi), expected + quadArea(121, 30, 121.01, 30.01))).toBeLessThan(1e-8);
  });

  it('signs rings by orientation and treats open and closed rings alike', () => {
    const ccw = [[120, 30], [120.01, 30], [120.01, 30.01], [120, 30.01]];
    expect(ringAreaSigned(ccw)).toBeGreaterThan(0);
    expect(ringAreaSigned([...ccw].reverse())).toBeLessThan(0);
    expect(ringAreaSigned([...ccw, ccw[0]!])).toBeCloseTo(ringAreaSigned(ccw), 6);
  });

  it('gives 0 for degenerate rings and non-areal geometry', () => {
    expect(ringAreaSigned([[120, 30], [120.01, 30]])).toBe(0);
    expect(geometryArea({ type: 'Point', coordinates: [120, 30] })).toBe(0);
    expect(geometryArea(null)).toBe(0);
  });
});

/** GeographicLib's own signed area of a ring (the reference PostGIS uses), m². */
function geographicLib(ring: readonly number[][]): number {
  const poly = WGS84.Polygon(false);
  for (const p of ring.slice(0, -1)) poly.AddPoint(p[1]!, p[0]!);
  return poly.Compute(false, true).area ?? 0;
}

describe('ringAreaSigned on short edges (equal-area map + geodesic lens)', () => {
  let seed = 11;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const ringAround = (cx: number, cy: number, r: number, n: number) => {
    const pts = Array.from({ length: n }, (_, i) => { const t = (2 * Math.PI * i) / n, rr = r * (0.6 + 0.4 * rnd()); return [cx + rr * Math.cos(t), cy + rr * Math.sin(t)]; });
    return [...pts, pts[0]!];
  };

  it('equals GeographicLib to 3e-4 m² + 1e-11 relative, from parcels to districts, 70° S to 70° N', () => {
    for (let k = 0; k < 600; k++) {
      const ring = ringAround(60 + rnd() * 120, -69 + rnd() * 138, 0.0003 + rnd() * (k % 2 ? 0.02 : 0.3), 3 + Math.floor(rnd() * 300));
      const g = geographicLib(ring);
      expect(Math.abs(ringAreaSigned(ring) - g), `case ${k}`).toBeLessThan(3e-4 + 1e-11 * Math.abs(g));
    }
  });

  it('is as exact on edges of nearly 0.05° (5 km) near 70° latitude, where the lens is largest', () => {
    for (let k = 0; k < 200; k++) {
      const n = 3 + (k % 6), cy = (k % 2 ? 1 : -1) * (60 + rnd() * 9.9);
      const pts = Array.from({ length: n }, (_, i) => { const t = (2 * Math.PI * i) / n; return [120 + 0.024 * Math.cos(t), cy + 0.024 * Math.sin(t)]; });
      const ring = [...pts, pts[0]!];
      expect(Math.abs(ringAreaSigned(ring) - geographicLib(ring)), `case ${k}`).toBeLessThan(3e-4);
    }
  });

  it('keeps its area when every edge is split along its own geodesic (GeographicLib moves by ~1e-4 m² there)', () => {
    const ring = ringAround(120.8, 30, 0.0004, 100);
    const split: number[][] = [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i]!, b = ring[i + 1]!;
      const line = WGS84.InverseLine(a[1]!, a[0]!, b[1]!, b[0]!);
      for (let j = 0; j < 8; j++) { const p = line.Position((line.s13 * j) / 8); split.push([p.lon2 ?? NaN, p.lat2 ?? NaN]); }
    }
    expect(Math.abs(ringAreaSigned([...split, split[0]!]) - ringAreaSigned(ring))).toBeLessThan(1e-6);
  });

  it('leaves rings with a longer edge or beyond 70° latitude to GeographicLib', () => {
    const long = [[120, 30], [120.06, 30], [120.06, 30.01], [120, 30.01], [120, 30]];
    const polar = [[120, 70.5], [120.01, 70.5], [120.01, 70.51], [120, 70.51], [120, 70.5]];
    expect(ringAreaSigned(long)).toBe(geographicLib(long));
    expect(ringAreaSigned(polar)).toBe(geographicLib(polar));
    // Three points of a ring are enough for the short-edge sum; a 0.049° edge is still short.
    const short = [[120, 30], [120.049, 30], [120.049, 30.049], [120, 30]];
    expect(ringAreaSigned(short)).not.toBe(geographicLib(short));
    expect(Math.abs(ringAreaSigned(short) - geographicLib(short))).toBeLessThan(3e-4);
  });
});
