/**
 * Edge areas (boolean-area.ts, edge-area/): unionAreasWithin against GEOS's overlays — for each
 * group and for all groups, area((∪ polygons) ∩ region) as the union then the intersection with
 * the region's union (GEOS 3.13, as PostGIS runs ST_Intersection(ST_Union(geom), region)).
 * Tolerance: 1e-9 of the region's area (of the union's, without a region), as
 * boolean-area.test.ts and the README state; null (left to the overlays) is always allowed.
 *
 * Families at district scale (around 120.8° E, 30° N; edges under 0.05°): generic random polygons,
 * and adversarial ones — vertices snapped to a lattice (many on other polygons' edges; the lattice
 * exact in binary or not), tilings with shared edges and T-junctions, slivers, nearly collinear
 * edges sharing a vertex, holes with the islands filling them, polygons along the region's boundary
 * (its own vertices), and piles of duplicates.
 */
import type { Geometry, Position } from 'geojson';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import GeoJSONWriter from 'jsts/org/locationtech/jts/io/GeoJSONWriter.js';
import SnapIfNeededOverlayOp from 'jsts/org/locationtech/jts/operation/overlay/snap/SnapIfNeededOverlayOp.js';
import UnaryUnionOp from 'jsts/org/locationtech/jts/operation/union/UnaryUnionOp.js';
import { unionAreasWithin } from '../../src/core/geo/boolean-area.ts';
import type { UnionAreas } from '../../src/core/geo/boolean-area.ts';
import { asMultiPolygon, intersectValid, multiArea, unionOf } from '../../src/core/geo/clip.ts';
import { geometryArea } from '../../src/core/geo/ellipsoidal-area.ts';
import { eachCase, literal, title } from './campaign.ts';
import type { Campaign } from './campaign.ts';
import type { Rand } from './random.ts';
import { closed, deduplicated, rectRing, reversed, snapped, star, validPolygon, X0, Y0 } from './shapes.ts';
import type { Poly } from './shapes.ts';

/** A case: polygons in groups, and the region (the union of its polygons; null: no clipping). */
export interface EdgeCase {
  readonly groups: Poly[][];
  readonly region: Poly[] | null;
}

/** The function under test's signature. */
export type MeasureEdges = (groups: readonly (readonly Poly[])[], region: readonly Poly[] | null) => UnionAreas | null;

export const EDGE_FAMILIES = ['generic', 'lattice', 'tiling', 'slivers', 'collinear', 'holes', 'boundary', 'piled'] as const;

/** The tolerance: of the region's area. */
export const EDGE_TOLERANCE = 1e-9;

/** One degree of latitude is 111 km: 0.01° ≈ 1 km. */
const KM = 0.01;

/** A random polygon of district scale: a star of 100 m to 3 km, sometimes with a hole. */
function parcel(rand: Rand, cx: number, cy: number): Poly {
  const r = rand.log(0.1 * KM, 3 * KM);
  const shell = star(rand, cx, cy, r, rand.int(3, 30));
  return rand.chance(0.25) ? [shell, reversed(star(rand, cx, cy, 0.2 * r, rand.int(3, 10), 0.3))] : [shell];
}

/** A region: one or two stars of 3 to 8 km around the centre (edges under 0.03°). */
function regionStars(rand: Rand): Poly[] {
  return Array.from({ length: rand.int(1, 2) }, () => [star(rand, X0 + rand.range(-2, 2) * KM, Y0 + rand.range(-2, 2) * KM, rand.range(3, 8) * KM, rand.int(20, 80), 0.3)]);
}

/** A point within d of the centre. */
const near = (rand: Rand, d: number): [number, number] => [X0 + rand.range(-d, d), Y0 + rand.range(-d, d)];

