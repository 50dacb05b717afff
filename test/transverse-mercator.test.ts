/**
 * transverseMercator: proj4's `+proj=tmerc` numbers to the last bit, forward and back, over many
 * points (near the central meridian and far off it, where proj4 gives Infinity); the meridian arc
 * to 30° N, a published value; and the way back to within 1e-12°.
 */
import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { transverseMercator } from '../src/core/geo/transverse-mercator.ts';

/** A deterministic pseudo-random sequence in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('transverseMercator', () => {
  it("gives proj4's numbers to the last bit, both ways", () => {
    const rand = random(3);
    let compared = 0, infinite = 0;
    for (const lon0 of [120.75, 0, -75.3, 179.9]) {
      const theirs = proj4('+proj=longlat +ellps=GRS80 +no_defs', `+proj=tmerc +lon_0=${lon0} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs`);
      const ours = transverseMercator(lon0);
      for (let k = 0; k < 20000; k++) {
        // Mostly within 5° of the meridian; one in ten up to 100° off it (past proj4's range).
        const p = [lon0 + (rand() - 0.5) * (k % 10 === 0 ? 200 : 10), (rand() - 0.5) * 170];
        const a = theirs.forward([p[0]!, p[1]!]), b = ours.forward(p);
        expect(b[0]).toBe(a[0]);
        expect(b[1]).toBe(a[1]);
        compared++;
        if (!Number.isFinite(a[0]!)) { infinite++; continue; }
        const c = theirs.inverse([a[0]!, a[1]!]), d = ours.inverse(a);
        expect(d[0]).toBe(c[0]);
        expect(d[1]).toBe(c[1]);
      }
    }
    expect(compared).toBe(80000);
    expect(infinite).toBeGreaterThan(50);
  });

  it('puts 30° N on the central meridian at the meridian arc, 3,320,113.398 m, and comes back', () => {
    const tm = transverseMercator(120);
    expect(tm.forward([120, 0])).toEqual([0, 0]);
    const [x, y] = tm.forward([120, 30]);
    expect(x).toBe(0);
    expect(y).toBeCloseTo(3320113.398, 3);
    const back = tm.inverse(tm.forward([120.5, 29.9]));
    expect(back[0]).toBeCloseTo(120.5, 12);
    expect(back[1]).toBeCloseTo(29.9, 12);
  });
});
