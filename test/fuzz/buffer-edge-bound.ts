/**
 * The buffer edge bound (buffer-edge-bound.ts) against GEOS's real buffers and JSTS's simplifier:
 * - longestBufferEdge(polys, r) is never below the longest edge of GEOS's buffer (8 segments a
 *   quarter circle): the check is that edge ÷ the bound, at most 1;
 * - longestSimplifiedSide(ring, 0.01 r) equals the longest side JSTS's BufferInputLineSimplifier
 *   (the code GEOS ports) leaves, either orientation, sides in line joined, to 1e-9 — or is the
 *   ring's box diagonal where a distance test comes within 1e-9 of the tolerance (declined: a
 *   longer bound, allowed).
 * As buffer-edge-bound.test.ts checks. Families: wiggly rings (many short shallow corners, which
 * the simplifier removes), zigzag sides along a straight base, tiny and huge distances beside the
 * polygon's size, sides exactly or nearly in line, holes, rings crossing themselves (bow-ties,
 * shuffled vertices), and zigzags whose depth is the tolerance itself (close calls).
 */
import type { Position } from 'geojson';
import { orient2d } from 'robust-predicates';
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
import BufferInputLineSimplifier from 'jsts/org/locationtech/jts/operation/buffer/BufferInputLineSimplifier.js';
import { longestBufferEdge, longestSimplifiedSide } from '../../src/core/geo/buffer-edge-bound.ts';
import { geosBufferUnion, GeosFailure } from '../../src/core/geo/geos-overlay.ts';
import { eachCase, literal, title } from './campaign.ts';
import type { Campaign } from './campaign.ts';
import type { Rand } from './random.ts';
import { closed, rectRing, reversed, star, wigglyRing } from './shapes.ts';
import type { Ring } from './shapes.ts';

type Polys = Position[][][];

export const BOUND_FAMILIES = ['wiggly', 'zigzag', 'radii', 'in-line', 'holes', 'crossing', 'close-calls'] as const;

/** The simplifier's tolerance, of the distance (as buffer-edge-bound.ts and GEOS's BufferParameters). */
const SIMPLIFY = 0.01;

/** A case: polygons (planar metres) and a buffer distance. */
interface BoundCase {
  readonly polys: Polys;
  readonly r: number;
}

/** A side from a to b made of `steps` steps, every other vertex moved `depth` to its left (a zigzag), b left out. */
function zigzag(a: Position, b: Position, steps: number, depth: number): Position[] {
  const dx = (b[0]! - a[0]!) / steps, dy = (b[1]! - a[1]!) / steps, L = Math.hypot(dx, dy);
  return Array.from({ length: steps }, (_, i) => {
    const off = i % 2 ? depth : 0;
    return [a[0]! + i * dx - (off * dy) / L, a[1]! + i * dy + (off * dx) / L];
  });
}

