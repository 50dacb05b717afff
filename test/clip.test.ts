import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { differenceOf, intersectionOf, multiArea, repairNonZero, unionOf, unionValid } from '../src/core/geo/clip.ts';
import type { Geometry } from 'geojson';

const unionArea = (gs: Geometry[]) => multiArea(unionOf(gs));
const overlayArea = (a: Geometry[], b: Geometry[]) => multiArea(intersectionOf(a, b));
import { geometryArea } from '../src/core/geo/ellipsoidal-area.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';
import { rect } from './helpers/shapes.ts';

describe('polygon overlays', () => {
  it('counts the overlap of two polygons once in a union', () => {
    const u = unionArea([rect(120, 30, 120.04, 30.05), rect(120.02, 30, 120.06, 30.05)]);
    expect(relDiff(u, quadArea(120, 30, 120.06, 30.05))).toBeLessThan(1e-7);
  });

  it('intersects the union of the subjects with the union of the clips', () => {
    const a = overlayArea([rect(120, 30, 120.04, 30.02), rect(120.03, 30, 120.08, 30.02)], [rect(120.02, 30, 120.05, 30.02), rect(120.07, 30, 120.09, 30.02)]);
    // (120.02..120.05) + (120.07..120.08)
    expect(relDiff(a, quadArea(120.02, 30, 120.05, 30.02) + quadArea(120.07, 30, 120.08, 30.02))).toBeLessThan(1e-7);
  });

  it('keeps holes, including where a hole of one polygon is covered by another', () => {
    const withHole: Polygon = { type: 'Polygon', coordinates: [rect(120, 30, 120.03, 30.03).coordinates[0]!, rect(120.01, 30.01, 120.02, 30.02).coordinates[0]!] };
    expect(relDiff(unionArea([withHole]), quadArea(120, 30, 120.03, 30.03) - quadArea(120.01, 30.01, 120.02, 30.02))).toBeLessThan(1e-7);
    // A second polygon filling the hole: the union has no hole left.
    expect(relDiff(unionArea([withHole, rect(120.01, 30.01, 120.02, 30.02)]), quadArea(120, 30, 120.03, 30.03))).toBeLessThan(1e-7);
  });

  it('repairs a self-crossing ring by the non-zero rule (both lobes of a bow-tie)', () => {
    const bowtie: Polygon = { type: 'Polygon', coordinates: [[[120, 30], [120.02, 30.02], [120.02, 30], [120, 30.02], [120, 30]]] };
    const u = repairNonZero([bowtie.coordinates]);
    expect(u).toHaveLength(2);
    // Two triangles, each half of a 0.01 x 0.02 box (geodesic bulges of the slanted edges are tiny).
    expect(relDiff(multiArea(u), quadArea(120, 30, 120.02, 30.02) / 2)).toBeLessThan(1e-4);
  });

  it('keeps a vertex that is collinear in lon/lat, as PostGIS does (edges are geodesics when measured)', () => {
    // A 1° x 0.1° box whose south edge has a middle vertex: the geodesic through it bulges less.
    const withMid: Polygon = { type: 'Polygon', coordinates: [[[120, 30], [120.5, 30], [121, 30], [121, 30.1], [120, 30.1], [120, 30]]] };
    const u = unionOf([withMid, rect(120.2, 30.02, 120.3, 30.05)]);
    expect(u[0]![0]!.some((p) => p[0] === 120.5 && p[1] === 30)).toBe(true);
    expect(relDiff(multiArea(u), geometryArea(withMid))).toBeLessThan(1e-12);
    // The south edge without the middle vertex encloses a measurably different area.
    expect(Math.abs(geometryArea(rect(120, 30, 121, 30.1)) - geometryArea(withMid))).toBeGreaterThan(1000);
  });

  it('writes outer rings counter-clockwise and holes clockwise', () => {
    const cw: Polygon = { type: 'Polygon', coordinates: [[[120, 30], [120, 30.03], [120.03, 30.03], [120.03, 30], [120, 30]], [[120.01, 30.01], [120.02, 30.01], [120.02, 30.02], [120.01, 30.02], [120.01, 30.01]]] };
    const [outer, hole] = unionOf([cw])[0]!;
    const signed = (r: number[][]) => r.reduce((s, p, i) => { const q = r[(i + 1) % r.length]!; return s + (p[0]! * q[1]! - q[0]! * p[1]!); }, 0);
    expect(signed(outer!)).toBeGreaterThan(0);
    expect(signed(hole!)).toBeLessThan(0);
  });

  it('gives an empty result, not an error, for empty inputs', () => {
    expect(intersectionOf([], [rect(120, 30, 121, 31)])).toEqual([]);
    expect(unionOf([])).toEqual([]);
    expect(differenceOf([], [])).toEqual([]);
    expect(overlayArea([rect(120, 30, 120.01, 30.01)], [rect(121, 30, 121.01, 30.01)])).toBe(0);
  });

  it('subtracts', () => {
    const d = differenceOf([rect(120, 30, 120.04, 30.02)], [rect(120.01, 29, 120.02, 31)]);
    expect(d).toHaveLength(2);
  });
});

describe('unionValid passes through what meets nothing', () => {
  it('overlays only polygons whose boxes meet another’s and returns the others as the same arrays', () => {
    const sq = (x: number, y: number, d: number) => [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];
    const lone = sq(120.5, 30.5, 0.01);
    const a = { type: 'MultiPolygon' as const, coordinates: [sq(120, 30, 0.02), lone] };
    const b = { type: 'MultiPolygon' as const, coordinates: [sq(120.01, 30.01, 0.02), sq(121, 31, 0.01)] };
    const u = unionValid(a, b);
    expect(u).toHaveLength(3);
    expect(u).toContain(lone);
    expect(u).toContain(b.coordinates[1]);
    // Area as the overlay of everything gives it.
    expect(multiArea(u)).toBeCloseTo(multiArea(unionOf([a, b])), 6);
  });
  it('passes through a polygon whose box meets only polygons of its own side (they cannot overlap)', () => {
    // An L-shaped polygon and a square in its notch, touching it at a corner: their boxes meet, but
    // both are of side a, and nothing of side b is near them.
    const ell = [[[120, 30], [120.03, 30], [120.03, 30.01], [120.01, 30.01], [120.01, 30.03], [120, 30.03], [120, 30]]];
    const notch = [[[120.01, 30.01], [120.02, 30.015], [120.025, 30.02], [120.02, 30.025], [120.01, 30.01]]];
    const far = [[[121, 31], [121.01, 31], [121.01, 31.01], [121, 31]]];
    const a = { type: 'MultiPolygon' as const, coordinates: [ell, notch] };
    const b = { type: 'MultiPolygon' as const, coordinates: [far] };
    const u = unionValid(a, b);
    expect(u).toHaveLength(3);
    expect(u[0]).toBe(ell);
    expect(u[1]).toBe(notch);
    expect(u[2]).toBe(far);
  });
});
