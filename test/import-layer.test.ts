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
