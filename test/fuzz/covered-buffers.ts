/**
 * Covered buffers (covered-buffers.ts): the buffers it leaves out must add nothing. Each case is
 * checked one of three ways (drawn at random):
 * - everywhere: GEOS's union of the kept buffers has the area of GEOS's union of all of them
 *   (planar metres), to 1e-12 of it, as covered-buffers.test.ts checks;
 * - boxes: the same inside each of 1–4 boxes given to coveredBuffers, to 1e-12 of the box's area;
 * - residential: end to end in lon/lat, as park service measures — bufferUnion(parks, centre,
 *   residential blocks) ∩ the blocks against every park buffered by GEOS in the same transverse
 *   Mercator (no buffer left out) ∩ the blocks, ellipsoidal areas, to 1e-12 of that area (where a
 *   left-out buffer could have split a straight lon/lat edge running into a block, it shows here).
 * "Declined" counts the cases of the first two ways where nothing was left out (nothing to check;
 * bufferUnion does not say how many it left out, so the third way counts every case).
 *
 * Families: dense and sparse clusters of small parks (300 m or 500 m), wiggly parks with holes,
 * tiny and huge distances and parks (1 m to 5 km), long thin parks (strips and L-shapes up to
 * 40 km), and piles of identical and nested parks.
 */
import type { Geometry, MultiPolygon, Position } from 'geojson';
import { coveredBuffers } from '../../src/core/geo/covered-buffers.ts';
import { bufferUnion } from '../../src/core/geo/buffer-union.ts';
import { asMultiPolygon, intersectValid, multiArea, unionOf } from '../../src/core/geo/clip.ts';
import { geosBufferUnion, geosIntersection } from '../../src/core/geo/geos-overlay.ts';
import { mapPositions } from '../../src/core/geo/map-positions.ts';
import { transverseMercator } from '../../src/core/geo/transverse-mercator.ts';
import { eachCase, literal, title } from './campaign.ts';
import type { Campaign } from './campaign.ts';
import type { Rand } from './random.ts';
import { closed, planarArea, rectRing, star, wigglyRing, X0, Y0 } from './shapes.ts';
import type { Poly } from './shapes.ts';

export const COVER_FAMILIES = ['dense', 'sparse', 'wiggly', 'radii', 'strips', 'nested'] as const;
const MODES = ['everywhere', 'boxes', 'residential'] as const;
type Mode = (typeof MODES)[number];

/** The tolerance: of the union's area (everywhere, residential) or of the box's (boxes). */
export const COVER_TOLERANCE = 1e-12;

/** Planar items: MultiPolygon coordinates in metres and a distance. */
type Item = { polys: Position[][][]; distance: number };

/** A square of side s centred on (x, y). */
const square = (x: number, y: number, s: number): Poly => [rectRing(x - s / 2, y - s / 2, x + s / 2, y + s / 2)];

/** A rectangle L × w centred on (x, y), turned by t. */
function strip(x: number, y: number, L: number, w: number, t: number): Poly {
  const c = Math.cos(t), s = Math.sin(t);
  return [closed([[-L / 2, -w / 2], [L / 2, -w / 2], [L / 2, w / 2], [-L / 2, w / 2]].map(([u, v]) => [x + u! * c - v! * s, y + u! * s + v! * c]))];
}

