import { describe, expect, it } from 'vitest';
import { crsByCode, crsFromWkt, toLonLat } from '../src/core/import/crs.ts';
import { guessCrs } from '../src/core/import/guess-crs.ts';

/** Distance in metres between two nearby lon/lat points (local ellipsoidal scale at 30° N). */
function metres(a: readonly number[], b: readonly number[]): number {
  const lat = (a[1]! * Math.PI) / 180;
  return Math.hypot((a[0]! - b[0]!) * 111412.88 * Math.cos(lat), (a[1]! - b[1]!) * (111132.95 - 559.85 * Math.cos(2 * lat)));
}

// Reference values: PROJ 9.1.1's own output, e.g. `echo "3323456.789 583850.123" | cs2cs -d 10 EPSG:4549 EPSG:4490`
// (EPSG axis order: northing easting in, latitude longitude out).
const CASES: [string, number, number, number, number][] = [
  ['EPSG:4549', 500000, 3300000, 120.0, 29.8185545174],
  ['EPSG:4549', 583850.123, 3323456.789, 120.8692579072, 30.0272892131],
  ['EPSG:4549', 455000, 3270000, 119.5357088017, 29.5471003304],
  ['EPSG:4528', 40583850.123, 3323456.789, 120.8692579072, 30.0272892131],
  ['EPSG:4499', 21383850.5, 3323456.789, 121.7959539616, 30.0246513892],
  ['EPSG:4510', 383850.5, 3323456.789, 121.7959539616, 30.0246513892],
  ['EPSG:3857', 13455000, 3505000, 120.8683214783, 30.0112810521],
];

describe('coordinate systems', () => {
  it.each(CASES)('%s (%d, %d) → lon/lat within 1 cm of PROJ', (code, x, y, lon, lat) => {
    const p = toLonLat(crsByCode(code)!)([x, y]);
    expect(metres(p, [lon, lat])).toBeLessThan(0.01);
  });
  it('knows all CGCS2000 Gauss-Krüger zones, with and without zone prefix, and the geographic systems', () => {
    for (let c = 4491; c <= 4554; c++) expect(crsByCode(c), String(c)).not.toBeNull();
    expect(crsByCode('urn:ogc:def:crs:EPSG::4490')?.geographic).toBe(true);
    expect(crsByCode('urn:ogc:def:crs:OGC:1.3:CRS84')?.code).toBe('EPSG:4326');
    expect(crsByCode('EPSG:2385')).toBeNull();
  });
  it('recognises ESRI .prj text by its parameters', () => {
    const prj = 'PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    expect(crsFromWkt(prj)?.code).toBe('EPSG:4549');
    expect(crsFromWkt(prj.replace('500000.0', '40500000.0'))?.code).toBe('EPSG:4528');
    expect(crsFromWkt('GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]')?.code).toBe('EPSG:4490');
    expect(crsFromWkt('PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984"],PROJECTION["Mercator_Auxiliary_Sphere"]]')?.code).toBe('EPSG:3857');
    expect(crsFromWkt('PROJCS["Beijing_1954_3_Degree_GK_CM_120E",GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["Central_Meridian",120.0]]')).toBeNull();
  });
});

describe('guessing the system of projected coordinates without one', () => {
  it('offers CM 120° E first for Gauss-Krüger eastings near Shangyu', () => {
    const c = guessCrs(595573.77, 3312499.61);
    expect(c[0]!.crs.code).toBe('EPSG:4549');
    expect(metres(c[0]!.lands, [120.9898, 29.9276])).toBeLessThan(1);
    expect(c.map((x) => x.crs.code)).toContain('EPSG:4548');
  });
  it('reads the zone from an easting with a zone number', () => {
    expect(guessCrs(40595573.77, 3312499.61)[0]!.crs.code).toBe('EPSG:4528');
    expect(guessCrs(21383850.5, 3323456.789)[0]!.crs.code).toBe('EPSG:4499');
  });
  it('offers Web Mercator when it lands in China', () => {
    expect(guessCrs(13455000, 3505000).map((x) => x.crs.code)).toContain('EPSG:3857');
  });
});
