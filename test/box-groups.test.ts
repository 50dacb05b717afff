/** Box groups on hand-placed boxes. */
import { describe, expect, it } from 'vitest';
import { boxGroups } from '../src/core/geo/box-groups.ts';

describe('boxGroups', () => {
  it('groups boxes that overlap or touch, transitively, each group in input order; an empty one alone', () => {
    const boxes = [
      [0, 0, 1, 1], // 0: touches 2 along x = 1
      [5, 5, 6, 6], // 1: alone
      [1, 0, 2, 1], // 2: touches 0, overlaps 3
      [1.5, 0.5, 3, 3], // 3
      null, // 4: empty geometry
      [3, 3, 4, 4], // 5: touches 3 at a corner
    ];
    expect(boxGroups(boxes).map((g) => [...g].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!)).toEqual([[0, 2, 3, 5], [1], [4]]);
    expect(boxGroups([])).toEqual([]);
  });
});
