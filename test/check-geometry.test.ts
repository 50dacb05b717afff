/**
 * checkGeometry called directly (test/load-dataset.test.ts covers the same defects through a whole
 * dataset). Inputs are deep-frozen, so a check that mutates its input fails here.
 *
 * Expected areas are independent of the code under test: quadArea (test/helpers/closed-form.ts) is
 * the closed-form area of a lon/lat rectangle on the WGS84 ellipsoid, and every repaired shape below
 * is a known fraction of such a rectangle (worked out by hand in the comments).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Geometry, Position } from 'geojson';
import { checkGeometry } from '../src/core/data/check-geometry.ts';
import { geometryArea } from '../src/core/geo/ellipsoidal-area.ts';
import { loadGeos, unloadGeos } from '../src/core/geo/geos-overlay.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';

/** Freezes an object and everything in it. */
function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

const polygon = (...rings: unknown[][]): unknown => deepFreeze({ type: 'Polygon', coordinates: rings });
const square: Position[] = [[120, 30], [120.01, 30], [120.01, 30.01], [120, 30.01], [120, 30]];
const messages = (r: ReturnType<typeof checkGeometry>) => r.problems.map((p) => `${p.severity}: ${p.message}`);

describe('checkGeometry: the geometry type for the role', () => {
  it('rejects a Point in a polygon layer and a Polygon in a point layer', () => {
    const p = checkGeometry(deepFreeze({ type: 'Point', coordinates: [120, 30] }), 'polygon');
    expect(p.geometry).toBeNull();
    expect(messages(p)).toEqual(['error: has geometry type Point, but this layer needs Polygon or MultiPolygon']);
    const q = checkGeometry(polygon(square), 'point');
    expect(q.geometry).toBeNull();
    expect(messages(q)).toEqual(['error: has geometry type Polygon, but this layer needs Point']);
  });
  it('accepts a Point for a point role, unchanged and without problems', () => {
    const point = deepFreeze({ type: 'Point', coordinates: [120.5, 30.1] });
    expect(checkGeometry(point, 'point')).toEqual({ geometry: { type: 'Point', coordinates: [120.5, 30.1] }, problems: [] });
  });
  it('accepts a valid polygon as it is', () => {
    expect(checkGeometry(polygon(square), 'polygon')).toEqual({ geometry: { type: 'Polygon', coordinates: [square] }, problems: [] });
  });
  it('rejects a missing geometry', () => {
    expect(messages(checkGeometry(null, 'polygon'))).toEqual(['error: has no geometry']);
  });
});

describe('checkGeometry: rings', () => {
  it('closes an unclosed ring by repeating its first point, with a warning', () => {
    const r = checkGeometry(polygon(square.slice(0, 4)), 'polygon');
    expect(r.geometry).toEqual({ type: 'Polygon', coordinates: [square] });
    expect(messages(r)).toEqual(['warning: polygon outer ring is not closed; it was closed by repeating its first point']);
  });
  it('rejects a ring with fewer than 3 distinct points (repeated points do not count)', () => {
    const r = checkGeometry(polygon([[120, 30], [120.01, 30], [120.01, 30], [120, 30]]), 'polygon');
    expect(r.geometry).toBeNull();
    expect(messages(r)).toEqual(['error: polygon outer ring has fewer than 3 distinct points']);
  });
  it('drops a degenerate hole with a warning and keeps the polygon', () => {
    const r = checkGeometry(polygon(square, [[120.002, 30.002], [120.004, 30.002], [120.002, 30.002]]), 'polygon');
    expect(r.geometry).toEqual({ type: 'Polygon', coordinates: [square] });
    expect(messages(r)).toEqual(['warning: polygon hole 1 has fewer than 3 distinct points; the hole was ignored']);
  });
});

