import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { buildGrid, collectEdges } from '../src/core/geo/edge-area/edges.ts';
import type { Poly } from '../src/core/geo/edge-area/edges.ts';
import { findCrossings, startDepths } from '../src/core/geo/edge-area/crossings.ts';

/** A point of a 0.01° lattice at 120° E, 30° N. */
const at = (i: number, j: number): Position => [120 + i * 0.01, 30 + j * 0.01];
const square = (i0: number, j0: number, i1: number, j1: number): Poly => [[at(i0, j0), at(i1, j0), at(i1, j1), at(i0, j1), at(i0, j0)]];
const crossingsOf = (polys: Poly[]) => {
  const e = collectEdges(polys)!;
  return { e, ev: findCrossings(e, buildGrid(e))! };
};
/** The events as [edge, x, y (lattice units), other polygon, enters], sorted. */
const listed = ({ ev }: ReturnType<typeof crossingsOf>) => ev.edge.map((e, i) => [e, Math.round((ev.x[i]! - 120) * 100 * 1e6) / 1e6, Math.round((ev.y[i]! - 30) * 100 * 1e6) / 1e6, ev.poly[i], ev.enters[i]]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);

describe('findCrossings', () => {
  it('finds each crossing once, on both edges, entering or leaving the other polygon', () => {
    // Square 0 = [0, 2]², edges 0–3 (south, east, north, west); square 1 = [1, 3]², edges 4–7.
    const c = crossingsOf([square(0, 0, 2, 2), square(1, 1, 3, 3)]);
    expect(listed(c)).toEqual([
      [1, 2, 1, 1, 1], // 0's east edge enters 1 at (2, 1)
      [2, 1, 2, 1, -1], // 0's north edge (running west) leaves 1 at (1, 2)
      [4, 2, 1, 0, -1], // 1's south edge leaves 0 at (2, 1)
      [7, 1, 2, 0, 1], // 1's west edge (running south) enters 0 at (1, 2)
    ]);
  });

  it('marks a vertex exactly inside another edge as a touch, one a rounding off it as a maybe, and collinear stretches as shared', () => {
    // Triangle 1's apex lies on square 0's north edge, exactly (lattice point (1, 2)).
    const exact = crossingsOf([square(0, 0, 2, 2), [[at(1, 2), at(0.5, 3), at(1.5, 3), at(1, 2)]]]);
    const touches = exact.ev.enters.map((d, i) => [d, exact.ev.maybe[i]]).filter(([d]) => d === 0);
    // Once from each of the apex's two edges, exact.
    expect(touches).toEqual([[0, 0], [0, 0]]);
    // An apex a few ulps off a slanted edge (triangle 0's hypotenuse, just inside it): within rounding, a maybe.
    const mid = at(1, 1);
    const apex: Position = [mid[0]! - 4e-15, mid[1]! + 4e-15];
    const near = crossingsOf([[[at(0, 0), at(2, 2), at(0, 2), at(0, 0)]], [[apex, at(2, 1), at(2, 0.5), apex]]]);
    expect(near.ev.enters.filter((d, i) => d === 0 && near.ev.maybe[i] === 1)).toHaveLength(2);
    expect(near.ev.enters.filter((d, i) => d === 0 && near.ev.maybe[i] === 0)).toHaveLength(0);
    // Square 1 below square 0, sharing part of its south edge, which runs the other way: shared, facing (3).
    const below = crossingsOf([square(0, 0, 3, 2), square(1, -1, 2, 0)]);
    expect(below.ev.shared[0]).toBe(3);
    expect(below.ev.shared[6]).toBe(3);
    // Square 1 inside square 0 along its west edge, the same way: shared (1).
    const along = crossingsOf([square(0, 0, 3, 3), square(0, 1, 1, 2)]);
    expect(along.ev.shared[3]).toBe(1);
    expect(along.ev.shared[7]).toBe(1);
  });
});

describe('startDepths', () => {
  it('counts, for each ring, the polygons of each group and of the region holding its first vertex', () => {
    // Groups: 0 = two overlapping squares, 1 = a square; region (index 2) = one square. Ring order:
    // the squares in that order; square 3's first vertex (1.5, 1.5) lies in squares 0, 1 and 2 and in the region.
    const polys = [square(0, 0, 2, 2), square(1, 1, 3, 3), square(-1, -1, 3, 3), square(1.5, 1.5, 5, 5), square(-2, -2, 2.5, 2.5)];
    const e = collectEdges(polys)!;
    const groupOf = Int32Array.from([0, 0, 1, 0, 2]);
    const d = startDepths(e, buildGrid(e), groupOf, 2)!;
    // Ring 3 (square 3): group 0 holds it twice (squares 0 and 1), group 1 once, the region once.
    expect(Array.from(d.subarray(9, 12))).toEqual([2, 1, 1]);
    // Ring 0's first vertex (0, 0): on no other square of group 0, in square 2 (group 1) and the region.
    expect(Array.from(d.subarray(0, 3))).toEqual([0, 1, 1]);
  });
});
