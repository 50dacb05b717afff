import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { polygonsOverlap } from '../src/core/geo/polygon-overlap.ts';

const r = (w: number, s: number, e: number, n: number): Position[][] => [[[w, s], [e, s], [e, n], [w, n], [w, s]]];

describe('polygonsOverlap', () => {
  it('is false for neighbours sharing an edge or a corner, and for distant polygons', () => {
    expect(polygonsOverlap(r(0, 0, 1, 1), r(1, 0, 2, 1))).toBe(false);
    expect(polygonsOverlap(r(0, 0, 1, 1), r(1, 1, 2, 2))).toBe(false);
    expect(polygonsOverlap(r(0, 0, 1, 1), r(0.5, 1, 1.5, 2))).toBe(false);
    expect(polygonsOverlap(r(0, 0, 1, 1), r(3, 3, 4, 4))).toBe(false);
  });
  it('is false for a shared edge whose coordinates are not exact in binary', () => {
    const a: Position[][] = [[[120.735, 29.803698], [120.740726, 29.805371], [120.741292, 29.810561], [120.735, 29.810972], [120.735, 29.803698]]];
    const b: Position[][] = [[[120.740726, 29.805371], [120.747305, 29.80531], [120.7472, 29.81105], [120.741292, 29.810561], [120.740726, 29.805371]]];
    expect(polygonsOverlap(a, b)).toBe(false);
  });
  it('is true for crossing edges, containment, identical polygons and a shared edge on the same side', () => {
    expect(polygonsOverlap(r(0, 0, 2, 2), r(1, 1, 3, 3))).toBe(true);
    expect(polygonsOverlap(r(0, 0, 4, 4), r(1, 1, 2, 2))).toBe(true);
    expect(polygonsOverlap(r(0, 0, 1, 1), r(0, 0, 1, 1))).toBe(true);
    expect(polygonsOverlap(r(0, 0, 2, 1), r(0, 0, 1, 1))).toBe(true);
  });
  it('is false for a polygon lying in another one’s hole', () => {
    const withHole: Position[][] = [r(0, 0, 4, 4)[0]!, r(1, 1, 3, 3)[0]!];
    expect(polygonsOverlap(withHole, r(1, 1, 3, 3))).toBe(false);
    expect(polygonsOverlap(withHole, r(1.5, 1.5, 2.5, 2.5))).toBe(false);
    expect(polygonsOverlap(withHole, r(0.5, 0.5, 2, 2))).toBe(true);
  });
});
