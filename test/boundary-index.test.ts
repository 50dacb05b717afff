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
});
