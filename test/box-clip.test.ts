import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import { boxClipper } from '../src/core/geo/box-clip.ts';
import type { Box } from '../src/core/geo/box-clip.ts';
import { asMultiPolygon, intersectValid, multiArea, unionOf } from '../src/core/geo/clip.ts';
import { loadValid } from './helpers/load-fixture.ts';
import { rect } from './helpers/shapes.ts';

const reader = new GeoJSONReader(new GeometryFactory());
const valid = (g: MultiPolygon) => new IsValidOp(reader.read(g)).isValid();
const planar = (g: MultiPolygon) => reader.read(g).getArea();
const multi = (...ps: Polygon[]): MultiPolygon => ({ type: 'MultiPolygon', coordinates: ps.map((p) => p.coordinates) });
const box = (w: number, s: number, e: number, n: number): MultiPolygon => multi(rect(w, s, e, n));

describe('boxClipper, computed by hand', () => {
  it('cuts a square to a box over its corner, joining the pieces along the box’s border', () => {
    const cut = boxClipper(multi(rect(0, 0, 2, 2)))([1, -1, 3, 1])!;
    expect(cut.coordinates).toHaveLength(1);
    expect(planar(cut)).toBeCloseTo(1, 14);
    expect(new Set(cut.coordinates[0]![0]!.map((p) => p.join(',')))).toEqual(new Set(['1,0', '2,0', '2,1', '1,1']));
  });
  it('gives the whole box inside a polygon (with a hole wholly inside the box), nothing inside its hole, and a ring wholly inside as it is', () => {
    const holed: Polygon = { type: 'Polygon', coordinates: [rect(0, 0, 10, 10).coordinates[0]!, [[4, 4], [4, 6], [6, 6], [6, 4], [4, 4]]] };
    const around = boxClipper(multi(holed))([3, 3, 7, 7])!;
    expect(planar(around)).toBeCloseTo(16 - 4, 12);
    expect(valid(around)).toBe(true);
    expect(boxClipper(multi(holed))([4.5, 4.5, 5.5, 5.5])!.coordinates).toEqual([]);
    expect(boxClipper(multi(rect(0, 0, 1, 1)))([-1, -1, 2, 2])!.coordinates).toHaveLength(1);
    expect(boxClipper(multi(rect(0, 0, 1, 1)))([5, 5, 6, 6])!.coordinates).toEqual([]);
  });
  it('splits a U-shape crossing the box twice into two pieces, and refuses a box through a vertex', () => {
    const u: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] };
    const cut = boxClipper(multi(u))([-0.5, 2, 3.5, 4])!;
    expect(cut.coordinates).toHaveLength(2);
    expect(planar(cut)).toBeCloseTo(2, 12);
    expect(boxClipper(multi(u))([1, 2, 3.5, 4])).toBeNull();
  });
});

describe('boxClipper against JTS on a real boundary', async () => {
  // The sample's boundary: 1,471 vertices of a real coastline and river edge.
  const d = await loadValid('../../data');
  const boundary = asMultiPolygon(unionOf(d.layers.boundary!.features.map((f) => f.geometry)));
  const clip = boxClipper(boundary);
  const [W, S, E, N] = [120.65, 29.73, 121.11, 30.28];
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const boxes: Box[] = Array.from({ length: 200 }, () => {
    const x = W + rnd() * (E - W), y = S + rnd() * (N - S), dx = 0.002 + rnd() * 0.08, dy = 0.002 + rnd() * 0.08;
    return [x - dx, y - dy, x + dx, y + dy];
  });
  it('gives a valid polygon of the same area as JTS’s overlay with the box, for 200 boxes', () => {
    let crossing = 0;
    for (const b of boxes) {
      const mine = clip(b);
      if (!mine) continue;
      const jts = asMultiPolygon(intersectValid(boundary, box(...b)));
      expect(valid(mine), `box ${b.join(',')}`).toBe(true);
      expect(Math.abs(planar(mine) - planar(jts)), `box ${b.join(',')}`).toBeLessThan(1e-13);
      if (planar(jts) > 0 && planar(jts) < planar(box(...b)) - 1e-12) crossing++;
    }
    expect(crossing).toBeGreaterThan(20);
  });
  it('cut to a box a tenth larger than a polygon, gives that polygon’s part inside the boundary with the same ellipsoidal area as the whole boundary does', () => {
    for (const b of boxes.slice(0, 80)) {
      const p = box(...b);
      const dx = (b[2] - b[0]) * 0.1 + 1e-6, dy = (b[3] - b[1]) * 0.1 + 1e-6;
      const near = clip([b[0] - dx, b[1] - dy, b[2] + dx, b[3] + dy]);
      if (!near) continue;
      const whole = multiArea(intersectValid(p, boundary));
      const local = multiArea(intersectValid(p, near));
      expect(Math.abs(local - whole), `box ${b.join(',')}`).toBeLessThanOrEqual(1e-9 * Math.max(1, whole));
    }
  });
});

