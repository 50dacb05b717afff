import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { buildGrid, collectEdges } from '../src/core/geo/edge-area/edges.ts';

/** A point of a 0.01° lattice at 120° E, 30° N. */
const at = (i: number, j: number): Position => [120 + i * 0.01, 30 + j * 0.01];
const signed = (xs: Float64Array, ys: Float64Array, from: number, n: number) => {
  let s = 0;
  for (let i = 0; i < n; i++) { const a = from + i, b = from + ((i + 1) % n); s += xs[a]! * ys[b]! - xs[b]! * ys[a]!; }
  return s / 2;
};

describe('collectEdges', () => {
  it('turns outer rings counter-clockwise and holes clockwise, and drops repeated and closing positions', () => {
    // Outer ring given clockwise with a repeated vertex; hole given counter-clockwise.
    const outer = [at(0, 0), at(0, 4), at(0, 4), at(4, 4), at(4, 0), at(0, 0)];
    const hole = [at(1, 1), at(3, 1), at(3, 3), at(1, 3), at(1, 1)];
    const e = collectEdges([[outer, hole]])!;
    expect(e.ringCount).toBe(2);
    expect([e.rings[2], e.rings[5]]).toEqual([4, 4]);
    expect(e.edgeCount).toBe(8);
    expect(signed(e.vx, e.vy, 0, 4)).toBeGreaterThan(0);
    expect(signed(e.vx, e.vy, 4, 4)).toBeLessThan(0);
    // Edge k starts at vertex k and runs to the next of its ring, the last back to the first.
    expect(Array.from(e.eb.subarray(0, 8))).toEqual([1, 2, 3, 0, 5, 6, 7, 4]);
  });

  it('numbers edges as their first vertices, also after a ring left out', () => {
    const square = (x: number) => [at(x, 0), at(x + 1, 0), at(x + 1, 1), at(x, 1), at(x, 0)];
    const e = collectEdges([[square(0)], [[at(0, 0), at(1, 0), at(2, 0), at(0, 0)]], [square(5)]])!;
    expect(e.ringCount).toBe(2);
    expect(Array.from(e.rings.subarray(0, 6))).toEqual([0, 0, 4, 2, 4, 4]);
    expect(Array.from(e.eb.subarray(0, 8))).toEqual([1, 2, 3, 0, 5, 6, 7, 4]);
    expect([e.vx[4], e.vy[4]]).toEqual(square(5)[0]);
  });

  it('leaves out rings with no area, and gives null for an edge over 0.05° or a coordinate that is not a number', () => {
    const flat = [at(0, 0), at(1, 0), at(2, 0), at(0, 0)];
    expect(collectEdges([[flat], [[at(0, 0), at(1, 1), at(0, 0)]]])!.edgeCount).toBe(0);
    expect(collectEdges([[[at(0, 0), at(6, 0), at(6, 1), at(0, 1), at(0, 0)]]])).toBeNull();
    // A coordinate that is not a number: null (the overlays, which refuse it), not a ring dropped.
    expect(collectEdges([[[at(0, 0), at(1, 0), [NaN, 30], at(0, 1), at(0, 0)]]])).toBeNull();
  });
});

describe('buildGrid', () => {
  it('puts each edge in one chain of at most 8 consecutive edges, whose box holds them, listed in its cells', () => {
    const ring = Array.from({ length: 21 }, (_, i) => at(2 * Math.cos((2 * Math.PI * i) / 20), 2 * Math.sin((2 * Math.PI * i) / 20)));
    const e = collectEdges([[ring], [[at(5, 5), at(6, 5), at(6, 6), at(5, 5)]]])!;
    const g = buildGrid(e);
    expect(Array.from(g.count)).toEqual([8, 8, 4, 3]);
    const seen = new Set<number>();
    for (let h = 0; h < g.count.length; h++) {
      for (let k = g.first[h]!; k < g.first[h]! + g.count[h]!; k++) {
        seen.add(k);
        for (const v of [k, e.eb[k]!]) {
          expect(e.vx[v]).toBeGreaterThanOrEqual(g.bx0[h]!);
          expect(e.vx[v]).toBeLessThanOrEqual(g.bx1[h]!);
          expect(e.vy[v]).toBeGreaterThanOrEqual(g.by0[h]!);
          expect(e.vy[v]).toBeLessThanOrEqual(g.by1[h]!);
        }
      }
      const c = g.y0[h]! * g.gx + g.x0[h]!;
      expect(Array.from(g.items.subarray(g.start[c]!, g.start[c + 1]!))).toContain(h);
    }
    expect(seen.size).toBe(e.edgeCount);
  });
});
