import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { indexBoundary } from '../src/core/geo/boundary-index.ts';
import { rect } from './helpers/shapes.ts';

const boundary: MultiPolygon = { type: 'MultiPolygon', coordinates: [[rect(0, 0, 10, 10).coordinates[0]!, rect(4, 4, 6, 6).coordinates[0]!]] };

describe('indexBoundary', () => {
  const idx = indexBoundary(boundary);
  it('sorts polygons inside, outside, and across the boundary or its hole', () => {
    expect(idx.side(rect(1, 1, 2, 2))).toBe('inside');
    expect(idx.side(rect(11, 1, 12, 2))).toBe('outside');
    expect(idx.side(rect(4.5, 4.5, 5.5, 5.5))).toBe('outside');
    expect(idx.side(rect(9, 1, 11, 2))).toBe('crossing');
    expect(idx.side(rect(3, 3, 5, 5))).toBe('crossing');
  });

  it('counts the edges east of a polygon: a U-shaped district and an island', () => {
    // A U open to the north (x 0…9, notch x 3…6 above y 3) and an island east of it (x 12…14).
    const u: MultiPolygon = { type: 'MultiPolygon', coordinates: [
      [[[0, 0], [9, 0], [9, 9], [6, 9], [6, 3], [3, 3], [3, 9], [0, 9], [0, 0]]],
      rect(12, 0, 14, 9).coordinates,
    ] };
    const i = indexBoundary(u);
    expect(i.side(rect(1, 5, 2, 6))).toBe('inside'); // west arm: the ray crosses 5 edges
    expect(i.side(rect(4, 5, 5, 6))).toBe('outside'); // in the notch
    expect(i.side(rect(7, 5, 8, 6))).toBe('inside'); // east arm
    expect(i.side(rect(10, 5, 11, 6))).toBe('outside'); // between the U and the island
    expect(i.side(rect(12.5, 3, 13, 9 - 1e-9))).toBe('inside'); // in the island, a vertex level with none
    expect(i.side(rect(1, 3, 2, 4))).toBe('inside'); // lowest vertex level with the notch's floor
  });
});
