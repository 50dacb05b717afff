import { describe, expect, it } from 'vitest';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import SnapIfNeededOverlayOp from 'jsts/org/locationtech/jts/operation/overlay/snap/SnapIfNeededOverlayOp.js';
import { cascadedUnion, hilbertIndex } from '../src/core/geo/jts-cascade.ts';
import { rect } from './helpers/shapes.ts';

const reader = new GeoJSONReader(new GeometryFactory());

describe('hilbertIndex', () => {
  it('visits the four quadrants in the curve order: lower left, upper left, upper right, lower right', () => {
    const q = (x: number, y: number) => hilbertIndex(x * 40000, y * 40000);
    expect(q(0, 0)).toBeLessThan(q(0, 1));
    expect(q(0, 1)).toBeLessThan(q(1, 1));
    expect(q(1, 1)).toBeLessThan(q(1, 0));
  });
});

describe('cascadedUnion', () => {
  it('unions a row of overlapping unit squares given in scrambled order', () => {
    // Squares [i, i + 1.5] × [0, 1] for i = 0…9: together [0, 10.5] × [0, 1], planar area 10.5.
    const order = [7, 2, 9, 0, 4, 1, 8, 3, 6, 5];
    const u = cascadedUnion(order.map((i) => reader.read(rect(i, 0, i + 1.5, 1))))!;
    expect(u.getArea()).toBeCloseTo(10.5, 12);
    expect(u.getNumGeometries()).toBe(1);
  });
  it('keeps disjoint pieces apart and gives null for nothing', () => {
    const u = cascadedUnion([reader.read(rect(0, 0, 1, 1)), reader.read(rect(5, 5, 6, 6)), reader.read(rect(0.5, 0.5, 2, 2))])!;
    expect(u.getNumGeometries()).toBe(2);
    expect(u.getArea()).toBeCloseTo(1 + 1 + 2.25 - 0.25, 12);
    expect(cascadedUnion([])).toBeNull();
  });
});

describe('cascadedUnion by groups of touching boxes', () => {
  it('gives the rings one overlay of everything gives: overlapping and touching squares merged, lone ones as they are', () => {
    // Two overlapping squares, two sharing an edge (with a T-junction: (3, 0.5) lies on the other's edge), two apart.
    const shapes = [rect(0, 0, 1, 1), rect(0.5, 0.5, 1.5, 1.5), rect(3, 0, 4, 1), rect(4, 0.5, 5, 1.5), rect(10, 10, 11, 11), rect(20, 0, 21, 2)];
    const geoms = shapes.map((s) => reader.read(s));
    const grouped = cascadedUnion(geoms)!;
    let whole = geoms[0]!;
    for (const g of geoms.slice(1)) whole = SnapIfNeededOverlayOp.union(whole, g);
    expect(grouped.getNumGeometries()).toBe(whole.getNumGeometries());
    // The same polygons with the same vertices (the T-junction node included), up to where each ring starts.
    const key = (g: typeof whole) => Array.from({ length: g.getNumGeometries() }, (_, k) => g.getGeometryN(k).getCoordinates().map((c: { x: number; y: number }) => `${c.x},${c.y}`)).map((vs) => [...new Set(vs)].sort().join(' ')).sort();
    expect(key(grouped)).toEqual(key(whole));
    expect(key(grouped).some((k) => k.includes('4,0.5') && k.includes('4,1'))).toBe(true);
    expect(grouped.getArea()).toBeCloseTo(1 + 1 - 0.25 + 2 + 1 + 2, 12);
  });
});
