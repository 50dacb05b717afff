import { describe, expect, it } from 'vitest';
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
import LineStringSnapper from 'jsts/org/locationtech/jts/operation/overlay/snap/LineStringSnapper.js';
import { installSnapSpeedup, ORIGINAL_SNAPPER } from '../src/core/geo/jts-snap-speed.ts';

installSnapSpeedup();
type C = { x: number; y: number };
const proto = LineStringSnapper.prototype as unknown as Record<string, unknown>;

/** The snapped line by the indexed methods and by JSTS's own. */
function both(line: C[], snapPts: C[], tol: number): [string, string] {
  const run = () => {
    const s = new LineStringSnapper(line.map((c) => new Coordinate(c.x, c.y)), tol) as unknown as { snapTo(p: unknown[]): C[] };
    return s.snapTo(snapPts.map((c) => new Coordinate(c.x, c.y))).map((c) => `${c.x},${c.y}`).join(' ');
  };
  const fast = run();
  const [v, sg] = [proto.findSnapForVertex, proto.snapSegments];
  proto.findSnapForVertex = ORIGINAL_SNAPPER.findSnapForVertex; proto.snapSegments = ORIGINAL_SNAPPER.snapSegments;
  try { return [fast, run()]; } finally { proto.findSnapForVertex = v; proto.snapSegments = sg; }
}

describe('the indexed LineStringSnapper', () => {
  let seed = 11;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  it('snaps exactly as JSTS does: densified lines with collinear points, snap points near vertices and segments, ties included', () => {
    let changed = 0;
    for (let trial = 0; trial < 60; trial++) {
      // A ring of 40–400 vertices, half of them collinear on long edges, on a grid so that ties occur.
      const n = 40 + Math.floor(rnd() * 360);
      const line: C[] = Array.from({ length: n }, (_, i) => {
        const t = (i / n) * 2 * Math.PI;
        const r = i % 2 ? 1 : 1 + 0.3 * Math.sin(5 * t);
        return { x: Math.round(r * Math.cos(t) * 1e4) / 1e4, y: Math.round(r * Math.sin(t) * 1e4) / 1e4 };
      });
      line.push({ ...line[0]! });
      const tol = 1e-3 * (0.5 + rnd());
      const snapPts: C[] = Array.from({ length: 20 + Math.floor(rnd() * 200) }, () => {
        const a = line[Math.floor(rnd() * (line.length - 1))]!, b = line[line.indexOf(a) + 1]!;
        const t = rnd() < 0.2 ? 0 : rnd() < 0.3 ? 0.5 : rnd();
        return { x: a.x + (b.x - a.x) * t + (rnd() - 0.5) * tol * 1.5, y: a.y + (b.y - a.y) * t + (rnd() - 0.5) * tol * 1.5 };
      });
      if (rnd() < 0.3) snapPts.push(...line.slice(0, 5)); // points equal to vertices
      const [fast, original] = both(line, snapPts, tol);
      expect(fast, `trial ${trial}`).toBe(original);
      if (original !== line.map((c) => `${c.x},${c.y}`).join(' ')) changed++;
    }
    expect(changed).toBeGreaterThan(40);
  });
});

describe('ties', () => {
  it('puts a point as near two segments as each other into the first of them along the line, as JSTS does', () => {
    // A thin U: out along y = 0, back along y = 0.002; (5.5, 0.001) is 0.001 from both.
    const line = [...Array.from({ length: 21 }, (_, i) => ({ x: i, y: 0 })), ...Array.from({ length: 21 }, (_, i) => ({ x: 20 - i, y: 0.002 }))];
    const [fast, original] = both(line, [{ x: 5.5, y: 0.001 }, { x: 12, y: 0.0004 }], 0.0015);
    expect(fast).toBe(original);
    expect(fast).toContain('5,0 5.5,0.001 6,0');
    expect(fast).toContain('12,0.0004');
  });
});