function items(rand: Rand, family: (typeof COVER_FAMILIES)[number]): Item[] {
  const r35 = () => (rand.chance(0.5) ? 300 : 500);
  const at = (d: number) => [rand.range(0, d), rand.range(0, d)] as const;
  switch (family) {
    case 'dense': return Array.from({ length: rand.int(20, 80) }, () => ({ polys: [rand.chance(0.5) ? square(...at(1500), rand.range(20, 120)) : [star(rand, ...at(1500), rand.range(10, 60), rand.int(3, 12))]], distance: r35() }));
    case 'sparse': return Array.from({ length: rand.int(50, 150) }, () => ({ polys: [square(...at(6000), rand.range(20, 120))], distance: r35() }));
    case 'wiggly': return Array.from({ length: rand.int(20, 60) }, () => {
      const [x, y] = at(2000), R = rand.log(10, 300);
      const shell = wigglyRing(rand, x, y, R, rand.int(10, 200), 0.15 * R * rand(), 1);
      return { polys: [rand.chance(0.3) ? [shell, wigglyRing(rand, x, y, 0.3 * R, rand.int(6, 40), 0.05 * R, -1)] : [shell]], distance: r35() };
    });
    case 'radii': return Array.from({ length: rand.int(10, 60) }, () => ({ polys: [[star(rand, ...at(5000), rand.log(1, 3000), rand.int(3, 20))]], distance: rand.log(1, 5000) }));
    case 'strips': return Array.from({ length: rand.int(5, 20) }, () => {
      const [x, y] = at(10000), L = rand.log(200, 40000), w = rand.range(5, 50), t = rand() * Math.PI;
      const c = Math.cos(t), s = Math.sin(t), turn = ([u, v]: Position): Position => [x + u! * c - v! * s, y + u! * s + v! * c];
      // A strip, or an L (two strips sharing a corner square, as one ring) …
      const poly: Poly = rand.chance(0.7) ? strip(x, y, L, w, t) : [closed(([[0, 0], [L, 0], [L, w], [w, w], [w, L / 2], [0, L / 2]] as Position[]).map(turn))];
      // … with small parks beside it, which its buffer may cover.
      const beside = Array.from({ length: rand.int(0, 5) }, () => {
        const [bx, by] = turn([rand.range(-L / 2, L / 2), rand.range(-200, 200)]);
        return { polys: [square(bx!, by!, rand.range(10, 60))], distance: r35() };
      });
      return [{ polys: [poly], distance: r35() }, ...beside];
    }).flat();
    case 'nested': {
      const base = Array.from({ length: rand.int(3, 12) }, () => ({ polys: [square(...at(1500), rand.range(20, 400))], distance: r35() }));
      const out: Item[] = [...base];
      for (const b of base) {
        for (let k = rand.int(0, 4); k > 0; k--) {
          const ring = b.polys[0]![0]!, cx = (ring[0]![0]! + ring[2]![0]!) / 2, cy = (ring[0]![1]! + ring[2]![1]!) / 2;
          const same = rand.chance(0.5);
          out.push({ polys: same ? b.polys : [square(cx, cy, (ring[2]![0]! - ring[0]![0]!) * rand.range(0.1, 0.9))], distance: rand.pick([b.distance, 300, 500]) });
        }
      }
      return out;
    }
  }
}

/** Planar metres to lon/lat around the centre (a local equirectangular map: any valid polygon stays one). */
const toLonLat = (p: Position): Position => [X0 + p[0]! / (111320 * Math.cos((Y0 * Math.PI) / 180)), Y0 + p[1]! / 110574];

/** A case: the items, the mode, and the boxes (planar) or residential blocks (lon/lat) it is checked within. */
interface CoverCase {
  readonly items: Item[];
  readonly mode: Mode;
  readonly boxes: number[][] | null;
  readonly residential: Poly[] | null;
}

