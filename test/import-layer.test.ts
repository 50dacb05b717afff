import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { importFiles } from '../src/core/import/import-layer.ts';
import { dbfEncoding } from '../src/core/import/shapefile.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

const bytes = async (name: string) => new Uint8Array(await readFile(path.join(FIXTURES, 'import', name)));
const source = JSON.parse(await readFile(path.join(FIXTURES, 'import', 'sites.geojson'), 'utf8')) as { features: { properties: Record<string, string>; geometry: { coordinates: Position[][] } }[] };

/** Largest distance in metres between corresponding vertices. */
function maxOffset(a: Position[][], b: Position[][]): number {
  let worst = 0;
  a[0]!.forEach((p, i) => {
    const q = b[0]![i]!;
    worst = Math.max(worst, Math.hypot((p[0]! - q[0]!) * 96486, (p[1]! - q[1]!) * 110852));
  });
  return worst;
}

// The zips were written by GDAL's ogr2ogr from sites.geojson (lon/lat) into EPSG:4549 and EPSG:4528 with
// GBK attributes (see test/fixtures/README.md), so the imported coordinates must return to those of sites.geojson.
describe('importing zipped shapefiles', () => {
  it('reads GBK attributes and the .prj, and reprojects EPSG:4549 to lon/lat within a millimetre', async () => {
    const r = importFiles({ 'sites.zip': await bytes('sites-4549-gbk.zip') });
    if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.sources).toEqual([{ file: 'sites.shp', crs: 'EPSG:4549', encoding: 'GBK' }]);
    expect(r.collection.features.map((f) => f.properties)).toEqual(source.features.map((f) => f.properties));
    r.collection.features.forEach((f, i) => {
      // ogr2ogr writes the shapefile ring clockwise; compare as a set of vertices.
      const got = (f.geometry as { coordinates: Position[][] }).coordinates;
      const want = source.features[i]!.geometry.coordinates;
      const sorted = (c: Position[][]) => [[...c[0]!].sort((p, q) => p[0]! - q[0]! || p[1]! - q[1]!)];
      expect(maxOffset(sorted(got), sorted(want))).toBeLessThan(0.001);
    });
  });
  it('detects GBK without a .cpg', async () => {
    const r = importFiles({ 'sites.zip': await bytes('sites-4549-nocpg.zip') });
    if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.sources[0]!.encoding).toBe('gbk');
    expect(r.collection.features[0]!.properties['项目名称']).toBe('东部工业园扩区');
  });
  it('reads a zone-numbered Gauss-Krüger zone (EPSG:4528)', async () => {
    const r = importFiles({ 'z.zip': await bytes('sites-4528-zone40.zip') });
    if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.sources[0]!.crs).toBe('EPSG:4528');
    expect(r.collection.features[1]!.properties['项目名称']).toBe('北部物流园');
  });
  it('asks which system when there is no .prj, offering the likely ones, then uses the choice', async () => {
    const zip = await bytes('sites-4549-noprj.zip');
    const r = importFiles({ 'sites.zip': zip });
    expect(r.kind).toBe('needs-crs');
    if (r.kind !== 'needs-crs') return;
    expect(r.candidates[0]!.crs.code).toBe('EPSG:4549');
    const again = importFiles({ 'sites.zip': zip }, 'EPSG:4549');
    expect(again.kind).toBe('ok');
  });
  it('accepts loose .shp/.dbf/.prj/.cpg files and GeoJSON', async () => {
    const { unzipSync } = await import('fflate');
    const files = unzipSync(await bytes('sites-4549-gbk.zip'));
    expect(importFiles(files).kind).toBe('ok');
    const gj = importFiles({ 'sites.geojson': await bytes('sites.geojson') });
    expect(gj.kind === 'ok' && gj.collection.features.length).toBe(2);
  });
  it('says what is wrong with unusable files', () => {
    const notZip = importFiles({ 'a.zip': new Uint8Array([1, 2, 3]) });
    expect(notZip.kind === 'error' && notZip.issues[0]!.message).toMatch(/is not a readable zip archive/);
    const nothing = importFiles({ 'notes.txt': new TextEncoder().encode('hello') });
    expect(nothing.kind === 'error' && nothing.issues[0]!.message).toMatch(/contains no shapefile/);
    const badCrs = importFiles({ 'x.geojson': new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:2385' } }, features: [] })) });
    expect(badCrs.kind === 'error' && badCrs.issues[0]!.message).toMatch(/EPSG:2385, which this app cannot convert/);
  });
  it('decodes UTF-8 .dbf text as UTF-8', () => {
    const header = new Uint8Array(32); header[8] = 32;
    const body = new TextEncoder().encode(' 东部工业园');
    const dbf = new Uint8Array([...header, ...body]);
    expect(dbfEncoding(dbf)).toBe('utf-8');
    expect(dbfEncoding(dbf, '936')).toBe('936');
  });
});

