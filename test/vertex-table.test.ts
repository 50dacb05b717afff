import { describe, expect, it } from 'vitest';
import { vertexTable } from '../src/core/site/vertex-table.ts';
import { lineLength } from '../src/core/geo/line-length.ts';

// PROJ 9.1.1 (test/crs.test.ts): 120.8692579072°E 30.0272892131°N is EPSG:4549 (583850.123, 3323456.789).
const LON = 120.8692579072, LAT = 30.0272892131;

describe('vertexTable (界址点坐标表)', () => {
  const ring = [[LON, LAT], [LON + 0.001, LAT], [LON + 0.001, LAT + 0.001], [LON, LAT + 0.001], [LON, LAT]];
  const rows = vertexTable({ type: 'Polygon', coordinates: [ring] });
  it('numbers the points J1… clockwise from the north-westernmost, and closes the ring by repeating J1', () => {
    expect(rows.map((r) => r.point)).toEqual(['J1', 'J2', 'J3', 'J4', 'J1']);
    // The ring was drawn counter-clockwise from the south-west corner: NW, NE, SE, SW.
    expect(rows.map((r) => [r.lon, r.lat])).toEqual([[LON, LAT + 0.001], [LON + 0.001, LAT + 0.001], [LON + 0.001, LAT], [LON, LAT], [LON, LAT + 0.001]]);
    expect(rows.at(-1)!.side).toBeNull();
  });
  it('numbers the same way whichever way round and from whichever corner the ring was drawn', () => {
    const cw = [[LON + 0.001, LAT], [LON, LAT], [LON, LAT + 0.001], [LON + 0.001, LAT + 0.001], [LON + 0.001, LAT]];
    expect(vertexTable({ type: 'Polygon', coordinates: [cw] }).map((r) => [r.point, r.lon, r.lat])).toEqual(rows.map((r) => [r.point, r.lon, r.lat]));
  });
  it('keeps a survey\'s own numbering (点号) in its order', () => {
    const t = vertexTable({ type: 'Polygon', coordinates: [ring] }, [[['1', '2', '3', '4']]]);
    expect(t.map((r) => [r.point, r.lon, r.lat])).toEqual([['1', LON, LAT], ['2', LON + 0.001, LAT], ['3', LON + 0.001, LAT + 0.001], ['4', LON, LAT + 0.001], ['1', LON, LAT]]);
  });
  it('gives X = northing and Y = easting with zone number 40, to 0.001 m (PROJ’s values)', () => {
    const sw = rows[3]!;
    expect([sw.lon, sw.lat]).toEqual([LON, LAT]);
    expect(Math.abs(sw.x - 3323456.789)).toBeLessThanOrEqual(0.002);
    expect(Math.abs(sw.y - 40583850.123)).toBeLessThanOrEqual(0.002);
    expect(rows.every((r) => Math.round(r.x * 1000) === r.x * 1000 || Number.isInteger(Math.round(r.x * 1000)))).toBe(true);
    // J2 is east of J1 by 0.001°: Y grows by the side's length, and X too by side × sin γ, γ the
    // meridian convergence 0.87° east of the central meridian at 30°N: atan(tan 0.8693° × sin 30.03°) = 0.4353°.
    const side = rows[0]!.side!;
    const gamma = Math.atan(Math.tan(((LON - 120) * Math.PI) / 180) * Math.sin((LAT * Math.PI) / 180));
    expect(Math.abs(Math.hypot(rows[1]!.y - rows[0]!.y, rows[1]!.x - rows[0]!.x) - side)).toBeLessThan(0.05); // GK scale ≈ 1.0001 here
    expect(Math.abs(rows[1]!.x - rows[0]!.x - side * Math.sin(gamma))).toBeLessThan(0.01);
  });
  it('gives geodesic side lengths that add up to the perimeter', () => {
    const sides = rows.reduce((s, r) => s + (r.side ?? 0), 0);
    expect(Math.abs(sides - lineLength(ring))).toBeLessThan(1e-6);
  });
  it('numbers holes and further parts on, each ring closed on its own first point', () => {
    const hole = [[LON + 0.0002, LAT + 0.0002], [LON + 0.0002, LAT + 0.0004], [LON + 0.0004, LAT + 0.0004], [LON + 0.0002, LAT + 0.0002]];
    const t = vertexTable({ type: 'MultiPolygon', coordinates: [[ring, hole], [ring]] });
    expect(t.map((r) => `${r.part}.${r.ring}:${r.point}`)).toEqual([
      '1.1:J1', '1.1:J2', '1.1:J3', '1.1:J4', '1.1:J1', '1.2:J5', '1.2:J6', '1.2:J7', '1.2:J5', '2.1:J8', '2.1:J9', '2.1:J10', '2.1:J11', '2.1:J8',
    ]);
  });
});
