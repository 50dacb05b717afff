import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import type { Polygon, Position } from 'geojson';
import { gaussKrugerPlaneArea, planePolygonArea, shoelaceArea, threeDegreeZone } from '../src/core/geo/plane-area.ts';

// Independent of the code under test: proj4 itself (EPSG:4528's definition written out) and a shoelace here.
const ZONE40 = '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=40500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const LONLAT = '+proj=longlat +ellps=GRS80 +no_defs';
const toLonLat = (p: Position) => proj4(ZONE40, LONLAT).forward([p[0]!, p[1]!]);
const toPlane = (p: Position, def = ZONE40) => proj4(LONLAT, def).forward([p[0]!, p[1]!]);
/** Shoelace over a closed ring, about its first vertex (eastings of 40 million would otherwise lose centimetres). */
function shoelace(ring: Position[]): number {
  const [x0, y0] = ring[0] as [number, number];
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += (ring[i]![0]! - x0) * (ring[i + 1]![1]! - y0) - (ring[i + 1]![0]! - x0) * (ring[i]![1]! - y0);
  return Math.abs(s) / 2;
}
const square = (x: number, y: number, side: number): Position[] => [[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]];

describe('threeDegreeZone', () => {
  it('is round(lon / 3): zone 40 around 120°E, 39 west of 118.5°E', () => {
    expect(threeDegreeZone(120.87)).toBe(40);
    expect(threeDegreeZone(118.6)).toBe(40);
    expect(threeDegreeZone(118.4)).toBe(39);
    expect(threeDegreeZone(121.4)).toBe(40);
    expect(threeDegreeZone(121.6)).toBe(41);
  });
});

describe('gaussKrugerPlaneArea', () => {
  it('gives a 100 m × 100 m square of EPSG:4528, converted to lon/lat, back as 10,000 m²', () => {
    const ring = square(40500000, 3320000, 100).map(toLonLat);
    expect(gaussKrugerPlaneArea({ type: 'Polygon', coordinates: [ring] })).toBeCloseTo(10000, 6);
  });
  it('subtracts holes and adds parts (a 200 m square with a 50 m hole, and a 30 m square), 60 km east of the meridian', () => {
    const outer = square(40560000, 3321000, 200).map(toLonLat);
    const hole = square(40560050, 3321050, 50).reverse().map(toLonLat);
    const other = square(40561000, 3321000, 30).map(toLonLat);
    expect(gaussKrugerPlaneArea({ type: 'MultiPolygon', coordinates: [[outer, hole], [other]] })).toBeCloseTo(40000 - 2500 + 900, 5);
  });
  it('equals proj4 + a shoelace for an irregular lon/lat site, in its own zone and in a zone given', () => {
    const ring: Position[] = [[120.86, 30.02], [120.875, 30.021], [120.881, 30.034], [120.868, 30.041], [120.855, 30.03], [120.86, 30.02]];
    const site: Polygon = { type: 'Polygon', coordinates: [ring] };
    // To 0.1 mm²: proj4 adds the false easting of 40,500,000 m, whose last bits (7e-9 m) the comparison inherits.
    expect(gaussKrugerPlaneArea(site)).toBeCloseTo(shoelace(ring.map((p) => toPlane(p))), 4);
    const zone41 = '+proj=tmerc +lat_0=0 +lon_0=123 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
    expect(gaussKrugerPlaneArea(site, 41)).toBeCloseTo(shoelace(ring.map((p) => toPlane(p, zone41))), 6);
    // 83 km from the central meridian the plane area is larger than in the site's own zone, by the scale squared.
    expect(gaussKrugerPlaneArea(site, 41) / gaussKrugerPlaneArea(site)).toBeGreaterThan(1.0004);
  });
  it('is 0 for an empty polygon', () => {
    expect(gaussKrugerPlaneArea({ type: 'Polygon', coordinates: [] })).toBe(0);
  });
});

describe('shoelaceArea and planePolygonArea', () => {
  it('take plane coordinates with or without the closing point, in either direction, without losing digits to the zone number', () => {
    expect(shoelaceArea([[40500000.001, 3320000], [40500000.001, 3320000.5], [40500000.201, 3320000.5]])).toBeCloseTo(0.05, 7);
    expect(shoelaceArea(square(0, 0, 10).reverse())).toBe(100);
    expect(planePolygonArea({ type: 'Polygon', coordinates: [square(0, 0, 10), square(2, 2, 1)] })).toBe(99);
  });
});
