/**
 * GEOS overlays (geos-overlay.ts) on shapes whose results are known by hand, in plain planar
 * coordinates: two 2 × 2 squares overlapping in a 1 × 1 square, a square with a hole, buffers of
 * squares whose area has a closed form; a failure (a bow-tie) handed back to clip.ts's fallbacks;
 * and GEOS's memory not growing over many operations (a kiosk runs for days).
 */
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { geosBufferUnion, geosDifference, GeosFailure, geosHeapBytes, geosIntersection, geosLoaded, geosStats, geosUnion, geosUnion2, loadGeos, unloadGeos } from '../src/core/geo/geos-overlay.ts';
import { intersectValid, multiArea, unionOf } from '../src/core/geo/clip.ts';
import { computeReport } from '../src/core/indicators/compute-report.ts';
import { loadValid } from './helpers/load-fixture.ts';

/** Planar signed area of a ring (counter-clockwise positive). */
const ringArea = (r: Position[]) => r.reduce((s, p, i) => { const q = r[(i + 1) % r.length]!; return s + (p[0]! * q[1]! - q[0]! * p[1]!) / 2; }, 0);
/** Planar area of MultiPolygon coordinates (holes clockwise, so signed areas add up). */
const area = (mp: Position[][][]) => mp.reduce((s, p) => s + p.reduce((t, r) => t + ringArea(r), 0), 0);
const square = (x: number, y: number, size: number): Position[][] => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]];

describe('GEOS overlays', () => {
  it('is loaded for the unit tests (test/helpers/geos-setup.ts), as in the CLI and the report worker', () => {
    expect(geosLoaded()).toBe(true);
  });

  it('keeps a hole made while its memory grows (the heap is read after each call that may grow it)', () => {
    // First in the file, on a fresh GEOS: a 1,000,000-vertex hole makes the memory grow while the
    // polygon is built; a write through the view read before the growth was lost.
    const circle = (r: number, n: number, sign: 1 | -1): Position[] => {
      const out: Position[] = Array.from({ length: n }, (_, i) => [r * Math.cos((sign * 2 * Math.PI * i) / n), r * Math.sin((sign * 2 * Math.PI * i) / n)]);
      return [...out, out[0]!];
    };
    const heap = geosHeapBytes();
    const donut: Position[][] = [circle(10, 100, 1), circle(5, 1000000, -1)];
    const u = geosUnion([donut, square(100, 0, 1)]);
    expect(geosHeapBytes()).toBeGreaterThan(heap);
    expect(area(u)).toBeCloseTo(area([donut]) + 1, 6);
    expect(u.find((p) => p.length === 2)![1]).toHaveLength(1000001);
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

  it('refuses rings GEOS cannot take (fewer than 4 positions, open, not finite) before touching it, and stays usable', () => {
    const before = geosStats().failures;
    expect(() => geosUnion([[[[0, 0], [1, 1], [0, 0]]]])).toThrow(/fewer than 4 positions/);
    expect(() => geosUnion([[]])).toThrow(/without rings/);
    expect(() => geosUnion([[[[0, 0], [Number.NaN, 0], [1, 1], [0, 0]]]])).toThrow(/not a finite number/);
    expect(() => geosUnion([[[[0, 0], [1, 0], [1, 1], [0, 1]]]])).toThrow(/not closed/);
    expect(() => geosBufferUnion([{ polys: [[[[0, 0], [1, 1], [0, 0]]]], distance: 1 }])).toThrow(GeosFailure);
    expect(geosStats().failures).toBe(before + 5);
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

  it('stops calling GEOS after an internal error: later overlays fall back to JSTS at once, counted, and the report says so', async () => {
    // An error inside the conversion (a coordinate that throws when read a second time) stands for
    // any error GEOS's WebAssembly cannot unwind.
    let reads = 0;
    const trap = new Proxy([0.5, 0.5], { get: (t, k) => { if (k === '0' && ++reads > 1) throw new RangeError('simulated'); return Reflect.get(t, k) as unknown; } });
    const before = geosStats().failures;
    expect(() => geosUnion([[[[0, 0], [1, 0], trap as Position, [0, 0]]]])).toThrow(/stopped after an internal error/);
    expect(() => geosUnion([square(0, 0, 1)])).toThrow(/stopped after an internal error/);
    expect(geosStats().failures).toBe(before + 2);
    // clip.ts computes with JSTS from here on: two overlapping squares in lon/lat, as before.
    const a = { type: 'Polygon' as const, coordinates: square(120, 30, 0.02) }, b = { type: 'Polygon' as const, coordinates: square(120.01, 30.01, 0.02) };
    expect(multiArea(unionOf([a, b]))).toBeGreaterThan(0);
    const report = computeReport(await loadValid('district'));
    expect(report.overlays).toMatch(/^GEOS 3\.13\.0 \(WebAssembly\); JSTS for [1-9]\d* overlay\(s\) GEOS failed on$/);
    unloadGeos();
    expect(await loadGeos()).toBe(true);
    expect(area(geosUnion([square(0, 0, 2), square(1, 1, 2)]))).toBe(7);
  });

  it('resolves false at once where there is no WebAssembly (a browser run without it), and JSTS computes', async () => {
    const wasm = Object.getOwnPropertyDescriptor(globalThis, 'WebAssembly')!;
    unloadGeos();
    Reflect.deleteProperty(globalThis, 'WebAssembly');
    try {
      expect(await loadGeos()).toBe(false);
      expect(geosLoaded()).toBe(false);
      expect(computeReport(await loadValid('district')).overlays).toBe('JSTS');
    } finally {
      Object.defineProperty(globalThis, 'WebAssembly', wasm);
      unloadGeos();
    }
    expect(await loadGeos()).toBe(true);
  });
});