describe('checkGeometry: repairs (GEOS, as users get it)', () => {
  // The square 120.00–120.02 × 30.00–30.02 and its two diagonals, which cross at its centre
  // (120.01, 30.01). The bow-tie's lobes are the left and right triangles of the square (each ¼ of
  // it); the top and bottom triangles are the other half. Both halves are symmetric about the middle
  // latitude, so on the ellipsoid each is half the square to second order in the 0.02° height
  // (~1e-8): both lobes together = quadArea(square) / 2 = 2,138,936.70 m².
  const half = quadArea(120, 30, 120.02, 30.02) / 2;
  const invalid = (reason: string) => new RegExp(`^warning: is not a valid polygon: ${reason} \\(GEOS, as PostGIS's ST_IsValidDetail; at [\\d.]+, [\\d.]+\\); it was made valid as PostGIS's ST_MakeValid\\(geom, 'method=structure'\\) does before any indicator measured it$`);

  it('repairs a self-intersecting bow-tie into both lobes, with GEOS\'s reason', () => {
    const r = checkGeometry(polygon([[120, 30], [120.02, 30.02], [120.02, 30], [120, 30.02], [120, 30]]), 'polygon');
    expect(messages(r)).toEqual([expect.stringMatching(invalid('Self-intersection'))]);
    expect(r.geometry).toMatchObject({ type: 'MultiPolygon', coordinates: [expect.anything(), expect.anything()] });
    expect(relDiff(geometryArea(r.geometry), half)).toBeLessThan(1e-7);
  });
  it('splits a ring that passes through the same vertex twice (the same two triangles, touching at the centre)', () => {
    const r = checkGeometry(polygon([[120, 30], [120.01, 30.01], [120.02, 30], [120.02, 30.02], [120.01, 30.01], [120, 30.02], [120, 30]]), 'polygon');
    expect(messages(r)).toEqual([expect.stringMatching(invalid('Ring Self-intersection'))]);
    expect(relDiff(geometryArea(r.geometry), half)).toBeLessThan(1e-7);
  });
  it('merges overlapping MultiPolygon parts so the overlap counts once', () => {
    // Two 0.02° × 0.01° parts overlapping by half: together the 0.03° × 0.01° rectangle.
    const r = checkGeometry(deepFreeze({
      type: 'MultiPolygon',
      coordinates: [
        [[[120, 30], [120.02, 30], [120.02, 30.01], [120, 30.01], [120, 30]]],
        [[[120.01, 30], [120.03, 30], [120.03, 30.01], [120.01, 30.01], [120.01, 30]]],
      ],
    }), 'polygon');
    expect(messages(r)).toEqual([expect.stringMatching(invalid('Self-intersection'))]);
    expect(r.geometry!.type).toBe('Polygon');
    expect(relDiff(geometryArea(r.geometry), quadArea(120, 30, 120.03, 30.01))).toBeLessThan(1e-7);
  });
  it('joins MultiPolygon parts that share an edge (invalid by the OGC rules: parts may touch at points only), with the same area', () => {
    const mp = { type: 'MultiPolygon', coordinates: [[square], [[[120.01, 30], [120.02, 30], [120.02, 30.01], [120.01, 30.01], [120.01, 30]]]] };
    const r = checkGeometry(deepFreeze(mp), 'polygon');
    expect(messages(r)).toEqual([expect.stringMatching(invalid('Self-intersection'))]);
    expect(r.geometry!.type).toBe('Polygon');
    expect(relDiff(geometryArea(r.geometry), quadArea(120, 30, 120.02, 30.01))).toBeLessThan(1e-9);
  });
  it('keeps MultiPolygon parts that touch at a corner only as they are', () => {
    const mp = { type: 'MultiPolygon', coordinates: [[square], [[[120.01, 30.01], [120.02, 30.01], [120.02, 30.02], [120.01, 30.02], [120.01, 30.01]]]] };
    expect(checkGeometry(deepFreeze(mp), 'polygon')).toEqual({ geometry: mp, problems: [] });
  });
});

describe('checkGeometry: repairs without GEOS (no WebAssembly: the older checks)', () => {
  beforeAll(() => { unloadGeos(); });
  afterAll(async () => { expect(await loadGeos()).toBe(true); });
  // The square 120.00–120.02 × 30.00–30.02 and its two diagonals, which cross at its centre
  // (120.01, 30.01). The bow-tie's lobes are the left and right triangles of the square (each ¼ of
  // it); the top and bottom triangles are the other half. Both halves are symmetric about the middle
  // latitude, so on the ellipsoid each is half the square to second order in the 0.02° height
  // (~1e-8): both lobes together = quadArea(square) / 2 = 2,138,936.70 m².
  const half = quadArea(120, 30, 120.02, 30.02) / 2;
  const lobes = [[[[120, 30], [120.01, 30.01], [120, 30.02], [120, 30]]], [[[120.01, 30.01], [120.02, 30], [120.02, 30.02], [120.01, 30.01]]]];

  it('repairs a self-intersecting bow-tie into both lobes, with a warning', () => {
    const r = checkGeometry(polygon([[120, 30], [120.02, 30.02], [120.02, 30], [120, 30.02], [120, 30]]), 'polygon');
    expect(messages(r)).toEqual(['warning: is self-intersecting (1 crossing); it was repaired for area calculations']);
    expect(r.geometry).toEqual({ type: 'MultiPolygon', coordinates: lobes });
    expect(relDiff(geometryArea(r.geometry), half)).toBeLessThan(1e-7);
  });
  it('splits a ring that passes through the same vertex twice (the same two triangles, touching at the centre)', () => {
    const r = checkGeometry(polygon([[120, 30], [120.01, 30.01], [120.02, 30], [120.02, 30.02], [120.01, 30.01], [120, 30.02], [120, 30]]), 'polygon');
    expect(messages(r)).toEqual(['warning: has a ring that touches itself at a vertex (allowed by some software, not by the OGC rules overlays need); it was split there']);
    expect(r.geometry!.type).toBe('MultiPolygon');
    expect(r.geometry).toMatchObject({ coordinates: [expect.anything(), expect.anything()] });
    expect(relDiff(geometryArea(r.geometry), half)).toBeLessThan(1e-7);
  });
  it('merges overlapping MultiPolygon parts so the overlap counts once', () => {
    // Two 0.02° × 0.01° parts overlapping by half: together the 0.03° × 0.01° rectangle.
    const r = checkGeometry(deepFreeze({
      type: 'MultiPolygon',
      coordinates: [
        [[[120, 30], [120.02, 30], [120.02, 30.01], [120, 30.01], [120, 30]]],
        [[[120.01, 30], [120.03, 30], [120.03, 30.01], [120.01, 30.01], [120.01, 30]]],
      ],
    }), 'polygon');
    expect(messages(r)).toEqual(['warning: has parts that overlap (part 1 and part 2); they were merged so their overlap counts once']);
    expect(r.geometry!.type).toBe('Polygon');
    expect(relDiff(geometryArea(r.geometry), quadArea(120, 30, 120.03, 30.01))).toBeLessThan(1e-7);
  });
  it('keeps MultiPolygon parts that only share an edge as they are', () => {
    const mp = { type: 'MultiPolygon', coordinates: [[square], [[[120.01, 30], [120.02, 30], [120.02, 30.01], [120.01, 30.01], [120.01, 30]]]] };
    expect(checkGeometry(deepFreeze(mp), 'polygon')).toEqual({ geometry: mp, problems: [] });
  });
});