function generate(rand: Rand, family: (typeof BOUND_FAMILIES)[number]): BoundCase {
  const r = rand.pick([300, 500]);
  switch (family) {
    case 'wiggly': {
      const R = rand.range(10, 160), n = rand.int(10, 310);
      return { polys: [[wigglyRing(rand, 0, 0, R, n, 0.2 * R * rand(), 1)]], r };
    }
    case 'zigzag': {
      // A polygon whose sides are zigzags of steps near the tolerance, depths around it.
      const tol = SIMPLIFY * r, W = rand.range(5, 60) * tol, H = rand.range(2, 40) * tol;
      const corners: Position[] = [[0, 0], [W, 0], [W, H], [0, H]];
      const pts: Position[] = [];
      for (let k = 0; k < 4; k++) {
        const a = corners[k]!, b = corners[(k + 1) % 4]!, len = Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!);
        const steps = Math.max(2, Math.round(len / (tol * rand.range(0.3, 3))));
        pts.push(...(rand.chance(0.7) ? zigzag(a, b, steps, tol * rand.range(-1.5, 1.5)) : [a]));
      }
      return { polys: [[closed(pts)]], r };
    }
    case 'radii': {
      const size = rand.log(1, 2000), d = rand.log(0.01, 20000);
      const ring = rand.chance(0.5) ? star(rand, 0, 0, size, rand.int(3, 40)) : wigglyRing(rand, 0, 0, size, rand.int(8, 120), size * 0.2 * rand(), 1);
      return { polys: [[ring]], r: d };
    }
    case 'in-line': {
      // A rectangle (or a quadrilateral) whose sides carry extra vertices exactly in line, or off
      // the line by 1e-13 to 1e-6 of the side.
      const W = rand.log(1, 2000), H = rand.log(1, 2000);
      const base = rand.chance(0.5) ? rectRing(0, 0, W, H) : closed([[0, 0], [W, rand.range(-0.2, 0.2) * H], [W * rand.range(0.8, 1.2), H], [rand.range(-0.2, 0.2) * W, H]]);
      const pts: Position[] = [];
      for (let k = 0; k < 4; k++) {
        const a = base[k]!, b = base[k + 1]!, dx = b[0]! - a[0]!, dy = b[1]! - a[1]!, L = Math.hypot(dx, dy);
        pts.push(a);
        for (const t of Array.from({ length: rand.int(0, 4) }, () => rand()).sort((x, y) => x - y)) {
          const off = rand.chance(0.5) ? 0 : rand.log(1e-13, 1e-6) * rand.pick([-1, 1]) * L;
          pts.push([a[0]! + t * dx - (off * dy) / L, a[1]! + t * dy + (off * dx) / L]);
        }
      }
      return { polys: [[closed(pts)]], r: rand.log(0.1, 2000) };
    }
    case 'holes': {
      const R = rand.range(20, 300);
      const shell = wigglyRing(rand, 0, 0, R, rand.int(10, 200), 0.1 * R * rand(), 1);
      const holes = Array.from({ length: rand.int(1, 3) }, (_, k) => wigglyRing(rand, (k - 1) * 0.4 * R, 0, rand.range(0.05, 0.12) * R, rand.int(6, 80), 0.03 * R * rand(), -1));
      return { polys: [[shell, ...holes]], r: rand.chance(0.5) ? r : rand.log(0.5, 5000) };
    }
    case 'crossing': {
      // Rings crossing themselves: a bow-tie, or a star's vertices in a shuffled order.
      const s = rand.log(0.5, 200);
      if (rand.chance(0.5)) return { polys: [[closed([[0, 0], [s, rand.range(-0.5, 0.5) * s], [s, rand.range(-1, 1) * s], [0, rand.range(-0.1, 0.1) * s], [-s, rand.range(-1, 1) * s]])]], r: rand.log(1, 500) };
      const pts = star(rand, 0, 0, s, rand.int(4, 12)).slice(0, -1);
      for (let i = pts.length - 1; i > 0; i--) { const j = rand.int(0, i); [pts[i], pts[j]] = [pts[j]!, pts[i]!]; }
      return { polys: [[closed(pts)]], r: rand.log(1, 500) };
    }
    case 'close-calls': {
      // The simplifier's distance tests at the tolerance, or a hair either side: zigzag sides as
      // long as the tolerance (its test of a vertex against the one kept before it), or zigzags as
      // deep as the tolerance with one shorter side at a corner (its test against the chord).
      const tol = SIMPLIFY * r, near = tol * (1 + rand.pick([0, 1e-12, -1e-12, 1e-9, -1e-9, 1e-7]));
      const W = rand.range(5, 50) * tol;
      let side: Position[];
      if (rand.chance(0.5)) {
        const step = near * rand.range(0.3, 0.95), depth = Math.sqrt(near * near - step * step);
        side = zigzag([0, 0], [W, 0], 2 * Math.max(2, Math.round(W / step / 2)), rand.pick([depth, -depth]));
      } else {
        side = [...zigzag([0, 0], [W, 0], 2 * Math.max(2, Math.round(W / (tol * rand.range(0.4, 1.8)) / 2)), rand.pick([near, -near])), [W - rand.range(0.1, 0.9) * tol, 0]];
      }
      const ring: Ring = closed([...side, [W, 0], [W, 5 * tol], [0, 5 * tol]]);
      return { polys: [[rand.chance(0.5) ? ring : reversed(ring)]], r };
    }
  }
}

/** The longest edge of GEOS's buffer of the polygons (one item: its union is the buffer itself); null where GEOS fails. */
export function geosLongestEdge(polys: Polys, distance: number): number | null {
  let L = 0;
  try {
    for (const p of geosBufferUnion([{ polys, distance }])) for (const ring of p) for (let k = 1; k < ring.length; k++) L = Math.max(L, Math.hypot(ring[k]![0]! - ring[k - 1]![0]!, ring[k]![1]! - ring[k - 1]![1]!));
  } catch (e) {
    if (e instanceof GeosFailure) return null;
    throw e;
  }
  return L;
}

/**
 * The longest side JSTS's simplifier leaves of the ring, either orientation, sides going on in a
 * straight line counted as one (GEOS joins their offsets) — in line meaning, as buffer-edge-bound.ts
 * states, |orientation| up to 1e-9 of the product of the two sides' lengths, the same way on.
 */
