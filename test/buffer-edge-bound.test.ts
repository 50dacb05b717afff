/**
 * longestBufferEdge / longestSimplifiedSide: the simplified sides against JSTS's own
 * BufferInputLineSimplifier (the code GEOS ports), and the bound against the longest edge of
 * GEOS's actual buffers — hand cases (sides in line, which GEOS joins; a ring crossing itself,
 * found by a review), and random rings with many short, shallow wiggles (where the simplifier
 * removes corners), with holes.
 */
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
import BufferInputLineSimplifier from 'jsts/org/locationtech/jts/operation/buffer/BufferInputLineSimplifier.js';
import { longestBufferEdge, longestSimplifiedSide } from '../src/core/geo/buffer-edge-bound.ts';
import { geosBufferUnion } from '../src/core/geo/geos-overlay.ts';

type Polys = Position[][][];

/** The longest edge of GEOS's buffer of the polygons (one item: its union is the buffer itself). */
function geosLongestEdge(polys: Polys, distance: number): number {
  let L = 0;
  for (const p of geosBufferUnion([{ polys, distance }])) for (const r of p) for (let k = 1; k < r.length; k++) L = Math.max(L, Math.hypot(r[k]![0]! - r[k - 1]![0]!, r[k]![1]! - r[k - 1]![1]!));
  return L;
}

/** The longest side JSTS's simplifier leaves of the ring, either orientation (as longestSimplifiedSide). */
function jstsLongestSide(ring: Position[], tol: number): number {
  const cs = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]).map((p) => new Coordinate(p[0]!, p[1]!));
  let L = 0;
  for (const t of [tol, -tol]) {
    const q = BufferInputLineSimplifier.simplify(cs, t);
    for (let k = 1; k < q.length; k++) L = Math.max(L, Math.hypot(q[k]!.x - q[k - 1]!.x, q[k]!.y - q[k - 1]!.y));
  }
  return L;
}

/** A deterministic pseudo-random sequence in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** A closed ring around (cx, cy): n vertices at radius r, each moved out or in by up to `wiggle`, in the given turning direction. */
function wigglyRing(rand: () => number, cx: number, cy: number, r: number, n: number, wiggle: number, sign: 1 | -1): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (sign * 2 * Math.PI * i) / n, rr = r + (rand() - 0.5) * 2 * wiggle;
    out.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  return [...out, out[0]!];
}

const square = (x: number, y: number, s: number): Position[] => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];