function generate(rand: Rand, family: (typeof COVER_FAMILIES)[number]): CoverCase {
  const its = items(rand, family);
  const mode = rand.pick(MODES);
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const it of its) for (const q of it.polys[0]![0]!) { x0 = Math.min(x0, q[0]!); x1 = Math.max(x1, q[0]!); y0 = Math.min(y0, q[1]!); y1 = Math.max(y1, q[1]!); }
  const boxNear = (): number[] => {
    const w = rand.log(30, 3000), h = rand.log(30, 3000), x = rand.range(x0, x1), y = rand.range(y0, y1);
    return [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
  };
  if (mode === 'everywhere') return { items: its, mode, boxes: null, residential: null };
  if (mode === 'boxes') return { items: its, mode, boxes: Array.from({ length: rand.int(1, 4) }, boxNear), residential: null };
  // Residential blocks: rectangles and turned quadrilaterals, some 5–10 km long (their straight
  // lon/lat edges bow in the projection).
  const blocks = Array.from({ length: rand.int(1, 6) }, (): Poly => {
    if (rand.chance(0.3)) return strip(rand.range(x0, x1), rand.range(y0, y1), rand.range(5000, 10000), rand.range(50, 500), rand() * Math.PI);
    const b = boxNear();
    return rand.chance(0.5) ? [rectRing(b[0]!, b[1]!, b[2]!, b[3]!)] : [closed([[b[0]!, b[1]!], [b[2]!, b[1]! + rand.range(0, 0.3) * (b[3]! - b[1]!)], [b[2]!, b[3]!], [b[0]! + rand.range(0, 0.3) * (b[2]! - b[0]!), b[3]!]])];
  });
  return { items: its, mode, boxes: null, residential: blocks.map((p) => p.map((r) => r.map(toLonLat))) };
}

/** The functions under test. */
export interface CoverFunctions {
  readonly coveredBuffers: typeof coveredBuffers;
  readonly bufferUnion: typeof bufferUnion;
}

/** What a case measured: the area by the function under test and the reference's, for each box or once. */
interface Measured {
  /** Buffers left out (NaN: not known, bufferUnion does not say). */
  readonly left: number;
  readonly areas: number[];
  readonly expected: number[];
  readonly scales: number[];
}

const boxPolys = (b: readonly number[]): Position[][][] => [[rectRing(b[0]!, b[1]!, b[2]!, b[3]!)]];
const polygon = (coordinates: Poly): Geometry => ({ type: 'Polygon', coordinates });

function measure(c: CoverCase, fns: CoverFunctions): Measured {
  if (c.mode !== 'residential') {
    const covered = fns.coveredBuffers(c.items, c.boxes);
    const left = covered.reduce((s, x) => s + x, 0);
    const kept = c.items.filter((_, i) => !covered[i]);
    const all = geosBufferUnion(c.items), mine = left === 0 ? all : geosBufferUnion(kept);
    const area = (u: Position[][][], b: readonly number[] | null) => planarArea(asMultiPolygon(b ? geosIntersection(u, boxPolys(b), true) : u));
    const within = c.boxes ?? [null];
    return {
      left,
      areas: within.map((b) => area(mine, b)),
      expected: within.map((b) => area(all, b)),
      scales: within.map((b) => (b ? planarArea(asMultiPolygon(boxPolys(b))) : area(all, null))),
    };
  }
  const centre = X0;
  const tm = transverseMercator(centre);
  const parks = c.items.map((it) => ({ geometry: polygon(it.polys[0]!.map((r) => r.map(toLonLat))), metres: it.distance }));
  const blocks = c.residential!.map(polygon);
  const res = asMultiPolygon(unionOf(blocks));
  const mine = fns.bufferUnion(parks, centre, blocks);
  // Every park buffered in the same projection, none left out.
  const projected = parks.map((p) => ({ polys: [(mapPositions(p.geometry, tm.forward) as { coordinates: Position[][] }).coordinates], distance: p.metres }));
  const all = mapPositions({ type: 'MultiPolygon', coordinates: geosBufferUnion(projected) }, tm.inverse) as MultiPolygon;
  const expected = multiArea(intersectValid(all, res));
  // bufferUnion does not say how many it left out: the case always counts as checked.
  return { left: NaN, areas: [multiArea(intersectValid(mine, res))], expected: [expected], scales: [Math.max(expected, 1)] };
}

