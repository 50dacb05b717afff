import { describe, expect, it } from 'vitest';
import { area as turfArea } from '@turf/turf';
import { estimatedArea, geometryArea, ringAreaSigned } from '../src/core/geo/ellipsoidal-area.ts';
import { geometryBBox } from '../src/core/geo/bbox.ts';
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

describe('estimatedArea', () => {
  it('is within 1e-3 of the geodesic area for polygons under 0.1° up to 70° latitude, holes and parts too (1e-4 under 45°)', () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let k = 0; k < 400; k++) {
      const cx = 60 + rnd() * 120, cy = -70 + rnd() * 140, r = 0.0003 + rnd() * 0.045, n = 3 + Math.floor(rnd() * 40);
      const ring = (scale: number, dir: 1 | -1) => {
        const pts = Array.from({ length: n }, (_, i) => { const t = (dir * 2 * Math.PI * i) / n, rr = r * scale * (0.6 + 0.4 * rnd()); return [cx + rr * Math.cos(t), cy + rr * Math.sin(t)]; });
        return [...pts, pts[0]!];
      };
      const g = k % 3 === 0
        ? { type: 'MultiPolygon' as const, coordinates: [[ring(1, 1), ring(0.3, -1)], [ring(0.2, 1).map(([x, y]) => [x! + 3 * r, y!])]] }
        : { type: 'Polygon' as const, coordinates: [ring(1, k % 2 ? 1 : -1)] };
      const b = geometryBBox(g);
      if (b[2] - b[0] > 0.1 || b[3] - b[1] > 0.1) expect(estimatedArea(g), `case ${k}`).toBeNull();
      else expect(relDiff(estimatedArea(g)!, geometryArea(g)), `case ${k}`).toBeLessThan(Math.abs(cy) < 45 ? 1e-4 : 1e-3);
    }
  });
  it('is null for geometries spanning more than 0.1°, and 0 for what has no area', () => {
    expect(estimatedArea(rect(120, 30, 120.2, 30.05))).toBeNull();
    expect(estimatedArea({ type: 'Point', coordinates: [120, 30] })).toBe(0);
    expect(estimatedArea(null)).toBe(0);
  });
});

