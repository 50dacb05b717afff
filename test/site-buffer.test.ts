import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { siteBuffer } from '../src/core/site/site-buffer.ts';
import { geometryArea } from '../src/core/geo/ellipsoidal-area.ts';
import { lineLength } from '../src/core/geo/line-length.ts';
import { rect } from './helpers/shapes.ts';

describe('siteBuffer', () => {
  const site = rect(120.5, 30, 120.501, 30.001); // about 96 m × 111 m
  const area = geometryArea(site);
  const perimeter = lineLength(site.coordinates[0]!);
  // A convex polygon buffered by d gains its perimeter × d plus the corners' arcs, which with 8
  // segments a quarter circle (JTS, ST_Buffer) make an inscribed 32-gon: 16 d² sin(2π/32).
  const corners = (d: number) => 16 * d * d * Math.sin((2 * Math.PI) / 32);

  it('grows a site by ellipsoidal metres: A + P·d + 32-gon', () => {
    const g = siteBuffer(site, 10)!;
    expect(g.type).toBe('Polygon');
    expect(Math.abs(geometryArea(g) - (area + perimeter * 10 + corners(10)))).toBeLessThan(0.5);
    const g200 = siteBuffer(site, 200)!;
    expect(Math.abs(geometryArea(g200) - (area + perimeter * 200 + corners(200))) / geometryArea(g200)).toBeLessThan(1e-4);
  });
  it('shrinks with a negative distance (each side moves in by d), and gives null when nothing is left', () => {
    const g = siteBuffer(site, -10) as Polygon;
    // The inner rectangle: (w − 2d)(h − 2d), from the sides' lengths.
    const w = lineLength([site.coordinates[0]![0]!, site.coordinates[0]![1]!]);
    const h = lineLength([site.coordinates[0]![1]!, site.coordinates[0]![2]!]);
    expect(Math.abs(geometryArea(g) - (w - 20) * (h - 20))).toBeLessThan(1);
    expect(siteBuffer(site, -80)).toBeNull();
  });
  it('joins two sites that the buffer makes touch into one polygon', () => {
    const two = { type: 'MultiPolygon' as const, coordinates: [rect(120.5, 30, 120.501, 30.001).coordinates, rect(120.5012, 30, 120.5022, 30.001).coordinates] };
    expect(siteBuffer(two, 1)!.type).toBe('MultiPolygon'); // ~19 m apart
    expect(siteBuffer(two, 15)!.type).toBe('Polygon');
  });
});
