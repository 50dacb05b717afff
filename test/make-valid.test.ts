/**
 * Valid before measured, on every path (test/fixtures/invalid-polygons: one protected area per
 * kind of invalidity GEOS names, see test/fixtures/README.md). Each invalid polygon is reported when
 * the dataset loads, with GEOS's reason, and made valid as PostGIS's
 * ST_MakeValid(geom, 'method=structure') does; the protected share measured from the polygons'
 * edges (boolean-area.ts) and by the overlays (union-area.ts) then give the same number, equal to
 * the areas worked out by hand below (quadArea: the closed-form area of a lon/lat rectangle; for
 * the two shapes that are not rectangles, the area of the input's own rings, which the repair does
 * not change). The PostGIS engine's number, and PostGIS's own ST_MakeValid of the raw shapes, are
 * checked in test/postgis-engine.test.ts.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import { geometryArea } from '../src/core/geo/ellipsoidal-area.ts';
import { unionAreasWithin } from '../src/core/geo/boolean-area.ts';
import { makeRegion, unionAreaWithin } from '../src/core/geo/union-area.ts';
import { loadGeos, unloadGeos } from '../src/core/geo/geos-overlay.ts';
import { computeReport } from '../src/core/indicators/compute-report.ts';
import { quadArea as Q, relDiff } from './helpers/closed-form.ts';
import { fixtureReader } from './helpers/read-fixture.ts';

const read = fixtureReader('invalid-polygons');
const raw = JSON.parse((await read('protected-areas.geojson'))!) as { features: { properties: { name: string; kind: string }; geometry: Polygon | MultiPolygon }[] };
const rawArea = (i: number) => geometryArea(raw.features[i]!.geometry);

/** Each feature's area once made valid, by hand (m²). */
const EXPECTED: Record<string, number> = {
  // The shell and the ring drawn outside it, which GEOS keeps as a polygon of its own.
  'P1 洞在外环外': Q(120.005, 30.005, 120.015, 30.015) + Q(120.020, 30.005, 120.025, 30.010),
  // The outer shell; the inner one lies within it.
  'P2 外环嵌套': Q(120.030, 30.005, 120.040, 30.015),
  // The shell less the outer hole; the hole inside the hole is dropped.
  'P3 洞嵌套': Q(120.050, 30.005, 120.060, 30.015) - Q(120.051, 30.006, 120.059, 30.014),
  // Both lobes of the bow-tie: half the square (symmetric about its middle latitude, to ~1e-8).
  'P4 蝴蝶结': Q(120.070, 30.005, 120.080, 30.015) / 2,
  // The shell less the triangle its ring loops around: the ring's own area (the loop runs the other way).
  'P5 环自接触': rawArea(4),
  // The shell less the diamond touching its four sides: split into four corner triangles, the same area.
  'P6 内部不连通': rawArea(5),
  // The two overlapping parts' union.
  'P7 部件重叠': Q(120.050, 30.025, 120.065, 30.035),
  // The part written twice, once.
  'P8 重复部件': Q(120.075, 30.025, 120.085, 30.035),
  // The shell less the part of the hole inside it.
  'P9 洞跨外环': Q(120.005, 30.040, 120.015, 30.048) - Q(120.010, 30.042, 120.015, 30.046),
  'P11 有效': Q(120.050, 30.040, 120.060, 30.048),
};
// The district: 0.1° × 0.05° with a vertex every 0.025° (short edges, which the edge path takes), as rectangles sharing meridians.
const district = [120, 120.025, 120.05, 120.075].reduce((s, x) => s + Q(x, 30, x + 0.025, 30.025) + Q(x, 30.025, x + 0.025, 30.05), 0);
const total = Object.values(EXPECTED).reduce((s, v) => s + v, 0);

describe('every polygon valid before it is measured (GEOS)', async () => {
  const { dataset, issues } = await loadDataset(read);
  const layer = dataset!.layers.protectedAreas!;

  it('reports each invalid polygon with GEOS\'s reason, where, and the fix', () => {
    const lines = issues.filter((i) => i.code === 'geometry.invalid').map((i) => [i.featureIndex, i.params?.reason]);
    expect(lines).toEqual(raw.features.flatMap((f, i) => (f.properties.kind === 'valid' || f.properties.kind === 'Too few points' ? [] : [[i, f.properties.kind]])));
    const hole = issues.find((i) => i.code === 'geometry.invalid' && i.featureIndex === 0)!;
    expect(hole.message).toMatch(/^is not a valid polygon: Hole lies outside shell \(GEOS, as PostGIS's ST_IsValidDetail; at 120\.020000, 30\.005000\); it was made valid as PostGIS's ST_MakeValid\(geom, 'method=structure'\) does/);
    expect(hole.hint).toMatch(/QGIS "Fix geometries" or PostGIS ST_MakeValid/);
    // A ring of three positions (two distinct points) is no polygon: left out, with an error.
    expect(issues.find((i) => i.featureIndex === 9)).toMatchObject({ severity: 'error' });
    expect(layer.features.map((f) => f.properties.name)).toEqual(Object.keys(EXPECTED));
  });

  it('makes each valid as ST_MakeValid(geom, \'method=structure\'): the areas worked out by hand', () => {
    for (const f of layer.features) {
      const name = String(f.properties.name);
      expect(relDiff(geometryArea(f.geometry), EXPECTED[name]!), name).toBeLessThan(name.startsWith('P4') ? 1e-7 : 1e-8);
    }
  });

  it('gives the same protected share from the edges, by the overlays and in the report', () => {
    const boundary = dataset!.layers.boundary!.features.map((f) => f.geometry);
    const polys = layer.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : (f.geometry as MultiPolygon).coordinates));
    const region = boundary.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : (g as MultiPolygon).coordinates));
    const edges = unionAreasWithin([polys], region)!;
    expect(edges).not.toBeNull();
    const overlays = unionAreaWithin(layer.features.map((f) => f.geometry), makeRegion(boundary)).area;
    expect(relDiff(edges.all, total)).toBeLessThan(2e-8);
    expect(relDiff(overlays, edges.all)).toBeLessThan(1e-9);
    const share = computeReport(dataset!).indicators.find((i) => i.id === 'protectedShare')!;
    expect(relDiff(share.value as number, (total / district) * 100)).toBeLessThan(2e-8);
  });
});

describe('without GEOS (no WebAssembly): the older checks', () => {
  const wasm = globalThis.WebAssembly;
  const host = globalThis as { WebAssembly?: typeof WebAssembly };
  beforeAll(() => { unloadGeos(); host.WebAssembly = undefined; });
  afterAll(async () => { host.WebAssembly = wasm; unloadGeos(); expect(await loadGeos()).toBe(true); });
  it('still repairs self-intersections and overlapping parts, and says so', async () => {
    const { dataset, issues } = await loadDataset(read);
    const codes = new Map(issues.filter((i) => i.featureIndex !== undefined).map((i) => [i.featureIndex, i.code]));
    expect(codes.get(3)).toBe('geometry.selfIntersecting');
    expect(codes.get(6)).toBe('geometry.overlappingParts');
    expect(codes.has(0)).toBe(false); // a hole outside its shell is not found there (README)
    const bowtie = dataset!.layers.protectedAreas!.features.find((f) => f.properties.name === 'P4 蝴蝶结')!;
    expect(relDiff(geometryArea(bowtie.geometry), EXPECTED['P4 蝴蝶结']!)).toBeLessThan(1e-7);
  });
});
