import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { makeRegion, overlappingUnionAreaWithin, unionAreaWithin } from '../src/core/geo/union-area.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';
import { rect } from './helpers/shapes.ts';

// Region: the 0.1° square 120–120.1 E, 30–30.1 N.
const region = makeRegion([rect(120, 30, 120.1, 30.1)])!;

describe('unionAreaWithin', () => {
  it('adds the areas of polygons that only share edges, with no union and no clipping', () => {
    const x = (i: number) => 120.02 + i * 0.01;
    const y = (j: number) => 30.02 + j * 0.01;
    const grid: Polygon[] = [];
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) grid.push(rect(x(i), y(j), x(i + 1), y(j + 1)));
    const r = unionAreaWithin(grid, region);
    expect(r).toMatchObject({ overlaps: 0, clipped: 0 });
    expect(relDiff(r.area, quadArea(x(0), y(0), x(5), y(5)))).toBeLessThan(1e-7);
  });

  it('unions a group of overlapping polygons and clips what crosses the region', () => {
    // A (120.01–120.03) overlaps B (120.02–120.04); C (120.09–120.11) is half outside; D is outside.
    const r = unionAreaWithin([rect(120.01, 30.01, 120.03, 30.02), rect(120.02, 30.01, 120.04, 30.02), rect(120.09, 30.05, 120.11, 30.06), rect(121, 31, 121.01, 31.01)], region);
    expect(r).toMatchObject({ overlaps: 1, clipped: 1 });
    expect(relDiff(r.area, quadArea(120.01, 30.01, 120.04, 30.02) + quadArea(120.09, 30.05, 120.1, 30.06))).toBeLessThan(1e-7);
  });

  it('clips an overlapping group that crosses the region edge once', () => {
    const r = unionAreaWithin([rect(120.08, 30.01, 120.12, 30.02), rect(120.09, 30.01, 120.13, 30.02)], region);
    expect(r).toMatchObject({ overlaps: 1, clipped: 1 });
    expect(relDiff(r.area, quadArea(120.08, 30.01, 120.1, 30.02))).toBeLessThan(1e-7);
  });

  it('counts overlapping parts of one MultiPolygon once', () => {
    const m: MultiPolygon = { type: 'MultiPolygon', coordinates: [rect(120.01, 30.01, 120.03, 30.02).coordinates, rect(120.02, 30.01, 120.04, 30.02).coordinates] };
    expect(relDiff(unionAreaWithin([m], region).area, quadArea(120.01, 30.01, 120.04, 30.02))).toBeLessThan(1e-7);
  });

  it('measures the whole union without a region; nothing gives 0', () => {
    expect(relDiff(unionAreaWithin([rect(119, 30, 119.02, 30.01), rect(119.01, 30, 119.03, 30.01)], null).area, quadArea(119, 30, 119.03, 30.01))).toBeLessThan(1e-7);
    expect(unionAreaWithin([], region)).toEqual({ area: 0, overlaps: 0, clipped: 0 });
    expect(unionAreaWithin([{ type: 'Point', coordinates: [120.05, 30.05] }], region).area).toBe(0);
  });
});

describe('overlappingUnionAreaWithin', () => {
  it('gives unionAreaWithin\'s area: overlapping groups unioned, what crosses the region clipped, what is outside left out', () => {
    const polys = [rect(120.01, 30.01, 120.03, 30.02), rect(120.02, 30.01, 120.04, 30.02), rect(120.04, 30.01, 120.05, 30.02), rect(120.09, 30.05, 120.11, 30.06), rect(121, 31, 121.01, 31.01)];
    const a = overlappingUnionAreaWithin(polys, region);
    expect(relDiff(a, unionAreaWithin(polys, region).area)).toBeLessThan(1e-12);
    // 120.01–120.05 (the third only touches the second) and the half of the fourth inside.
    expect(relDiff(a, quadArea(120.01, 30.01, 120.05, 30.02) + quadArea(120.09, 30.05, 120.1, 30.06))).toBeLessThan(1e-7);
    expect(overlappingUnionAreaWithin([], region)).toBe(0);
  });
  it('sends a group of more than 500 polygons sharing edges through the exact grouping, with the same area', () => {
    // 30 × 30 parcels tiling 0.06° × 0.06° (one box group of 900), and a square overlapping four of them.
    const grid: Polygon[] = [];
    for (let i = 0; i < 30; i++) for (let j = 0; j < 30; j++) grid.push(rect(120.02 + i * 0.002, 30.02 + j * 0.002, 120.022 + i * 0.002, 30.022 + j * 0.002));
    grid.push(rect(120.021, 30.021, 120.023, 30.023));
    const a = overlappingUnionAreaWithin(grid, region);
    expect(relDiff(a, unionAreaWithin(grid, region).area)).toBeLessThan(1e-12);
    expect(relDiff(a, quadArea(120.02, 30.02, 120.08, 30.08))).toBeLessThan(1e-7);
  });
});