describe('defects of agency files, each with a message that says exactly that', async () => {
  const { unzipSync, zipSync } = await import('fflate');
  const parts = unzipSync(await bytes('sites-4549-gbk.zip'));
  const name = (ext: string) => Object.keys(parts).find((k) => k.toLowerCase().endsWith(ext))!;
  const shp = parts[name('.shp')]!;
  const dbf = parts[name('.dbf')]!;
  const message = (r: ReturnType<typeof importFiles>) => (r.kind === 'error' ? r.issues[0]!.message : `not an error: ${r.kind}`);

  it('a truncated .shp', () => {
    const r = importFiles({ ...parts, [name('.shp')]: shp.subarray(0, shp.length - 20) });
    expect(message(r)).toBe(`is truncated: its header says ${shp.length} bytes, the file has ${shp.length - 20}; the last shapes are missing`);
    expect(message(importFiles({ ...parts, [name('.shp')]: shp.subarray(0, 50) }))).toMatch(/is too short to be a shapefile \(50 bytes/);
  });
  it('a .dbf whose record count differs from the .shp', () => {
    const other = dbf.slice();
    new DataView(other.buffer).setUint32(4, 3, true);
    expect(message(importFiles({ ...parts, [name('.dbf')]: other }))).toBe('has 2 shapes but its .dbf has 3 records, so attributes cannot be matched to shapes');
  });
  it('an unreadable .prj, and one in an old Chinese datum', () => {
    expect(message(importFiles({ ...parts, [name('.prj')]: new TextEncoder().encode('hello') }))).toMatch(/has a \.prj that is not a coordinate-system definition/);
    const xian80 = 'PROJCS["Xian_1980_3_Degree_GK_CM_120E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    expect(message(importFiles({ ...parts, [name('.prj')]: new TextEncoder().encode(xian80) }))).toMatch(/old Chinese datum \(Beijing 1954 or Xian 1980\)/);
  });
  it('a zip entry that unpacks beyond the limit is refused before it is inflated', () => {
    // 2 MB of zeros compress to about 2 kB.
    const bomb = zipSync({ 'big.shp': new Uint8Array(2_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    const r = importFiles({ 'bomb.zip': bomb }, undefined, { maxEntryBytes: 1_048_576 });
    expect(message(r)).toBe('is refused: big.shp unpacks to 2 MiB, more than the limit of 1 MiB per file (4 MiB in all)');
  });
  it('coordinates that do not fit the declared system, and swapped axes', () => {
    const layer = (coords: number[][], crs?: string) => new TextEncoder().encode(JSON.stringify({
      type: 'FeatureCollection', ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [coords] } }],
    }));
    // Lon/lat declared as EPSG:4549 (metres).
    expect(message(importFiles({ 'a.geojson': layer([[120.8, 30], [120.9, 30], [120.9, 30.1], [120.8, 30]], 'EPSG:4549') })))
      .toBe('declares EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E), but has coordinates like (120.8, 30) that do not fit that system');
    // Zone-numbered eastings (40 500 000) declared as the zone-less EPSG:4549.
    expect(message(importFiles({ 'b.geojson': layer([[40512000, 3320000], [40513000, 3320000], [40513000, 3321000], [40512000, 3320000]], 'EPSG:4549') }))).toMatch(/do not fit that system/);
    // [lat, lon] written instead of [lon, lat].
    expect(message(importFiles({ 'c.geojson': layer([[30, 120.8], [30, 120.9], [30.1, 120.9], [30, 120.8]]) }))).toMatch(/latitude beyond ±90, so the axes look swapped/);
  });
  it('a crs member naming a Gauss-Krüger zone is converted, with a warning saying from what', () => {
    // (500000, 3320000) in EPSG:4549 lies on the central meridian 120°E.
    const gj = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4549' } }, features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [500000, 3320000] } }] }));
    const r = importFiles({ 'p.geojson': gj });
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect((r.collection.features[0]!.geometry as { coordinates: number[] }).coordinates[0]).toBeCloseTo(120, 9);
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'warning', message: 'was converted from EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E) to longitude/latitude' })]);
  });
});
