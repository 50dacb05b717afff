/** Ring orientation on a unit square and a square with a hole, by hand. */
import { describe, expect, it } from 'vitest';
import { oriented, orientedPolygon, planarSigned } from '../src/core/geo/ring-orientation.ts';

const ccw = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
const cw = [...ccw].reverse();

describe('ring orientation', () => {
  it('gives the signed area: +1 counter-clockwise, −1 clockwise, closed or not', () => {
    expect(planarSigned(ccw)).toBe(1);
    expect(planarSigned(cw)).toBe(-1);
    expect(planarSigned(ccw.slice(0, 4))).toBe(1);
  });
  it('turns the outer ring counter-clockwise and holes clockwise, keeping a polygon that is so already', () => {
    const hole = [[0.25, 0.25], [0.75, 0.25], [0.75, 0.75], [0.25, 0.75], [0.25, 0.25]];
    const fixed = oriented([cw, hole]);
    expect(planarSigned(fixed[0]!)).toBe(1);
    expect(planarSigned(fixed[1]!)).toBe(-0.25);
    const good = [ccw, [...hole].reverse()];
    expect(orientedPolygon(good)).toBe(good);
    expect(orientedPolygon([cw])).not.toBe(cw);
  });
});
