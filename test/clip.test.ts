import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { differenceOf, intersectionOf, overlayArea, unionArea, unionOf } from '../src/core/geo/clip.ts';
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

  it('resolves a self-crossing ring by the non-zero rule (both lobes of a bow-tie)', () => {
    const bowtie: Polygon = { type: 'Polygon', coordinates: [[[120, 30], [120.02, 30.02], [120.02, 30], [120, 30.02], [120, 30]]] };
    const u = unionOf([bowtie]);
    expect(u).toHaveLength(2);
    // Two triangles, each half of a 0.01 x 0.02 box (geodesic bulges of the slanted edges are tiny).
    expect(relDiff(unionArea([bowtie]), quadArea(120, 30, 120.02, 30.02) / 2)).toBeLessThan(1e-4);
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