export function jstsLongestSide(ring: readonly Position[], tol: number): number {
  const cs = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]).map((p) => new Coordinate(p[0]!, p[1]!));
  let L = 0;
  for (const t of [tol, -tol]) {
    const q = BufferInputLineSimplifier.simplify(cs, t);
    const m = q.length - 1;
    const inLine = (k: number) => {
      const a = q[(k + m - 1) % m]!, b = q[k % m]!, c = q[(k + 1) % m]!;
      const o = orient2d(a.x, a.y, b.x, b.y, c.x, c.y);
      return o * o <= 1e-18 * ((b.x - a.x) ** 2 + (b.y - a.y) ** 2) * ((c.x - b.x) ** 2 + (c.y - b.y) ** 2) && (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y) > 0;
    };
    const start = Array.from({ length: m }, (_, k) => k).find((k) => !inLine(k));
    if (start === undefined) continue;
    let run = 0;
    for (let k = start; k < start + m; k++) {
      const a = q[k % m]!, b = q[(k + 1) % m]!;
      run += Math.hypot(b.x - a.x, b.y - a.y);
      if (!inLine(k + 1)) { L = Math.max(L, run); run = 0; }
    }
  }
  return L;
}

/** A ring's box diagonal (what longestSimplifiedSide gives on a close call). */
function diagonal(ring: readonly Position[]): number {
  const xs = ring.map((p) => p[0]!), ys = ring.map((p) => p[1]!);
  return Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/** The functions under test. */
export interface BoundFunctions {
  readonly longestBufferEdge: typeof longestBufferEdge;
  readonly longestSimplifiedSide: typeof longestSimplifiedSide;
}

/** The case as a test for test/buffer-edge-bound.test.ts (its helpers geosLongestEdge, jstsLongestSide). */
function boundTest(label: string, c: BoundCase, geos: number | null, sides: readonly { ring: number; jsts: number }[]): string {
  const lines = [
    `// In test/buffer-edge-bound.test.ts, describe('longestBufferEdge'):`,
    `it(${title(label, 'never below GEOS’s longest buffer edge; the simplified sides as JSTS’s')}, () => {`,
    `  const polys: Polys = ${literal(c.polys)};`,
    `  const r = ${literal(c.r)};`,
  ];
  if (geos !== null) lines.push(`  // GEOS's buffer by r has an edge of ${literal(geos)}.`, `  expect(longestBufferEdge(polys, r)).toBeGreaterThanOrEqual(${literal(geos)});`);
  for (const s of sides) {
    lines.push(`  // JSTS's simplifier (tolerance 0.01 r) leaves a longest side of ${literal(s.jsts)} of ring ${s.ring}; a close call may give the ring's box diagonal instead.`);
    lines.push(`  const side${s.ring} = longestSimplifiedSide(polys[0]![${s.ring}]!, 0.01 * r);`);
    lines.push(`  if (side${s.ring} !== ${literal(diagonal(c.polys[0]![s.ring]!))}) expect(Math.abs(side${s.ring} - ${literal(s.jsts)})).toBeLessThanOrEqual(1e-9 * ${literal(s.jsts)});`);
  }
  lines.push('});');
  return lines.join('\n');
}

/** The campaign, with `fns` as the functions under test (buffer-edge-bound.ts's; others to see a defect caught). */
export function bufferEdgeBoundCampaign(fns: BoundFunctions = { longestBufferEdge, longestSimplifiedSide }): Campaign {
  return {
    name: 'buffer-edge-bound',
    title: 'longestBufferEdge against GEOS’s real buffer edges; longestSimplifiedSide against JSTS’s simplifier',
    declined: 'a close call: the ring’s box diagonal taken (a longer bound)',
    checks: [{ name: 'GEOS edge / bound', limit: 1 }, { name: '|side − JSTS| / JSTS', limit: 1e-9 }],
    families: BOUND_FAMILIES,
    defaultCases: 4000,
    run: async (seed, count) => eachCase('buffer-edge-bound', BOUND_FAMILIES, seed, count, (rand, family, label) => {
      const c = generate(rand, family as (typeof BOUND_FAMILIES)[number]);
      const bound = fns.longestBufferEdge(c.polys, c.r);
      const geos = geosLongestEdge(c.polys, c.r);
      let side = NaN, declined = false;
      const sides: { ring: number; jsts: number; diff: number }[] = [];
      c.polys[0]!.forEach((ring, k) => {
        const mine = fns.longestSimplifiedSide(ring, SIMPLIFY * c.r), jsts = jstsLongestSide(ring, SIMPLIFY * c.r);
        const diff = Math.abs(mine - jsts) / jsts;
        if (mine === diagonal(ring) && mine >= jsts && diff > 1e-9) { declined = true; return; }
        sides.push({ ring: k, jsts, diff });
        side = Number.isNaN(side) ? diff : Math.max(side, diff);
      });
      return { declined, values: [geos === null ? NaN : geos / bound, side], test: () => boundTest(label, c, geos, sides) };
    }),
  };
}