describe('longestBufferEdge', () => {
  it('bounds the arcs by 0.3 r: a 1,000 m² square buffered 300 m has chords longer than 0.15 r', () => {
    // A square of side 31.6 m: its sides are far below the chords. Its corners' fillets turn 90°
    // each, 8 segments of 11.25°: chords of 2 · 300 · sin(5.625°) = 58.8 m — more than the 45 m
    // (0.15 r) once allowed, less than 0.3 r = 90 m.
    const polys: Polys = [[square(0, 0, Math.sqrt(1000))]];
    expect(longestBufferEdge(polys, 300)).toBeCloseTo(90, 9);
    const L = geosLongestEdge(polys, 300);
    expect(L).toBeGreaterThan(58.7);
    expect(L).toBeLessThan(90);
  });

  it('bounds a long side by the side itself plus 0.01 r', () => {
    // A 400 × 20 m rectangle buffered 500 m: its long sides' offsets are edges of 400 m.
    const polys: Polys = [[[[0, 0], [400, 0], [400, 20], [0, 20], [0, 0]]]];
    expect(longestBufferEdge(polys, 500)).toBeCloseTo(405, 9);
    expect(geosLongestEdge(polys, 500)).toBeCloseTo(400, 6);
  });

  it('counts sides going on in a straight line as one (GEOS joins their offsets), around the start too', () => {
    // A 200 × 10 m rectangle with a vertex in the middle of each long side, buffered 10 m: GEOS's
    // buffer has 200 m edges, not 100 m ones.
    const rect: Position[] = [[0, 0], [100, 0], [200, 0], [200, 10], [100, 10], [0, 10], [0, 0]];
    expect(geosLongestEdge([[rect]], 10)).toBeCloseTo(200, 9);
    expect(longestBufferEdge([[rect]], 10)).toBeCloseTo(200.1, 9);
    // Started in the middle of a long side, and the other way round.
    const fromMiddle: Position[] = [[100, 0], [200, 0], [200, 10], [100, 10], [0, 10], [0, 0], [100, 0]];
    expect(longestBufferEdge([[fromMiddle]], 10)).toBeCloseTo(200.1, 9);
    expect(longestBufferEdge([[[...fromMiddle].reverse()]], 10)).toBeCloseTo(200.1, 9);
    // As a hole in a 64-gon of radius 400, buffered 1 m: an edge of 198 m along the hole.
    const shell = Array.from({ length: 65 }, (_, i) => [100 + 400 * Math.cos((2 * Math.PI * (i % 64)) / 64), 5 + 400 * Math.sin((2 * Math.PI * (i % 64)) / 64)]);
    const hole: Position[] = [[0, 0], [0, 10], [100, 10], [200, 10], [200, 0], [100, 0], [0, 0]];
    const L = geosLongestEdge([[shell, hole]], 1);
    expect(L).toBeGreaterThan(197.9);
    expect(L).toBeLessThanOrEqual(longestBufferEdge([[shell, hole]], 1));
  });

  it("takes 2 r for a ring that crosses itself: GEOS's closing pieces at its concave corners may be edges", () => {
    // A small bow-tie buffered 50 m: an edge of 98.4 m, the closing piece of a concave corner
    // (under 2 · 80/81 r), where its sides and chords are under 15 m.
    const bowTie: Position[] = [[0, 0], [1.2813013325044833, 0.1562113573386267], [1.2813013325044833, -0.7709256857456314], [0, 0.015091468758039529], [-0.9283302667953741, 0.5109532063090816], [0, 0]];
    const L = geosLongestEdge([[bowTie]], 50);
    expect(L).toBeGreaterThan(98);
    expect(longestBufferEdge([[bowTie]], 50)).toBe(100);
  });

  it("finds the sides the simplifier leaves, as JSTS's simplifier does", () => {
    // No side shorter than the tolerance: nothing is removed.
    expect(longestSimplifiedSide(square(0, 0, 10), 5)).toBe(10);
    // A side of 10 steps of 1 m, zigzagging 0.1 m, under a 5 m high box: with a tolerance of
    // 2.5 m the simplifier removes, over several passes, every corner turning counter-clockwise
    // after (1, 0.1) up to the box's corner: a side from (1, 0.1) to (10, 5), √(9² + 4.9²) m; the
    // other way it keeps (2, 0), (4, 0) … (10, 0).
    const zig: Position[] = [[0, 0], ...Array.from({ length: 9 }, (_, i) => [i + 1, i % 2 ? 0 : 0.1]), [10, 0], [10, 5], [0, 5], [0, 0]];
    expect(longestSimplifiedSide(zig, 2.5)).toBeCloseTo(Math.hypot(9, 4.9), 12);
    expect(jstsLongestSide(zig, 2.5)).toBeCloseTo(Math.hypot(9, 4.9), 12);
    // With a tolerance of exactly 2 m, a distance test of 2 m is too close to call: the diagonal.
    expect(longestSimplifiedSide(zig, 2)).toBe(Math.hypot(10, 5));
    // A 50 m base of such steps, a 1 m step up at its end, and an apex at (25, 20): the simplifier
    // joins the steps, over and over, into one side from (1, 0.1) to (50, 1), √(49² + 0.9²) m,
    // longer than any other (32 m) — 49 times the ring's longest side.
    const long: Position[] = [[0, 0], ...Array.from({ length: 49 }, (_, i) => [i + 1, i % 2 ? 0 : 0.1]), [50, 0], [50, 1], [25, 20], [0, 0]];
    expect(longestSimplifiedSide(long, 2.5)).toBeCloseTo(jstsLongestSide(long, 2.5), 12);
    expect(longestSimplifiedSide(long, 2.5)).toBeCloseTo(Math.hypot(49, 0.9), 12);
    const rand = random(7);
    for (let k = 0; k < 300; k++) {
      const tol = 1 + 4 * rand();
      const ring = wigglyRing(rand, 0, 0, 20 + 100 * rand(), 20 + Math.floor(200 * rand()), 3 * rand(), rand() < 0.5 ? 1 : -1);
      expect(longestSimplifiedSide(ring, tol)).toBeCloseTo(jstsLongestSide(ring, tol), 9);
    }
  });

  it("is never below the longest edge of GEOS's buffer, on 300 random wiggly polygons (some with holes)", () => {
    const rand = random(11);
    let simplified = 0;
    for (let k = 0; k < 300; k++) {
      const r = rand() < 0.5 ? 300 : 500;
      const R = 10 + 150 * rand();
      const n = 10 + Math.floor(300 * rand());
      const shell = wigglyRing(rand, 0, 0, R, n, 0.2 * R * rand(), 1);
      const polys: Polys = [[shell, ...(rand() < 0.3 ? [wigglyRing(rand, 0, 0, 0.4 * R, 8 + Math.floor(80 * rand()), 0.05 * R, -1)] : [])]];
      let longestSide = 0;
      for (let i = 1; i < shell.length; i++) longestSide = Math.max(longestSide, Math.hypot(shell[i]![0]! - shell[i - 1]![0]!, shell[i]![1]! - shell[i - 1]![1]!));
      if (longestSimplifiedSide(shell, 0.01 * r) > longestSide) simplified++;
      expect(geosLongestEdge(polys, r)).toBeLessThanOrEqual(longestBufferEdge(polys, r));
    }
    // The simplifier joined sides in many of them (the bound is not just the ring's own sides).
    expect(simplified).toBeGreaterThan(30);
  });
});