const generators: Record<(typeof EDGE_FAMILIES)[number], (rand: Rand) => EdgeCase> = {
  generic: (rand) => ({
    groups: Array.from({ length: rand.int(1, 3) }, () => Array.from({ length: rand.int(1, 8) }, () => parcel(rand, ...near(rand, 5 * KM)))),
    region: rand.chance(0.1) ? null : regionStars(rand),
  }),
  lattice: (rand) => {
    // A lattice of u degrees (2⁻¹⁰°, exact in binary, or 0.001°, not), stars snapped to 1 or 2 steps.
    const u = rand.pick([2 ** -10, 0.001, 2 ** -12]), step = rand.pick([1, 1, 2]);
    const one = (r0: number, r1: number, n0: number, n1: number): Poly | null => {
      const ring = deduplicated(snapped(star(rand, X0 + rand.range(0, 40) * u, Y0 + rand.range(0, 40) * u, rand.range(r0, r1) * u, rand.int(n0, n1)), X0, Y0, u, step));
      return ring && [ring];
    };
    const some = (k: number, r0: number, r1: number, n0: number, n1: number) => Array.from({ length: k }, () => one(r0, r1, n0, n1)).filter((p): p is Poly => p !== null);
    return { groups: Array.from({ length: rand.int(1, 3) }, () => some(rand.int(2, 7), 2, 14, 3, 11)), region: rand.chance(0.1) ? null : some(rand.int(1, 2), 12, 30, 4, 16) };
  },
  tiling: (rand) => {
    // A grid of parcels sharing edges (interior nodes moved), some cells split along a diagonal,
    // some edges given a midpoint on one side only (a T-junction, exact where the lattice is).
    const nx = rand.int(3, 8), ny = rand.int(3, 8), s = rand.range(0.2, 0.8) * KM, jitter = rand.pick([0, 0.15, 0.3]);
    const x0 = X0 + rand.range(-2, 2) * KM, y0 = Y0 + rand.range(-2, 2) * KM;
    const node: Position[][] = Array.from({ length: nx + 1 }, (_, i) => Array.from({ length: ny + 1 }, (_, j) => [
      x0 + (i + (i > 0 && i < nx ? rand.range(-jitter, jitter) : 0)) * s,
      y0 + (j + (j > 0 && j < ny ? rand.range(-jitter, jitter) : 0)) * s,
    ]));
    const G = rand.int(1, 2);
    const groups: Poly[][] = Array.from({ length: G }, () => []);
    for (let i = 0; i < nx; i++) {
      for (let j = 0; j < ny; j++) {
        if (!rand.chance(0.7)) continue;
        const [a, b, c, d] = [node[i]![j]!, node[i + 1]![j]!, node[i + 1]![j + 1]!, node[i]![j + 1]!];
        const g = groups[rand.int(0, G - 1)]!;
        if (rand.chance(0.2)) { g.push([closed([a, b, c])], [closed([a, c, d])]); continue; }
        // A midpoint on the bottom edge (exact when jitter is 0 and the grid's steps are).
        const mid: Position[] = rand.chance(0.2) ? [[(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2]] : [];
        g.push([closed([a, ...mid, b, c, d])]);
      }
    }
    for (let k = rand.int(0, 2); k > 0; k--) groups[rand.int(0, G - 1)]!.push(parcel(rand, x0 + rand.range(0, nx) * s, y0 + rand.range(0, ny) * s));
    // The region: a star across the grid, or a block of its own nodes (sharing the cells' edges).
    let region: Poly[];
    if (rand.chance(0.5)) {
      region = [[star(rand, x0 + (nx / 2) * s, y0 + (ny / 2) * s, rand.range(0.3, 0.8) * Math.max(nx, ny) * s, rand.int(6, 40), 0.3)]];
    } else {
      const i0 = rand.int(0, nx - 1), i1 = rand.int(i0 + 1, nx), j0 = rand.int(0, ny - 1), j1 = rand.int(j0 + 1, ny);
      const ring: Position[] = [];
      for (let i = i0; i < i1; i++) ring.push(node[i]![j0]!);
      for (let j = j0; j < j1; j++) ring.push(node[i1]![j]!);
      for (let i = i1; i > i0; i--) ring.push(node[i]![j1]!);
      for (let j = j1; j > j0; j--) ring.push(node[i0]![j]!);
      region = [[closed(ring)]];
    }
    return { groups, region };
  },
  slivers: (rand) => {
    const groups: Poly[][] = Array.from({ length: rand.int(1, 2) }, () => Array.from({ length: rand.int(1, 4) }, () => parcel(rand, ...near(rand, 2 * KM))));
    for (let k = rand.int(1, 4); k > 0; k--) {
      // A long thin quadrilateral or a flat triangle, 0.5 to 4 km long, 1e-9° to 1e-4° wide.
      const [cx, cy] = near(rand, 2 * KM), t = rand() * Math.PI, L = rand.range(0.5, 4) * KM, w = rand.log(1e-9, 1e-4);
      const ux = Math.cos(t) * L / 2, uy = Math.sin(t) * L / 2, nx = -Math.sin(t) * w / 2, ny = Math.cos(t) * w / 2;
      const ring = rand.chance(0.5)
        ? [[cx - ux - nx, cy - uy - ny], [cx + ux - nx, cy + uy - ny], [cx + ux + nx, cy + uy + ny], [cx - ux + nx, cy - uy + ny]]
        : [[cx - ux, cy - uy], [cx + ux, cy + uy], [cx + rand.range(-1, 1) * ux + 2 * nx, cy + rand.range(-1, 1) * uy + 2 * ny]];
      groups[rand.int(0, groups.length - 1)]!.push([closed(ring)]);
    }
    return { groups, region: regionStars(rand) };
  },
  collinear: (rand) => {
    // Two polygons sharing a vertex p, their edges from p nearly in line (the far vertex within
    // 1e-13° to 1e-8° of the other edge's line), a third crossing there.
    const [px, py] = near(rand, 2 * KM), t = rand() * 2 * Math.PI, L = rand.range(0.1, 2) * KM, e = rand.log(1e-13, 1e-8) * (rand.chance(0.5) ? 1 : -1);
    const q: Position = [px + L * Math.cos(t), py + L * Math.sin(t)];
    const q2: Position = [q[0]! - e * Math.sin(t), q[1]! + e * Math.cos(t)];
    const side = (sign: number, far: Position): Poly => [closed([[px, py], far, [far[0]! - sign * L * 0.6 * Math.sin(t), far[1]! + sign * L * 0.6 * Math.cos(t)], [px - sign * L * 0.4 * Math.sin(t), py + sign * L * 0.4 * Math.cos(t)]])];
    const a = side(1, q), b = side(rand.chance(0.5) ? 1 : -1, q2);
    // The crosser: a thin quad across the two edges near their far ends.
    const m = rand.range(0.5, 1), cx = px + m * L * Math.cos(t), cy = py + m * L * Math.sin(t), h = rand.range(0.05, 0.3) * L, wd = rand.log(1e-6, 0.05) * L;
    const cross: Poly = [closed([[cx - h * Math.sin(t) - wd * Math.cos(t), cy + h * Math.cos(t) - wd * Math.sin(t)], [cx - h * Math.sin(t) + wd * Math.cos(t), cy + h * Math.cos(t) + wd * Math.sin(t)], [cx + h * Math.sin(t) + wd * Math.cos(t), cy - h * Math.cos(t) + wd * Math.sin(t)], [cx + h * Math.sin(t) - wd * Math.cos(t), cy - h * Math.cos(t) - wd * Math.sin(t)]].reverse())];
    const G = rand.int(1, 2), pick = () => rand.int(0, G - 1);
    const groups: Poly[][] = Array.from({ length: G }, () => []);
    for (const p of [a, b, cross]) groups[pick()]!.push(p);
    for (let k = rand.int(0, 2); k > 0; k--) groups[pick()]!.push(parcel(rand, ...near(rand, 2 * KM)));
    return { groups, region: rand.chance(0.2) ? null : regionStars(rand) };
  },
  holes: (rand) => {
    if (rand.chance(0.5)) {
      // Rectangles on a lattice (as the review's case): a rectangle with a hole, the island filling
      // it, and a region or a polygon with sides along the hole's.
      const u = rand.pick([2e-4, 2 ** -12, 1e-3]), at = (i: number, j: number): [number, number] => [X0 + i * u, Y0 + j * u];
      const rect = (i0: number, j0: number, i1: number, j1: number) => rectRing(...at(i0, j0), ...at(i1, j1));
      const W = rand.int(8, 16), H = rand.int(6, 12), hi0 = rand.int(1, W - 4), hj0 = rand.int(1, H - 4), hi1 = rand.int(hi0 + 1, W - 1), hj1 = rand.int(hj0 + 1, H - 1);
      const holed: Poly = [rect(0, 0, W, H), reversed(rect(hi0, hj0, hi1, hj1))];
      const island: Poly = [rect(hi0, hj0, hi1, hj1)];
      const along: Poly = [rect(rand.int(hi0 - 3, hi0), rand.int(-1, hj0), hi1, hj1)];
      const G = rand.int(1, 2);
      const groups: Poly[][] = Array.from({ length: G }, () => []);
      groups[0]!.push(holed);
      if (rand.chance(0.7)) groups[rand.int(0, G - 1)]!.push(island);
      const region = rand.chance(0.5) ? [along] : [[rect(-2, -2, W + 2, H + 2)]];
      if (rand.chance(0.5)) groups[rand.int(0, G - 1)]!.push(along);
      return { groups, region };
    }
    // Stars with holes, islands filling some, polygons across the holes' edges.
    const [cx, cy] = near(rand, 1 * KM), r = rand.range(0.5, 2) * KM;
    const hole = reversed(star(rand, cx, cy, 0.3 * r, rand.int(3, 12), 0.3));
    const groups: Poly[][] = [[[star(rand, cx, cy, r, rand.int(6, 30), 0.3), hole]]];
    if (rand.chance(0.5)) groups.push([]);
    if (rand.chance(0.6)) groups[rand.int(0, groups.length - 1)]!.push([reversed(hole)]);
    for (let k = rand.int(0, 3); k > 0; k--) groups[rand.int(0, groups.length - 1)]!.push([star(rand, hole[0]![0]!, hole[0]![1]!, rand.range(0.05, 0.5) * r, rand.int(3, 8))]);
    return { groups, region: rand.chance(0.1) ? null : regionStars(rand) };
  },
  boundary: (rand) => {
    // A region, and polygons along its edge made of its own consecutive vertices, inside or out,
    // with others crossing the edge there.
    const [cx, cy] = near(rand, 1 * KM);
    const ring = star(rand, cx, cy, rand.range(1, 5) * KM, rand.int(30, 80), 0.15);
    const n = ring.length - 1;
    const G = rand.int(1, 2);
    const groups: Poly[][] = Array.from({ length: G }, () => []);
    for (let k = rand.int(1, 5); k > 0; k--) {
      const i0 = rand.int(0, n - 1), m = rand.int(1, 6), f = rand.chance(0.7) ? rand.range(0.7, 0.97) : rand.range(1.03, 1.3);
      const run = Array.from({ length: m + 1 }, (_, k2) => ring[(i0 + k2) % n]!);
      const back = [...run].reverse().map((p) => [cx + (p[0]! - cx) * f, cy + (p[1]! - cy) * f]);
      const pts = f < 1 ? [...run, ...back] : [...back, ...run];
      groups[rand.int(0, G - 1)]!.push([closed(pts)]);
    }
    for (let k = rand.int(0, 3); k > 0; k--) {
      const v = ring[rand.int(0, n - 1)]!;
      groups[rand.int(0, G - 1)]!.push([star(rand, v[0]! + rand.range(-0.2, 0.2) * KM, v[1]! + rand.range(-0.2, 0.2) * KM, rand.range(0.05, 0.5) * KM, rand.int(3, 10))]);
    }
    return { groups, region: [[ring]] };
  },
  piled: (rand) => {
    // One polygon many times over: as it is, from another vertex, the other way round, moved by
    // 1e-12° to 1e-9°, in one group or several.
    const base = parcel(rand, ...near(rand, 1 * KM))[0]!;
    const G = rand.int(1, 3);
    const groups: Poly[][] = Array.from({ length: G }, () => []);
    for (let k = rand.int(2, 30); k > 0; k--) {
      let r = base;
      const how = rand.int(0, 3);
      if (how === 1) { const s = rand.int(0, base.length - 2); r = closed([...base.slice(s, -1), ...base.slice(0, s)]); }
      if (how === 2) r = reversed(base);
      if (how === 3) { const dx = rand.log(1e-12, 1e-9) * rand.pick([-1, 1]), dy = rand.log(1e-12, 1e-9) * rand.pick([-1, 1]); r = base.map((p) => [p[0]! + dx, p[1]! + dy]); }
      groups[rand.int(0, G - 1)]!.push([r]);
    }
    if (rand.chance(0.5)) groups[0]!.push(parcel(rand, base[0]![0]!, base[0]![1]!));
    return { groups, region: rand.chance(0.15) ? null : regionStars(rand) };
  },
};

/** A case of the family, its invalid polygons dropped (null when nothing valid is left). */
export function edgeCase(rand: Rand, family: (typeof EDGE_FAMILIES)[number]): EdgeCase | null {
  const c = generators[family](rand);
  const groups = c.groups.map((g) => g.filter(validPolygon));
  const region = c.region && c.region.filter(validPolygon);
  if (groups.every((g) => g.length === 0) || (region && region.length === 0)) return null;
  return { groups, region };
}

/** The reference: GEOS's union of each group and of all, then its intersection with the region's union; areas in m². */
export interface EdgeReference {
  readonly byGroup: number[];
  readonly all: number;
  /** The region's area (the union's of all groups, without a region): what the tolerance is a share of. */
  readonly scale: number;
}

/** The areas by GEOS's overlays (clip.ts with GEOS loaded). */
export function edgeReference(c: EdgeCase): EdgeReference {
  const region = c.region && asMultiPolygon(unionOf(c.region.map(polygon)));
  const within = (ps: readonly Poly[]) => {
    const u = asMultiPolygon(unionOf(ps.map(polygon)));
    return multiArea(region ? intersectValid(u, region) : u.coordinates);
  };
  const all = within(c.groups.flat());
  const scale = region ? multiArea(region.coordinates) : all;
  return { byGroup: c.groups.map(within), all, scale: scale > 0 ? scale : 1 };
}

const polygon = (coordinates: Poly) => ({ type: 'Polygon' as const, coordinates });

const jstsReader = new GeoJSONReader(new GeometryFactory());
const jstsWriter = new GeoJSONWriter();

/**
 * The same areas by JSTS (JTS in JavaScript: its own unary union and snap-if-needed intersection,
 * none of the project's code but the ellipsoidal area), for a case beyond tolerance: telling
 * whether the edge path or GEOS stands alone. Null where JSTS fails on the input.
 */
export function jstsEdgeReference(c: EdgeCase): { byGroup: number[]; all: number } | null {
  try {
    const union = (ps: readonly Poly[]) => UnaryUnionOp.union(jstsReader.read({ type: 'GeometryCollection', geometries: ps.map(polygon) }));
    const region = c.region && union(c.region);
    const within = (ps: readonly Poly[]) => {
      if (ps.length === 0) return 0;
      const u = union(ps);
      return geometryArea(jstsWriter.write(region ? SnapIfNeededOverlayOp.intersection(u, region) : u) as Geometry);
    };
    return { byGroup: c.groups.map(within), all: within(c.groups.flat()) };
  } catch {
    return null;
  }
}

/** The largest difference of a measurement from the reference, as a share of the region's area. */
export function edgeDifference(r: UnionAreas, ref: EdgeReference): number {
  return Math.max(Math.abs(r.all - ref.all), ...r.byGroup.map((x, g) => Math.abs(x - ref.byGroup[g]!))) / ref.scale;
}

/** The case as a test for test/boolean-area.test.ts. */
function edgeTest(label: string, c: EdgeCase, ref: EdgeReference, jsts: { byGroup: number[]; all: number } | null): string {
  return `// In test/boolean-area.test.ts, describe('unionAreasWithin'):
it(${title(label, 'equal to GEOS to 1e-9 of the region, or left to the overlays')}, () => {
  const groups: Poly[][] = ${literal(c.groups)};
  const region: Poly[] | null = ${literal(c.region)};
  // GEOS: area((∪ group) ∩ region) for each group, then for all groups; the region's area (m²).
  const expected = { byGroup: ${literal(ref.byGroup)}, all: ${literal(ref.all)} }, scale = ${literal(ref.scale)};
  // ${jsts ? `JSTS gives byGroup ${literal(jsts.byGroup)}, all ${literal(jsts.all)}.` : 'JSTS fails on this input.'}
  const r = unionAreasWithin(groups, region);
  if (r === null) return; // left to the overlays: allowed
  r.byGroup.forEach((x, g) => expect(Math.abs(x - expected.byGroup[g]!) / scale, \`group \${g}\`).toBeLessThan(1e-9));
  expect(Math.abs(r.all - expected.all) / scale, 'all').toBeLessThan(1e-9);
});`;
}

/** The campaign, measuring with `measure` (unionAreasWithin; another function to see a defect caught). */
export function edgeAreasCampaign(measure: MeasureEdges = unionAreasWithin): Campaign {
  return {
    name: 'edge-areas',
    title: 'unionAreasWithin (the edge path) against GEOS overlays, per group and all',
    declined: 'left to the overlays (null)',
    checks: [{ name: '|Δ| / region', limit: EDGE_TOLERANCE }],
    families: EDGE_FAMILIES,
    defaultCases: 12000,
    run: async (seed, count) => eachCase('edge-areas', EDGE_FAMILIES, seed, count, (rand, family, label) => {
      const c = edgeCase(rand, family as (typeof EDGE_FAMILIES)[number]);
      if (!c) return null;
      const r = measure(c.groups, c.region);
      if (r === null) return { declined: true, values: [NaN], test: () => edgeTest(label, c, edgeReference(c), jstsEdgeReference(c)) };
      const ref = edgeReference(c);
      return { declined: false, values: [edgeDifference(r, ref)], test: () => edgeTest(label, c, ref, jstsEdgeReference(c)) };
    }),
  };
}