describe('boxClipper on the cases a review found (each: null, for the caller to take another box, or JTS’s area, valid)', () => {
  const agrees = (mp: MultiPolygon, b: Box) => {
    const mine = boxClipper(mp)(b);
    if (mine === null) return 'another box';
    const jts = planar(asMultiPolygon(intersectValid(mp, box(...b))));
    expect(valid(mine), JSON.stringify(mine.coordinates)).toBe(true);
    expect(Math.abs(planar(mine) - jts), `${planar(mine)} against ${jts}`).toBeLessThanOrEqual(1e-12 * Math.max(1e-12, jts, planar(box(...b))));
    return planar(mine);
  };
  const poly = (...rings: number[][][]): MultiPolygon => ({ type: 'MultiPolygon', coordinates: [rings] });
  it('keeps a hole that touches its outer ring (as JTS’s overlays write it) in that polygon', () => {
    const square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    expect(agrees(poly(square, [[10, 5], [8, 6], [8, 4], [10, 5]]), [-1, -1, 11, 11])).toBeCloseTo(98, 12);
    expect(agrees(poly(square, [[10, 5], [8, 6], [8, 4], [10, 5]]), [5.5, 3.5, 11, 6.5])).toBeCloseTo(11.5, 12);
    expect(agrees(poly(square, [[5, 10], [4, 8], [6, 8], [5, 10]]), [-1, -1, 11, 11])).toBeCloseTo(98, 12);
    const islandTouching: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square, [[2, 5], [2, 8], [8, 8], [8, 2], [2, 2], [2, 5]]], [[[2, 5], [4, 4], [4, 6], [2, 5]]]] };
    for (const b of [[-1, -1, 11, 11], [1, 1, 9, 9], [1, 1, 9, 11]] as Box[]) agrees(islandTouching, b);
  });
  it('asks for another box when crossings on its border are too close to order (spikes, notches, corners)', () => {
    agrees(poly([[0, -1e-17], [1, 1], [-1, 1], [0, -1e-17]]), [-0.5, 0, 0.5, 0.8]);
    agrees(poly([[-2, -2], [2, -2], [2, 1], [1, 1], [0, -1e-17], [-1, 1], [-2, 1], [-2, -2]]), [-0.5, 0, 0.5, 0.8]);
    agrees(poly([[120.5, 29.9], [120.9, 29.9], [120.9, 30.3], [120.5, 30.3], [120.5, 29.9]], [[120.70256677011064, 30.105319405396866], [120.70256686954149, 30.105319405396866], [120.70256681982606, 30.101999999789655], [120.70256677011064, 30.105319405396866]]), [120.701, 30.102, 120.707, 30.109]);
    agrees(poly([[-0.9999999999999999, 1], [1, -0.9999999999999999], [10, 10], [-0.9999999999999999, 1]]), [0, 0, 0.5, 0.5]);
  });
  it('reads the direction of a sliver of 1e-18 deg² at longitude 120, and whether a box’s corner on an edge is inside', () => {
    agrees(poly([[120.70729549748357, 30.14348086011596], [120.7078470259958, 30.143530143376786], [120.70757126173969, 30.143505501746386], [120.70729549748357, 30.14348086011596]]), [120.70712937966826, 30.143499094922465, 120.70801314381112, 30.1436962611921]);
    expect(agrees(poly([[1.7717180316125167, -0.8978883471380743], [-1.5717180316125166, 1.2978883471380742], [2.8447208678451856, 4.379295079031292], [1.7717180316125167, -0.8978883471380743]]), [0.1, 0.2, 0.7, 0.9])).toBeCloseTo(0.42, 12);
  });
  it('splits a ring that passes a vertex twice (a hole touching the outer ring), so the result is valid', () => {
    const shell = [[1, 3], [0, 3], [0, 1], [0, 0], [4, 0], [4, 1], [4, 4], [3, 4], [1, 4], [1, 3]];
    const hole = [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]];
    expect(agrees(poly(shell, hole), [-1, 2, 2.5, 5])).toBeCloseTo(2.5, 12);
  });
});
