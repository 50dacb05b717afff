/**
 * bufferUnion against closed forms. The buffer of a convex polygon of area A and perimeter P by r
 * is A + P·r plus the rounded corners, whose angles add up to a full turn. bufferUnion, like
 * ST_Buffer, draws a quarter circle as 8 chords (vertices on the circle), so the corners add up to
 * a 32-gon inscribed in the circle: 32 triangles of ½ r² sin(π/16), i.e. 16 r² sin(π/16) = 3.1214 r²
 * instead of π r². Here A = quadArea (the WGS84 graticule formula, test/helpers/closed-form.ts) and
 * P uses the radii of curvature: a parallel arc is N cosφ Δλ, a meridian arc M Δφ (at the middle
 * latitude; both within 1e-6 m of the geodesic over 0.01°). The module's stated accuracy is a
 * scale error under 1e-5 within 30 km of the centre, so areas must agree to 1e-5 — tighter than
 * the 1.3e-4 that π r² instead of the 32-gon would make at r = 100 m.
 */
import { describe, expect, it } from 'vitest';
import { bufferUnion } from '../src/core/geo/buffer-union.ts';
import { geometryArea } from '../src/core/geo/ellipsoidal-area.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';
import { rect } from './helpers/shapes.ts';

const a = 6378137;
const f = 1 / 298.257223563;
const e2 = f * (2 - f);
const RAD = Math.PI / 180;
/** Radius of curvature in the prime vertical, and in the meridian, at latitude φ (degrees). */
const N = (phi: number) => a / Math.sqrt(1 - e2 * Math.sin(phi * RAD) ** 2);
const M = (phi: number) => (a * (1 - e2)) / (1 - e2 * Math.sin(phi * RAD) ** 2) ** 1.5;

/** Perimeter in metres of [w, e] × [s, n]: two parallel arcs and two meridian arcs. */
function perimeter(w: number, s: number, e: number, n: number): number {
  const parallel = (phi: number) => N(phi) * Math.cos(phi * RAD) * (e - w) * RAD;
  return parallel(s) + parallel(n) + 2 * M((s + n) / 2) * (n - s) * RAD;
}

/** Area in m² of the rectangle [w, e] × [s, n] buffered by r metres with 8 chords a quarter circle. */
function bufferedRect(w: number, s: number, e: number, n: number, r: number): number {
  return quadArea(w, s, e, n) + perimeter(w, s, e, n) * r + 16 * r * r * Math.sin(Math.PI / 16);
}

describe('bufferUnion', () => {
  it('buffers one rectangle by r: area + perimeter·r + the 32-gon of the corners', () => {
    // 120.00–120.01 × 30.00–30.01: 1,069,521 m², perimeter 4,146.68 m.
    for (const r of [100, 1000]) {
      const u = bufferUnion([{ geometry: rect(120, 30, 120.01, 30.01), metres: r }], 120.005);
      expect(u.type).toBe('MultiPolygon');
      expect(u.coordinates).toHaveLength(1);
      // 4 corners of 8 chords: 4 × 9 distinct vertices, plus the closing one.
      expect(u.coordinates[0]![0]).toHaveLength(37);
      expect(relDiff(geometryArea(u), bufferedRect(120, 30, 120.01, 30.01, r))).toBeLessThan(1e-5);
    }
  });
  it('buffers a point into the 32-gon of radius r', () => {
    const u = bufferUnion([{ geometry: { type: 'Point', coordinates: [120.005, 30.005] }, metres: 100 }], 120.005);
    expect(relDiff(geometryArea(u), 16 * 100 * 100 * Math.sin(Math.PI / 16))).toBeLessThan(1e-5);
  });
  it('adds buffers that are far apart, each by its own distance', () => {
    // 120.00–120.01 and 120.05–120.06 are ~3.9 km apart; buffers of 100 m and 200 m cannot meet.
    const u = bufferUnion([
      { geometry: rect(120, 30, 120.01, 30.01), metres: 100 },
      { geometry: rect(120.05, 30, 120.06, 30.01), metres: 200 },
    ], 120.03);
    expect(u.coordinates).toHaveLength(2);
    expect(relDiff(geometryArea(u), bufferedRect(120, 30, 120.01, 30.01, 100) + bufferedRect(120.05, 30, 120.06, 30.01, 200))).toBeLessThan(1e-5);
  });
  it('counts the overlap of two buffers once', () => {
    // Rectangles 120.000–120.010 and 120.005–120.015 (30.00–30.01): a union of buffers is the buffer
    // of the union (a Minkowski sum distributes over union), here the rectangle 120.000–120.015.
    const u = bufferUnion([
      { geometry: rect(120, 30, 120.01, 30.01), metres: 100 },
      { geometry: rect(120.005, 30, 120.015, 30.01), metres: 100 },
    ], 120.0075);
    expect(u.coordinates).toHaveLength(1);
    const once = bufferedRect(120, 30, 120.015, 30.01, 100);
    expect(relDiff(geometryArea(u), once)).toBeLessThan(1e-5);
    // Adding the two buffers would give 41 % more.
    expect(2 * bufferedRect(120, 30, 120.01, 30.01, 100) / once).toBeGreaterThan(1.4);
  });
  it('adds nothing for a buffer inside another', () => {
    const u = bufferUnion([
      { geometry: rect(120, 30, 120.01, 30.01), metres: 100 },
      { geometry: { type: 'Point', coordinates: [120.005, 30.005] }, metres: 100 },
    ], 120.005);
    expect(relDiff(geometryArea(u), bufferedRect(120, 30, 120.01, 30.01, 100))).toBeLessThan(1e-5);
  });
  it('within geometries, leaves out the buffers that add nothing inside them', () => {
    const items = [{ geometry: rect(120, 30, 120.01, 30.01), metres: 100 }, { geometry: rect(120.05, 30, 120.06, 30.01), metres: 200 }];
    // A strip just east of the first rectangle, ~3.7 km from the second's buffer.
    const u = bufferUnion(items, 120.03, [rect(120.0105, 30.002, 120.02, 30.004)]);
    expect(u.coordinates).toHaveLength(1);
    expect(relDiff(geometryArea(u), bufferedRect(120, 30, 120.01, 30.01, 100))).toBeLessThan(1e-5);
    // Nothing inside them: nothing.
    expect(bufferUnion(items, 120.03, [rect(121, 31, 121.01, 31.01)])).toEqual({ type: 'MultiPolygon', coordinates: [] });
  });
  it('gives an empty MultiPolygon for nothing to buffer', () => {
    expect(bufferUnion([], 120)).toEqual({ type: 'MultiPolygon', coordinates: [] });
  });
  it('does not change its input', () => {
    const g = rect(120, 30, 120.01, 30.01);
    const before = structuredClone(g);
    bufferUnion([{ geometry: g, metres: 100 }], 120.005);
    expect(g).toEqual(before);
  });
});