describe('checkGeometry: coordinates', () => {
  it('rejects a position that is not two numbers', () => {
    for (const bad of [['120', 30], [120], [120, Number.NaN], null]) {
      const r = checkGeometry(polygon([[120, 30], [120.01, 30], bad, [120, 30]]), 'polygon');
      expect(r.geometry).toBeNull();
      expect(messages(r)).toEqual(['error: polygon outer ring has a position that is not two numbers']);
    }
  });
  it('recognises projected coordinates in metres and says how to reproject', () => {
    const r = checkGeometry(polygon([[40500000, 3320000], [40501000, 3320000], [40501000, 3321000], [40500000, 3320000]]), 'polygon');
    expect(r.geometry).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toBe('polygon outer ring has coordinate (40500000, 3320000), which looks like projected coordinates in metres, not longitude/latitude');
    expect(r.problems[0]!.hint).toMatch(/must be reprojected.*EPSG:4490/);
  });
  it('recognises swapped axes ([lat, lon]) on a point', () => {
    const r = checkGeometry(deepFreeze({ type: 'Point', coordinates: [30.05, 120.87] }), 'point');
    expect(r.geometry).toBeNull();
    expect(r.problems[0]!.message).toMatch(/^point has coordinate \(30\.05, 120\.87\) with a latitude beyond ±90: the axes look swapped/);
    expect(r.problems[0]!.hint).toMatch(/^Longitude must be within −180…180/);
  });
  it('rejects a latitude beyond 90 that is not a swap', () => {
    const r = checkGeometry(polygon([[120.08, 30], [120.09, 30], [120.09, 95], [120.08, 30]]), 'polygon');
    expect(messages(r)).toEqual(['error: polygon outer ring has coordinate (120.09, 95) outside longitude/latitude range']);
  });
  it('rejects a feature spanning more than 180° of longitude (a stray vertex or the antimeridian)', () => {
    // From −100° to 121°: a span of 221.0°.
    const r = checkGeometry(deepFreeze({
      type: 'MultiPolygon',
      coordinates: [[[[-100, 30], [-99, 30], [-99, 31], [-100, 30]]], [[[120, 30], [121, 30], [121, 31], [120, 30]]]],
    }), 'polygon');
    expect(r.geometry).toBeNull();
    expect(messages(r)).toEqual(['error: spans 221.0° of longitude, more than half the globe']);
  });
});

describe('checkGeometry: GeometryCollection (layers of any kind)', () => {
  it('rejects a nested collection, or one without a list of geometries', () => {
    const nested = checkGeometry(deepFreeze({ type: 'GeometryCollection', geometries: [{ type: 'GeometryCollection', geometries: [] }] }), 'any');
    expect(nested.geometry).toBeNull();
    expect(messages(nested)).toEqual(['error: is a GeometryCollection that is empty, nests another collection or holds something that is not a geometry']);
    expect(checkGeometry(deepFreeze({ type: 'GeometryCollection' }), 'any').geometry).toBeNull();
  });
  it('accepts a flat collection as it is', () => {
    const flat: Geometry = { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [120, 30] }, { type: 'LineString', coordinates: [[120, 30], [121, 30]] }] };
    expect(checkGeometry(deepFreeze(flat), 'any')).toEqual({ geometry: flat, problems: [] });
  });
});
