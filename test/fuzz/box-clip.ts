/**
 * Box clip (box-clip.ts): boxClipper against GEOS's intersection with the box — the same planar
 * area to 1e-12 of the larger of that area and the box's (as box-clip.test.ts checks) plus what
 * rounding the crossing points on the box's border allows (below: it matters only for boxes a
 * millionth of the coordinates' size or less), and a result JTS's IsValidOp calls valid; null
 * (asking the caller for another box) is always allowed.
 *
 * Families: unions of random polygons (valid MultiPolygons as the overlays write them, with holes
 * and rings touching at points), the same on an integer lattice with boxes on it (boxes through
 * vertices and along edges), holes touching their outer ring and islands touching their hole,
 * spikes and notches whose tips come within 1e-17 to 1e-9 of a box's line, slivers of lon/lat
 * polygons at longitude 120, the sample's real boundary (1,471 vertices) with random boxes, and
 * odd boxes (tiny, thin, around everything, inside a hole).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Position } from 'geojson';
import { boxClipper } from '../../src/core/geo/box-clip.ts';
import type { Box, BoxClipper } from '../../src/core/geo/box-clip.ts';
import { asMultiPolygon, intersectValid, unionOf } from '../../src/core/geo/clip.ts';
import { FIXTURES } from '../helpers/read-fixture.ts';
import { eachCase, literal, title } from './campaign.ts';
import type { Campaign } from './campaign.ts';
import type { Rand } from './random.ts';
import { closed, planarArea, rectRing, reversed, snapped, star, validMulti } from './shapes.ts';
import type { Poly } from './shapes.ts';

export const BOX_FAMILIES = ['unions', 'lattice', 'touching', 'spikes', 'lonlat', 'boundary', 'odd-boxes'] as const;

/** The tolerance on the area: of the larger of GEOS's area and the box's. */
export const BOX_TOLERANCE = 1e-12;

/**
 * The difference in area the box clip may have from GEOS's: 1e-12 of the larger of GEOS's area and
 * the box's, plus rounding — each crossing point on the box's border (GEOS's and the clip's) is
 * computed to a few units in the last place of the coordinates, 4 u of the box's largest
 * coordinate, which moves the area by at most that times the box's diagonal (the longest piece of
 * an edge inside it). On a box 1e-10 wide at coordinates near 10, that is ~1e-4 of its area.
 */
export function allowedDifference(box: Box, ref: MultiPolygon, cut: MultiPolygon | null): number {
  const u = 4 * Number.EPSILON * Math.max(...box.map(Math.abs));
  const onBorder = (mp: MultiPolygon | null) => (mp?.coordinates.flat(2) ?? []).filter((q) => Math.min(Math.abs(q[0]! - box[0]), Math.abs(q[0]! - box[2]), Math.abs(q[1]! - box[1]), Math.abs(q[1]! - box[3])) <= 4 * u).length;
  return BOX_TOLERANCE * Math.max(1e-12, planarArea(ref), planarArea(asBox(box))) + (onBorder(ref) + onBorder(cut)) * u * Math.hypot(box[2] - box[0], box[3] - box[1]);
}

/** A case: a valid MultiPolygon and a box; `boundary` when the polygon is the sample's boundary. */
interface BoxCase {
  readonly mp: MultiPolygon;
  readonly box: Box;
  readonly boundary: boolean;
}

const multi = (polys: Poly[]): MultiPolygon => ({ type: 'MultiPolygon', coordinates: polys });
const asBox = (b: Box): MultiPolygon => multi([[rectRing(...b)]]);