function coverTest(label: string, c: CoverCase, m: Measured): string {
  const its = `[\n${c.items.map((it) => `    { polys: ${literal(it.polys)}, distance: ${literal(it.distance)} },`).join('\n')}\n  ]`;
  if (c.mode === 'residential') {
    return `// In test/buffer-union.test.ts (with asMultiPolygon, intersectValid, multiArea, unionOf from '../src/core/geo/clip.ts'; Position from 'geojson'):
it(${title(label, 'on residential land, the area of every park buffered')}, () => {
  const parks: { polys: Position[][][]; distance: number }[] = ${its};
  const toLonLat = (p: Position): Position => [${X0} + p[0]! / (111320 * Math.cos((${Y0} * Math.PI) / 180)), ${Y0} + p[1]! / 110574];
  const items = parks.map((p) => ({ geometry: { type: 'Polygon' as const, coordinates: p.polys[0]!.map((r) => r.map(toLonLat)) }, metres: p.distance }));
  const residential = ${literal(c.residential)}.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
  // Every park buffered by GEOS in the same projection, none left out, on the residential land: ${literal(m.expected[0])} m².
  const u = bufferUnion(items, ${X0}, residential);
  expect(Math.abs(multiArea(intersectValid(u, asMultiPolygon(unionOf(residential)))) - ${literal(m.expected[0])}) / ${literal(m.scales[0])}).toBeLessThan(1e-12);
});`;
  }
  return `// In test/covered-buffers.test.ts (with geosBufferUnion, geosIntersection from '../src/core/geo/geos-overlay.ts'):
it(${title(label, c.boxes ? 'inside the boxes, the kept buffers’ union is all buffers’ union (GEOS)' : 'the kept buffers’ union is all buffers’ union (GEOS)')}, () => {
  const items: { polys: Position[][][]; distance: number }[] = ${its};
  const boxes: number[][] | null = ${literal(c.boxes)};
  // GEOS's union of all the buffers: ${c.boxes ? 'area inside each box' : 'area'} ${literal(m.expected)}; of ${c.boxes ? 'each box' : 'it'}: ${literal(m.scales)}.
  const expected = ${literal(m.expected)}, scales = ${literal(m.scales)};
  const covered = coveredBuffers(items, boxes);
  const u = geosBufferUnion(items.filter((_, i) => !covered[i]));
  const area = (mp: Position[][][]) => mp.flat().reduce((t, r) => t + r.slice(1).reduce((s, q, k) => s + ((r[k]![0]! - r[0]![0]!) * (q[1]! - r[0]![1]!) - (q[0]! - r[0]![0]!) * (r[k]![1]! - r[0]![1]!)) / 2, 0), 0);
  const inside = (boxes ?? [null]).map((b) => area(b ? geosIntersection(u, [[[[b[0]!, b[1]!], [b[2]!, b[1]!], [b[2]!, b[3]!], [b[0]!, b[3]!], [b[0]!, b[1]!]]]], true) : u));
  inside.forEach((a, k) => expect(Math.abs(a - expected[k]!) / scales[k]!, \`box \${k}\`).toBeLessThan(1e-12));
});`;
}

/** The campaign, with `fns` as the functions under test (the project's; others to see a defect caught). */
export function coveredBuffersCampaign(fns: CoverFunctions = { coveredBuffers, bufferUnion }): Campaign {
  return {
    name: 'covered-buffers',
    title: 'the buffers coveredBuffers leaves out add nothing: unions of GEOS buffers, everywhere, in boxes, and on residential land (lon/lat)',
    declined: 'nothing left out (nothing to check)',
    checks: [{ name: '|Δ| / area', limit: COVER_TOLERANCE }],
    families: COVER_FAMILIES,
    defaultCases: 600,
    run: async (seed, count) => eachCase('covered-buffers', COVER_FAMILIES, seed, count, (rand, family, label) => {
      const c = generate(rand, family as (typeof COVER_FAMILIES)[number]);
      const m = measure(c, fns);
      const diff = Math.max(...m.areas.map((a, k) => Math.abs(a - m.expected[k]!) / m.scales[k]!));
      return { declined: m.left === 0, values: [diff], test: () => coverTest(`${label}, ${c.mode}`, c, m) };
    }),
  };
}

