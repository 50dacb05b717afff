import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { overlapGroups } from '../src/core/geo/coverage.ts';
import { rect } from './helpers/shapes.ts';

const pairs = (gs: Parameters<typeof overlapGroups>[0]) => overlapGroups(gs).pairs;

describe('overlapGroups', () => {
  it('finds no overlap in a grid of parcels sharing edges', () => {
    const grid: Polygon[] = [];
    const x = (i: number) => 120 + i * 0.01;
    const y = (j: number) => 30 + j * 0.01;
    for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) grid.push(rect(x(i), y(j), x(i + 1), y(j + 1)));
    expect(pairs(grid)).toEqual([]);
  });
  it('names the overlapping pair', () => {
    const list = [rect(0, 0, 1, 1), rect(1, 0, 2, 1), rect(5, 5, 6, 6), rect(1.5, 0.5, 2.5, 1.5)];
    expect(pairs(list)).toEqual([[1, 3]]);
  });
  it('handles MultiPolygons part by part', () => {
    const multi = { type: 'MultiPolygon' as const, coordinates: [rect(0, 0, 1, 1).coordinates, rect(3, 0, 4, 1).coordinates] };
    expect(pairs([multi, rect(1, 0, 3, 1)])).toEqual([]);
    expect(pairs([multi, rect(3.5, 0.5, 5, 2)])).toEqual([[0, 1]]);
  });
  it('groups chains of overlaps; touching alone does not link', () => {
    // 0 overlaps 1, 1 overlaps 2; 3 only touches 2; 4 stands apart.
    const list = [rect(0, 0, 2, 1), rect(1, 0, 3, 1), rect(2.5, 0, 4, 1), rect(4, 0, 5, 1), rect(9, 9, 10, 10)];
    expect(overlapGroups(list).groups.map((g) => [...g].sort()).sort()).toEqual([[0, 1, 2], [3], [4]]);
  });
});