/** A random box inside [x0, x1] × [y0, y1], each side from `min` to `max` long. */
function boxIn(rand: Rand, x0: number, y0: number, x1: number, y1: number, min: number, max: number): Box {
  const w = rand.log(min, max), h = rand.log(min, max), x = rand.range(x0, x1), y = rand.range(y0, y1);
  return [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
}

/** The union (GEOS) of a few random stars in [0, 10]², some with holes. */
function unionOfStars(rand: Rand, snap: boolean): MultiPolygon {
  const polys = Array.from({ length: rand.int(2, 8) }, (): Poly => {
    const cx = rand.range(1, 9), cy = rand.range(1, 9), r = rand.range(0.5, 4);
    let shell = star(rand, cx, cy, r, rand.int(3, 16));
    if (snap) shell = snapped(shell, 0, 0, 1);
    return rand.chance(0.3) && !snap ? [shell, reversed(star(rand, cx, cy, 0.2 * r, rand.int(3, 8), 0.2))] : [shell];
  }).filter((p) => validMulti(multi([p])));
  return asMultiPolygon(unionOf(polys.map((coordinates) => ({ type: 'Polygon' as const, coordinates }))));
}

/** The sample's boundary (data/boundary.geojson) as the overlays' union gives it, as box-clip.test.ts takes it; read once. */
let sampleBoundary: MultiPolygon | null = null;
function boundaryOfSample(): MultiPolygon {
  const fc = JSON.parse(readFileSync(path.join(FIXTURES, '..', '..', 'data', 'boundary.geojson'), 'utf8')) as FeatureCollection;
  return (sampleBoundary ??= asMultiPolygon(unionOf(fc.features.map((f) => f.geometry))));
}

function generate(rand: Rand, family: (typeof BOX_FAMILIES)[number], boundary: MultiPolygon): BoxCase {
  const plain = (mp: MultiPolygon, box: Box): BoxCase => ({ mp, box, boundary: false });
  switch (family) {
    case 'unions': return plain(unionOfStars(rand, false), boxIn(rand, -1, -1, 11, 11, 0.05, 12));
    case 'lattice': {
      // Boxes on the lattice or half-way: through vertices, along edges.
      const i = () => rand.int(-1, 11) + rand.pick([0, 0, 0.5]);
      const x0 = i(), y0 = i(), x1 = x0 + rand.int(1, 8) * rand.pick([0.5, 1]), y1 = y0 + rand.int(1, 8) * rand.pick([0.5, 1]);
      return plain(unionOfStars(rand, true), [x0, y0, x1, y1]);
    }
    case 'touching': {
      // A 10 × 10 square with a triangular hole touching its side at a point, an island in the
      // hole touching it, and so on (each as the overlays write them).
      const t = rand.int(2, 8), side = rand.int(0, 3);
      const onSide = (k: number): Position => [[k, 0], [10, k], [10 - k, 10], [0, 10 - k]][side]! as Position;
      const inner = (): Position => [rand.int(2, 8) + rand.pick([0, 0.5]), rand.int(2, 8) + rand.pick([0, 0.5])];
      const hole = closed([onSide(t), inner(), inner()]);
      const polys: Poly[] = [[rectRing(0, 0, 10, 10), hole]];
      if (rand.chance(0.5)) {
        // An island inside the hole touching it at its vertex on the side.
        const c = hole[1]!, d = hole[2]!, v = onSide(t);
        polys.push([closed([v, [(2 * v[0]! + c[0]! + d[0]!) / 4, (2 * v[1]! + c[1]! + d[1]!) / 4], [(v[0]! + c[0]!) / 2 + (d[0]! - c[0]!) / 8, (v[1]! + c[1]!) / 2 + (d[1]! - c[1]!) / 8]])]);
      }
      const b = rand.chance(0.3) ? [-1, -1, 11, 11] as const : boxIn(rand, 0, 0, 10, 10, 0.5, 10);
      return plain(multi(polys), b);
    }
    case 'spikes': {
      // A spike up to, or a notch down to, y = −δ, and a box whose south side is y = 0.
      const d = rand.log(1e-17, 1e-9) * rand.pick([1, -1]), x = rand.range(-0.3, 0.3);
      const ring = rand.chance(0.5)
        ? closed([[x, d], [1, 1], [-1, 1]])
        : closed([[-2, -2], [2, -2], [2, 1], [1, 1], [x, d], [-1, 1], [-2, 1]]);
      return plain(multi([[ring]]), [rand.range(-0.6, -0.1), 0, rand.range(0.1, 0.6), rand.range(0.2, 1.2)]);
    }
    case 'lonlat': {
      // Small polygons near 120.7° E, 30.1° N, and slivers down to 1e-18 deg².
      const cx = 120.7 + rand.range(0, 0.01), cy = 30.1 + rand.range(0, 0.01);
      const polys: Poly[] = [[star(rand, cx, cy, rand.log(1e-5, 3e-3), rand.int(3, 12))]];
      const L = rand.log(1e-5, 1e-3), t = rand() * Math.PI, h = rand.log(1e-12, 1e-6);
      polys.push([closed([[cx, cy], [cx + L * Math.cos(t), cy + L * Math.sin(t)], [cx + (L / 2) * Math.cos(t) - h * Math.sin(t), cy + (L / 2) * Math.sin(t) + h * Math.cos(t)]])]);
      const mp = asMultiPolygon(unionOf(polys.filter((p) => validMulti(multi([p]))).map((coordinates) => ({ type: 'Polygon' as const, coordinates }))));
      return plain(mp, boxIn(rand, cx - 2e-3, cy - 2e-3, cx + 2e-3, cy + 2e-3, 1e-5, 4e-3));
    }
    case 'boundary': {
      const [W, S, E, N] = [120.65, 29.73, 121.11, 30.28];
      return { mp: boundary, box: boxIn(rand, W, S, E, N, 0.002, 0.16), boundary: true };
    }
    case 'odd-boxes': {
      const mp = unionOfStars(rand, false);
      const x = rand.range(0, 10), y = rand.range(0, 10);
      const kind = rand.int(0, 3);
      if (kind === 0) { const s = rand.log(1e-12, 1e-6); return plain(mp, [x, y, x + s, y + s]); }
      if (kind === 1) { const s = rand.log(1e-14, 1e-8); return plain(mp, rand.chance(0.5) ? [x, -1, x + s, 11] : [-1, y, 11, y + s]); }
      if (kind === 2) return plain(mp, [-rand.range(0, 5), -rand.range(0, 5), 10 + rand.range(0, 5), 10 + rand.range(0, 5)]);
      // Around a hole's first vertex, or any vertex.
      const rings = mp.coordinates.flat();
      const v = rand.pick(rand.pick(rings));
      const s = rand.log(1e-6, 1);
      return plain(mp, [v[0]! - s * rand(), v[1]! - s * rand(), v[0]! + s * rand(), v[1]! + s * rand()]);
    }
  }
}

/** The case as a test for test/box-clip.test.ts (its helpers `valid` and `planar`; for the boundary, its `clip`). */
function boxTest(label: string, c: BoxCase, area: number, allowed: number): string {
  const head = c.boundary
    ? `// In test/box-clip.test.ts, describe('boxClipper against JTS on a real boundary') (its clip of the sample's boundary):
it(${title(label, 'valid, GEOS’s area, or another box')}, () => {
  const b: Box = ${literal(c.box)};
  const cut = clip(b);`
    : `// In test/box-clip.test.ts:
it(${title(label, 'valid, GEOS’s area, or another box')}, () => {
  const mp: MultiPolygon = { type: 'MultiPolygon', coordinates: ${literal(c.mp.coordinates)} };
  const b: Box = ${literal(c.box)};
  const cut = boxClipper(mp)(b);`;
  return `${head}
  // GEOS's intersection with the box: planar area ${literal(area)}; allowed: 1e-12 of it or of the box, and the crossings' rounding.
  if (cut === null) return; // another box: allowed
  expect(valid(cut), JSON.stringify(cut.coordinates)).toBe(true);
  expect(Math.abs(planar(cut) - ${literal(area)})).toBeLessThanOrEqual(${literal(allowed)});
});`;
}

/** The campaign, clipping with `clipper` (boxClipper; another function to see a defect caught). */
export function boxClipCampaign(clipper: (mp: MultiPolygon) => BoxClipper = boxClipper): Campaign {
  return {
    name: 'box-clip',
    title: 'boxClipper against GEOS’s intersection with the box (planar area), valid by JTS',
    declined: 'another box asked for (null)',
    checks: [{ name: '|Δ| / allowed', limit: 1 }, { name: 'invalid', limit: 0 }],
    families: BOX_FAMILIES,
    defaultCases: 12000,
    run: async (seed, count) => {
      const boundary = boundaryOfSample();
      const boundaryClip = clipper(boundary);
      return eachCase('box-clip', BOX_FAMILIES, seed, count, (rand, family, label) => {
        const c = generate(rand, family as (typeof BOX_FAMILIES)[number], boundary);
        if (c.mp.coordinates.length === 0 || !(c.box[0] < c.box[2] && c.box[1] < c.box[3])) return null;
        if (!c.boundary && !validMulti(c.mp)) return null;
        const cut = c.boundary ? boundaryClip(c.box) : clipper(c.mp)(c.box);
        const ref = () => asMultiPolygon(intersectValid(c.mp, asBox(c.box)));
        if (cut === null) return { declined: true, values: [NaN, NaN], test: () => { const r = ref(); return boxTest(label, c, planarArea(r), allowedDifference(c.box, r, null)); } };
        const r = ref(), area = planarArea(r), allowed = allowedDifference(c.box, r, cut);
        return { declined: false, values: [Math.abs(planarArea(cut) - area) / allowed, validMulti(cut) || cut.coordinates.length === 0 ? 0 : 1], test: () => boxTest(label, c, area, allowed) };
      });
    },
  };
}
