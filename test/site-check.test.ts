import { describe, expect, it } from 'vitest';
import { checkSite } from '../src/core/site/site-check.ts';
import { WGS84 } from '../src/core/geo/wgs84.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';
import { loadValid } from './helpers/load-fixture.ts';
import { rect } from './helpers/shapes.ts';

// test/fixtures/district: red line E 120.05–120.07 × 30.04–30.06 and protected area B 120.02–120.06 × 30.00–30.05.
describe('checkSite', async () => {
  const d = await loadValid('district');

  it('measures the overlap with each red line and protected area, in m² and % of the site', () => {
    const site = rect(120.055, 30.045, 120.065, 30.055); // a 0.01° square, half in E, a quarter in B
    const r = checkSite(site, d);
    expect(relDiff(r.areaM2, quadArea(120.055, 30.045, 120.065, 30.055))).toBeLessThan(1e-7);
    expect(r.overlaps.map((o) => [o.layer, o.name])).toEqual([['redLines', 'E 与B重叠'], ['protectedAreas', 'B 森林公园']]);
    const inE = quadArea(120.055, 30.045, 120.065, 30.055) * 1; // the site lies wholly inside E
    expect(relDiff(r.overlaps[0]!.areaM2, inE)).toBeLessThan(1e-6);
    expect(r.overlaps[0]!.percentOfSite).toBeCloseTo(100, 4);
    const inB = quadArea(120.055, 30.045, 120.06, 30.05);
    expect(relDiff(r.overlaps[1]!.areaM2, inB)).toBeLessThan(1e-6);
    expect(r.overlaps[1]!.percentOfSite).toBeCloseTo((inB / r.areaM2) * 100, 6);
    expect(r.overlaps[1]!.kind).toBe('森林公园');
    expect(r).toMatchObject({ inExclusionZone: true, inProtectedArea: true, nearest: { redLines: null, protectedAreas: null } });
  });

  it('repairs a drawn bow-tie by the non-zero rule before measuring', () => {
    // Two triangles meeting at (120.06, 30.05), both inside red line E; the west one reaches into B.
    const bowtie = { type: 'Polygon' as const, coordinates: [[[120.055, 30.045], [120.065, 30.055], [120.065, 30.045], [120.055, 30.055], [120.055, 30.045]]] };
    const r = checkSite(bowtie, d);
    // Each triangle is a quarter of the 0.01° square (the slanted edges' geodesic bulges cancel to < 1e-4).
    expect(relDiff(r.areaM2, quadArea(120.055, 30.045, 120.065, 30.055) / 2)).toBeLessThan(1e-4);
    expect(r.overlaps.map((o) => o.layer)).toEqual(['redLines', 'protectedAreas']);
  });

  it('gives the shortest ellipsoidal distance to the nearest red line and protected area when it touches none', () => {
    // East of everything: 120.075–120.078 × 30.041–30.059. Nearest red line: C (120.08–, 30.06–), corner
    // to corner from (120.078, 30.059) to (120.08, 30.06). Nearest protected area: B's east edge (120.06,
    // up to 30.05); a degree of longitude is shortest furthest north, so from B's corner (120.06, 30.05)
    // straight east to the site's west edge.
    const site = rect(120.075, 30.041, 120.078, 30.059);
    const r = checkSite(site, d);
    expect(r.overlaps).toEqual([]);
    const toC = WGS84.Inverse(30.059, 120.078, 30.06, 120.08).s12!;
    const toB = WGS84.Inverse(30.05, 120.075, 30.05, 120.06).s12!;
    expect(r.nearest.redLines!.name).toBe('C 半在界外');
    expect(r.nearest.protectedAreas!.name).toBe('B 森林公园');
    expect(Math.abs(r.nearest.redLines!.distanceM - toC)).toBeLessThan(0.01);
    expect(Math.abs(r.nearest.protectedAreas!.distanceM - toB)).toBeLessThan(0.01);
    expect(r).toMatchObject({ inExclusionZone: false, inProtectedArea: false });
  });

  it('handles a site crossing the district boundary and a MultiPolygon site', () => {
    const multi = { type: 'MultiPolygon' as const, coordinates: [rect(120.081, 30.065, 120.083, 30.067).coordinates, rect(120.0, 30.0, 120.01, 30.01).coordinates] };
    const r = checkSite(multi, d);
    expect(r.overlaps.map((o) => o.name)).toEqual(['C 半在界外', 'A 自然保护区']);
    expect(relDiff(r.overlaps[0]!.areaM2, quadArea(120.081, 30.065, 120.083, 30.067))).toBeLessThan(1e-6);
    expect(relDiff(r.overlaps[1]!.areaM2, quadArea(120.0, 30.0, 120.01, 30.01))).toBeLessThan(1e-6);
  });
});

describe('checkSite: wholly, partly or not at all, on every line a site must respect', async () => {
  const d = await loadValid('district');

  it('says a site wholly in a red line is wholly in it, and half in one is partly in it with the share', () => {
    const whole = checkSite(rect(120.055, 30.045, 120.065, 30.055), d).roles.redLines;
    expect([whole.status, whole.percentOfSite]).toEqual(['wholly', expect.closeTo(100, 6)]);
    // Half of the site (west of 120.07) lies in E: the share of the site, not the whole flag.
    const half = checkSite(rect(120.065, 30.045, 120.075, 30.055), d);
    expect(half.roles.redLines.status).toBe('partly');
    expect(relDiff(half.roles.redLines.areaM2, quadArea(120.065, 30.045, 120.07, 30.055))).toBeLessThan(1e-6);
    expect(half.roles.redLines.percentOfSite).toBeCloseTo((quadArea(120.065, 30.045, 120.07, 30.055) / half.areaM2) * 100, 6);
  });
  it('counts overlapping features once: a site in A and B where they overlap is wholly protected, not 200 %', () => {
    const r = checkSite(rect(120.025, 30.01, 120.035, 30.02), d);
    expect(r.overlaps.filter((o) => o.layer === 'protectedAreas')).toHaveLength(2);
    expect(r.roles.protectedAreas.status).toBe('wholly');
    expect(r.roles.protectedAreas.percentOfSite).toBeCloseTo(100, 6);
  });
  it('says which lines the dataset does not have: not checked, never clear', () => {
    const r = checkSite(rect(120.075, 30.041, 120.078, 30.059), d);
    expect(r.roles.redLines).toMatchObject({ covered: true, status: 'none' });
    for (const l of ['permanentFarmland', 'heritageAreas', 'urbanBoundary'] as const) expect(r.roles[l]).toMatchObject({ covered: false, status: null });
  });
});
