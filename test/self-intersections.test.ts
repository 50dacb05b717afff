import { describe, expect, it } from 'vitest';
import { ringCrossings } from '../src/core/geo/self-intersections.ts';

describe('ringCrossings', () => {
  it('finds the crossing of a bow-tie', () => {
    expect(ringCrossings([[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]])).toHaveLength(1);
  });
  it('accepts a simple ring, repeated points and a hole touching the shell at a point', () => {
    expect(ringCrossings([[[0, 0], [2, 0], [2, 0], [2, 2], [0, 2], [0, 0]]])).toHaveLength(0);
    expect(ringCrossings([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]], [[0, 0], [1, 0.5], [0.5, 1], [0, 0]]])).toHaveLength(0);
  });
  it('finds a hole that crosses its shell, and a ring that doubles back on itself', () => {
    expect(ringCrossings([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]], [[1, 1], [3, 1], [3, 1.5], [1, 1]]]).length).toBeGreaterThan(0);
    expect(ringCrossings([[[0, 0], [2, 0], [1, 0], [1, 1], [0, 0]]]).length).toBeGreaterThan(0);
  });
});
