import { describe, expect, it } from 'vitest';
import { formatDms, parseCoordinates, toZone40 } from '../src/core/geo/coordinates.ts';

// Reference pair from PROJ 9.1.1 (test/crs.test.ts): EPSG:4549 (583850.123, 3323456.789) is
// 120.8692579072°E, 30.0272892131°N; in EPSG:4528 the easting is 40583850.123.
const LON = 120.8692579072;
const LAT = 30.0272892131;

describe('parseCoordinates', () => {
  it('reads decimal degrees in either order', () => {
    expect(parseCoordinates('120.87, 30.03')).toEqual([120.87, 30.03]);
    expect(parseCoordinates('30.03 120.87')).toEqual([120.87, 30.03]);
    expect(parseCoordinates('120.87，30.03')).toEqual([120.87, 30.03]);
  });
  it('reads degrees, minutes and seconds with hemispheres', () => {
    // 120°52′12″ = 120 + 52/60 + 12/3600 = 120.87; 30°01′48″ = 30 + 1/60 + 48/3600 = 30.03.
    const p = parseCoordinates('120°52′12″E 30°01′48″N')!;
    expect(p[0]).toBeCloseTo(120.87, 10);
    expect(p[1]).toBeCloseTo(30.03, 10);
    expect(parseCoordinates('北纬30°01′48″ 东经120°52′12″')![0]).toBeCloseTo(120.87, 10);
  });
  it('reads Gauss-Krüger zone 40 with and without the zone number, within 1 cm of PROJ', () => {
    for (const text of ['40 583850.123 3323456.789', '40583850.123, 3323456.789', '583850.123, 3323456.789']) {
      const p = parseCoordinates(text)!;
      expect(Math.abs(p[0] - LON) * 96_400, text).toBeLessThan(0.01);
      expect(Math.abs(p[1] - LAT) * 110_900, text).toBeLessThan(0.01);
    }
  });
  it('names no point for other text', () => {
    expect(parseCoordinates('曹娥江')).toBeNull();
    expect(parseCoordinates('1 2 3 4')).toBeNull();
    expect(parseCoordinates('200, 300')).toBeNull();
  });
});

describe('formatDms and toZone40', () => {
  it('writes degrees, minutes and seconds', () => {
    expect(formatDms(120.87, 'lon')).toBe('120°52′12.0″E');
    expect(formatDms(30.03, 'lat')).toBe('30°01′48.0″N');
  });
  it('projects to zone 40 within 1 cm of PROJ', () => {
    const [x, y] = toZone40(LON, LAT);
    expect(Math.abs(x - 40583850.123)).toBeLessThan(0.01);
    expect(Math.abs(y - 3323456.789)).toBeLessThan(0.01);
  });
});
