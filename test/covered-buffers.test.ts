/**
 * coveredBuffers: hand-checked arrangements (distances between centres worked out in the comments),
 * and, on a random cluster, the union of the buffers it keeps against the union of all (JSTS's
 * buffers and union, planar): the same area to rounding, everywhere or inside the boxes given.
 */
import { describe, expect, it } from 'vitest';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import BufferOp from 'jsts/org/locationtech/jts/operation/buffer/BufferOp.js';
import OverlayOp from 'jsts/org/locationtech/jts/operation/overlay/OverlayOp.js';
import type { Position } from 'geojson';
import { coveredBuffers } from '../src/core/geo/covered-buffers.ts';
import type { BufferItem } from '../src/core/geo/covered-buffers.ts';
import { cascadedUnion } from '../src/core/geo/jts-cascade.ts';

/** A square of side s (metres) centred on (x, y), as MultiPolygon coordinates. */
function square(x: number, y: number, s: number): Position[][][] {
  const h = s / 2;
  return [[[[x - h, y - h], [x + h, y - h], [x + h, y + h], [x - h, y + h], [x - h, y - h]]]];
}

/** A deterministic pseudo-random sequence in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const reader = new GeoJSONReader(new GeometryFactory());
/** Area of the union of the items' buffers (JSTS, 8 segments a quarter circle), optionally clipped to a box. */
function unionArea(items: readonly BufferItem[], box?: readonly number[]): number {
  const buffers = items.map((it) => BufferOp.bufferOp(reader.read({ type: 'MultiPolygon', coordinates: it.polys }), it.distance, 8));
  const u = cascadedUnion(buffers)!;
  if (!box) return u.getArea();
  const [x0, y0, x1, y1] = box as [number, number, number, number];
  const clip = reader.read({ type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] });
  return OverlayOp.overlayOp(u, clip, OverlayOp.INTERSECTION).getArea();
}

describe('coveredBuffers', () => {
  it('leaves out a buffer inside a larger one', () => {
    // A 100 m square buffered 300 m reaches 1.02·300 = 306 m from it; the 200 m square around it,
    // buffered 500 m, holds everything within 0.98·500 = 490 m of itself, less the cells'
    // half-diagonal (0.3·300/√2 = 64 m): 426 m > 306 + 64 m.
    expect([...coveredBuffers([{ polys: square(0, 0, 100), distance: 300 }, { polys: square(0, 0, 200), distance: 500 }])]).toEqual([1, 0]);
  });
  it('keeps buffers that are apart, and both of two identical ones', () => {
    expect([...coveredBuffers([{ polys: square(0, 0, 50), distance: 300 }, { polys: square(5000, 0, 50), distance: 300 }])]).toEqual([0, 0]);
    // Each reaches 1.02·300 m but holds only 0.98·300 m less the cells' half-diagonal: neither is
    // shown inside the other, and never both left out.
    expect([...coveredBuffers([{ polys: square(0, 0, 50), distance: 300 }, { polys: square(0, 0, 50), distance: 300 }])]).toEqual([0, 0]);
  });
  it('leaves out a buffer covered only by several others together', () => {
    // Six 10 m squares on a circle of 350 m around a seventh, all buffered 500 m; cells of 150 m
    // (half-diagonal 106 m). The middle one's buffer may meet cells whose centres lie within
    // 1.02·500 + 106 = 616 m of its box, 621 m of the centre; each of the six holds cells within
    // 0.98·500 − 106 = 384 m of a vertex, 377 m of its centre. The farthest such centre from all six
    // lies 30° off the nearest: √(621² + 350² − 2·621·350·cos 30°) = 363 m — held; no one of the
    // six holds the far side (621 + 350 m). Each of the six reaches 850 m from the others.
    const ring = Array.from({ length: 6 }, (_, k) => ({ polys: square(350 * Math.cos((k * Math.PI) / 3), 350 * Math.sin((k * Math.PI) / 3), 10), distance: 500 }));
    expect([...coveredBuffers([{ polys: square(0, 0, 10), distance: 500 }, ...ring])]).toEqual([1, 0, 0, 0, 0, 0, 0]);
    // Five of the six leave a gap.
    expect([...coveredBuffers([{ polys: square(0, 0, 10), distance: 500 }, ...ring.slice(1)])]).toEqual([0, 0, 0, 0, 0, 0]);
  });
  it('keeps what it cannot decide: no distance, no vertices, one item, coordinates that are not numbers', () => {
    expect([...coveredBuffers([{ polys: square(0, 0, 10), distance: 0 }, { polys: square(0, 0, 200), distance: 500 }])]).toEqual([0, 0]);
    expect([...coveredBuffers([{ polys: [], distance: 300 }, { polys: square(0, 0, 200), distance: 500 }])]).toEqual([0, 0]);
    expect([...coveredBuffers([{ polys: square(0, 0, 10), distance: 300 }])]).toEqual([0]);
    expect([...coveredBuffers([{ polys: [[[[NaN, 0], [1, 0], [1, 1], [NaN, 0]]]], distance: 300 }, { polys: square(0, 0, 200), distance: 500 }])]).toEqual([0, 0]);
  });
  it('within boxes, leaves out buffers that add nothing inside them', () => {
    const items = [{ polys: square(0, 0, 50), distance: 300 }, { polys: square(5000, 0, 50), distance: 300 }];
    // Only the first reaches the box around the origin.
    expect([...coveredBuffers(items, [[-100, -100, 100, 100]])]).toEqual([0, 1]);
    // A box that is not a number: as without boxes.
    expect([...coveredBuffers(items, [[NaN, -100, 100, 100]])]).toEqual([0, 0]);
  });
  it('keeps the union of random clusters the same, everywhere and inside boxes', () => {
    const rnd = random(7);
    // Dense: 80 squares of 20–120 m within 1.5 km, buffered 300 or 500 m. Sparse: 150 within 6 km,
    // where a buffer left out wrongly would show.
    for (const [n, size] of [[80, 1500], [150, 6000]] as const) {
      const items: BufferItem[] = Array.from({ length: n }, () => ({ polys: square(size * rnd(), size * rnd(), 20 + 100 * rnd()), distance: rnd() < 0.5 ? 300 : 500 }));
      const covered = coveredBuffers(items);
      const kept = items.filter((_, i) => !covered[i]);
      expect(kept.length).toBeLessThan(items.length * (size < 2000 ? 0.4 : 0.9));
      const all = unionArea(items);
      expect(Math.abs(unionArea(kept) - all) / all).toBeLessThan(1e-12);
      const boxes = [[200, 300, 400, 500], [900, -200, 1100, 100]];
      const inside = coveredBuffers(items, boxes);
      expect(inside.reduce((s, c) => s + c, 0)).toBeGreaterThan(covered.reduce((s, c) => s + c, 0));
      const keptInside = items.filter((_, i) => !inside[i]);
      for (const b of boxes) {
        const whole = unionArea(items, b);
        expect(whole).toBeGreaterThan(0);
        expect(Math.abs(unionArea(keptInside, b) - whole) / whole).toBeLessThan(1e-12);
      }
    }
  });
});
