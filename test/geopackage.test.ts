import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { importFiles, importFilesAsync } from '../src/core/import/import-layer.ts';
import { readGeoPackageGeometry } from '../src/core/import/geopackage.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

const bytes = async (name: string) => new Uint8Array(await readFile(path.join(FIXTURES, 'planner', name)));
const metres = (a: number[], b: number[]) => Math.hypot((a[0]! - b[0]!) * 96486, (a[1]! - b[1]!) * 110852);

// sites-4528.gpkg: written by GDAL 3.6's ogr2ogr from sites.kml's two polygons into EPSG:4528 (test/fixtures/planner/README.md),
// so read back to lon/lat it must land on sites.kml's vertices (to the millimetre: KML's 9 decimals are 0.1 mm).
describe('GeoPackage', () => {
  it('reads the feature table, its EPSG:4528 from gpkg_spatial_ref_sys, GeoPackage binary geometries and the columns', async () => {
    const r = await importFilesAsync({ 'sites-4528.gpkg': await bytes('sites-4528.gpkg') });
    if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.sources).toEqual([{ file: 'sites-4528.gpkg', crs: 'EPSG:4528', encoding: 'utf-8' }]);
    expect(r.collection.features.map((f) => f.properties)).toEqual([{ fid: 1, name: '地块一', 备注: null }, { fid: 2, name: '物流园 A&B', 备注: '两块合计 15000 m²' }]);
    const kml = importFiles({ 'sites.kml': await bytes('sites.kml') });
    if (kml.kind !== 'ok') throw new Error('kml');
    r.collection.features.forEach((f, i) => {
      const got = (f.geometry as MultiPolygon).coordinates.flat(2);
      const want = kml.collection.features[i]!.geometry as Polygon | MultiPolygon;
      const wanted = (want.type === 'Polygon' ? [want.coordinates] : want.coordinates).flat(2);
      expect(got).toHaveLength(wanted.length);
      got.forEach((p, k) => expect(metres(p, wanted[k]!)).toBeLessThan(0.001));
    });
  });

  it('reads ISO WKB with Z behind an envelope, big-endian too, and an empty geometry', () => {
    // GP header: magic, version 0, flags (little-endian, envelope 1: 32 bytes), srs_id 4528, envelope; then WKB Polygon Z (1003).
    const ring = [[0, 0, 5], [10, 0, 5], [10, 10, 5], [0, 0, 5]];
    const blob = new DataView(new ArrayBuffer(8 + 32 + 9 + 4 + ring.length * 24));
    [0x47, 0x50, 0, 0b011].forEach((b, i) => blob.setUint8(i, b));
    blob.setInt32(4, 4528, true);
    let o = 40;
    blob.setUint8(o, 0); blob.setUint32(o + 1, 1003); blob.setUint32(o + 5, 1); blob.setUint32(o + 9, ring.length);
    o += 13;
    for (const p of ring) for (const v of p) { blob.setFloat64(o, v); o += 8; }
    expect(readGeoPackageGeometry(new Uint8Array(blob.buffer))).toEqual({ type: 'Polygon', coordinates: [ring.map((p) => p.slice(0, 2))] });
    expect(readGeoPackageGeometry(new Uint8Array([0x47, 0x50, 0, 0b10001, 0, 0, 0, 0]))).toBeNull();
    expect(() => readGeoPackageGeometry(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow();
  });

  it('says what is wrong: not SQLite; read without the asynchronous step', async () => {
    const junk = await importFilesAsync({ 'x.gpkg': new TextEncoder().encode('not a database at all, just text') });
    expect(junk.kind === 'error' && junk.issues[0]!.code).toBe('gpkg.unreadable');
    const sync = importFiles({ 'x.gpkg': await bytes('sites-4528.gpkg') });
    expect(sync.kind === 'error' && sync.issues.map((i) => i.code)).toEqual(['import.nothing', 'gpkg.notReadHere']);
  });
});
