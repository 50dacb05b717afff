/**
 * GEOS overlays (geos-overlay.ts) on shapes whose results are known by hand, in plain planar
 * coordinates: two 2 × 2 squares overlapping in a 1 × 1 square, a square with a hole, buffers of
 * squares whose area has a closed form; a failure (a bow-tie) handed back to clip.ts's fallbacks;
 * and GEOS's memory not growing over many operations (a kiosk runs for days).
 */
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { geosBufferUnion, geosDifference, GeosFailure, geosHeapBytes, geosIntersection, geosLoaded, geosStats, geosUnion, geosUnion2 } from '../src/core/geo/geos-overlay.ts';
import { intersectValid } from '../src/core/geo/clip.ts';

/** Planar signed area of a ring (counter-clockwise positive). */
const ringArea = (r: Position[]) => r.reduce((s, p, i) => { const q = r[(i + 1) % r.length]!; return s + (p[0]! * q[1]! - q[0]! * p[1]!) / 2; }, 0);
/** Planar area of MultiPolygon coordinates (holes clockwise, so signed areas add up). */
const area = (mp: Position[][][]) => mp.reduce((s, p) => s + p.reduce((t, r) => t + ringArea(r), 0), 0);
const square = (x: number, y: number, size: number): Position[][] => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]];

describe('GEOS overlays', () => {
  it('is loaded for the unit tests (test/helpers/geos-setup.ts), as in the CLI and the report worker', () => {
    expect(geosLoaded()).toBe(true);
  });

  it('unions, intersects and subtracts two overlapping squares', () => {
    const a = square(0, 0, 2), b = square(1, 1, 2);
    const u = geosUnion([a, b]);
    expect(u).toHaveLength(1);
    expect(area(u)).toBe(7); // 4 + 4 − 1
    expect(u[0]![0]).toHaveLength(9); // 8 corners, closed
    expect(area(geosUnion2([a], [b], true))).toBe(7);
    const i = geosIntersection([a], [b], true);
    expect(area(i)).toBe(1);
    expect(new Set(i[0]![0]!.map((p) => p.join()))).toEqual(new Set(['1,1', '2,1', '2,2', '1,2']));
    expect(area(geosDifference([a], [b], true))).toBe(3);
    // Not known valid: each side is unioned first, so overlaps within a side count once.
    expect(area(geosIntersection([a, b], [square(0, 0, 3)], false))).toBe(7);
  });

  it('writes outer rings counter-clockwise and holes clockwise, whatever the input', () => {
    const holed: Position[][] = [[[0, 0], [0, 4], [4, 4], [4, 0], [0, 0]], [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]];
    const [p] = geosUnion([holed, square(10, 10, 1)]).filter((x) => x.length === 2);
    expect(ringArea(p![0]!)).toBe(16);
    expect(ringArea(p![1]!)).toBe(-4);
  });

  it('buffers polygons by their own distances (8 segments a quarter circle) and unions the buffers', () => {
    // A 10 × 10 square buffered by 1: 100 + 4 sides × 10 × 1 + corners making a 32-gon inscribed in
    // the unit circle, 16 sin(π/16). Two squares far apart: twice that; one by 2: 100 + 80 + 4 × 16 sin(π/16).
    const corner = 16 * Math.sin(Math.PI / 16);
    const one = geosBufferUnion([{ polys: [square(0, 0, 10)], distance: 1 }, { polys: [square(100, 0, 10)], distance: 2 }]);
    expect(one).toHaveLength(2);
    expect(area(one)).toBeCloseTo(140 + corner + 180 + 4 * corner, 9);
    // Overlapping buffers count once: two squares 1 apart, each buffered by 1, make one polygon.
    const merged = geosBufferUnion([{ polys: [square(0, 0, 10)], distance: 1 }, { polys: [square(11, 0, 10)], distance: 1 }]);
    expect(merged).toHaveLength(1);
  });

  it('says when it fails (a bow-tie), and clip.ts then falls back to JSTS and polyclip', () => {
    const bow: Position[][] = [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]];
    const before = geosStats().failures;
    expect(() => geosIntersection([bow], [square(0, 0, 3)], true)).toThrow(GeosFailure);
    expect(geosStats().failures).toBe(before + 1);
    // The non-zero-winding repair's two triangles of area 1.
    expect(area(intersectValid({ type: 'MultiPolygon', coordinates: [bow] }, { type: 'MultiPolygon', coordinates: [square(0, 0, 3)] }))).toBe(2);
  });

  it('refuses rings GEOS cannot take (fewer than 4 positions, not finite) before touching it, and stays usable', () => {
    const before = geosStats().failures;
    expect(() => geosUnion([[[[0, 0], [1, 1], [0, 0]]]])).toThrow(/fewer than 4 positions/);
    expect(() => geosUnion([[]])).toThrow(/without rings/);
    expect(() => geosUnion([[[[0, 0], [Number.NaN, 0], [1, 1], [0, 0]]]])).toThrow(/not a finite number/);
    expect(() => geosBufferUnion([{ polys: [[[[0, 0], [1, 1], [0, 0]]]], distance: 1 }])).toThrow(GeosFailure);
    expect(geosStats().failures).toBe(before + 4);
    expect(geosLoaded()).toBe(true);
    expect(area(geosUnion([square(0, 0, 2), square(1, 1, 2)]))).toBe(7);
  });

  it('frees what it makes: 2,000 overlays of 1,000-vertex polygons leave GEOS\'s memory as it was', () => {
    const circle = (cx: number): Position[][] => {
      const r: Position[] = Array.from({ length: 1000 }, (_, k) => [cx + Math.cos((2 * Math.PI * k) / 1000), Math.sin((2 * Math.PI * k) / 1000)]);
      return [[...r, r[0]!]];
    };
    const a = circle(0), b = circle(0.5);
    for (let k = 0; k < 20; k++) geosUnion([a, b]);
    const heap = geosHeapBytes();
    // Each union passes 32 kB in and out: a leak would grow the heap by 64 MB.
    for (let k = 0; k < 2000; k++) geosUnion([a, b]);
    expect(geosHeapBytes()).toBe(heap);
  });
});
