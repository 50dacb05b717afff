import { readFile } from 'node:fs/promises';
import path from 'node:path';
import proj4 from 'proj4';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { importFiles } from '../src/core/import/import-layer.ts';
import { parcelTxt } from '../src/core/export/parcel-txt.ts';
import { siteDxf } from '../src/core/export/dxf.ts';
import { siteShapefile } from '../src/core/export/shapefile.ts';
import { siteGeoJson } from '../src/core/export/geojson.ts';
import { encodeGbk } from '../src/core/export/gbk.ts';
import { gaussKrugerPlaneArea } from '../src/core/geo/plane-area.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

type Site = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
const ZONE40 = '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=40500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const toPlane = (p: Position): Position => proj4('+proj=longlat +ellps=GRS80 +no_defs', ZONE40).forward([p[0]!, p[1]!]);
const rings = (s: Site) => (s.geometry.type === 'Polygon' ? [s.geometry.coordinates] : s.geometry.coordinates).flat();

/** Largest distance (m, zone 40 plane by proj4) from a vertex of either site to the nearest vertex of the other, and the vertex counts equal. */
function vertexOffset(a: Site, b: Site): number {
  const pa = rings(a).map((r) => r.map(toPlane)), pb = rings(b).map((r) => r.map(toPlane));
  expect(pa.map((r) => r.length)).toEqual(pb.map((r) => r.length));
  const far = (xs: Position[][], ys: Position[][]) => Math.max(...xs.flat().map((p) => Math.min(...ys.flat().map((q) => Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!)))));
  return Math.max(far(pa, pb), far(pb, pa));
}

const original = async (): Promise<Site[]> => {
  const r = importFiles({ 'two-parcels-gbk.txt': new Uint8Array(await readFile(path.join(FIXTURES, 'planner', 'two-parcels-gbk.txt'))) });
  if (r.kind !== 'ok') throw new Error('fixture not read');
  return r.collection.features as Site[];
};
const ok = (r: ReturnType<typeof importFiles>) => { if (r.kind !== 'ok') throw new Error(JSON.stringify(r)); return r; };

// The sites of two-parcels-gbk.txt (地块一 with a hole, 地块二; test/fixtures/planner/README.md) through each export and
// back through the project's own importer: the same vertices to 1 mm in zone 40 and the same plane areas.
describe('site exports read back by the importer', () => {
  it('部标 TXT (GBK): same vertices, 点号, names, codes; 地块面积 the coordinates\' plane area', async () => {
    const sites = await original();
    const out = parcelTxt(sites, { date: '2026-12-07', producer: '上虞区' });
    expect(out.warnings).toEqual([]);
    const text = new TextDecoder('gbk').decode(out.bytes);
    expect(text).toMatch(/^\[属性描述\]\r\n格式版本号=1\.01版本\r\n数据产生单位=上虞区\r\n数据产生日期=2026-12-07\r\n坐标系=2000国家大地坐标系\r\n/);
    expect(text).toContain('\r\n11,2.8800,D01,地块一,面,H51G013045,建设用地,0601,@\r\nJ1,1,3323550.000,40583800.000\r\n');
    const back = ok(importFiles({ 'out.txt': out.bytes }));
    expect(back.sources[0]!.crs).toBe('EPSG:4528');
    expect(back.issues.map((i) => i.code)).toEqual(['crs.converted']);
    back.collection.features.forEach((f, i) => {
      expect(vertexOffset(f as Site, sites[i]!)).toBeLessThan(0.001);
      expect(f.properties).toMatchObject({ name: sites[i]!.properties.name, code: sites[i]!.properties.code, pointNames: sites[i]!.properties.pointNames });
      expect(gaussKrugerPlaneArea((f as Site).geometry)).toBeCloseTo(gaussKrugerPlaneArea(sites[i]!.geometry), 3);
    });
    expect(back.collection.features.map((f) => f.properties.declaredAreaM2)).toEqual([28800, 10000]);
    const utf8 = parcelTxt(sites, { encoding: 'utf-8' });
    expect(new TextDecoder().decode(utf8.bytes)).toContain('地块一');
  });

  it('部标 TXT of a site without 点号: J1 … clockwise from the north-westernmost point, holes numbered on', () => {
    // A 100 m square drawn anticlockwise from its south-east corner, with a hole.
    const sq = (e: number, n: number, s: number) => [[e + s, n], [e + s, n + s], [e, n + s], [e, n], [e + s, n]].map((p) => proj4(ZONE40, '+proj=longlat +ellps=GRS80 +no_defs').forward(p));
    const site: Site = { type: 'Feature', properties: { name: '甲' }, geometry: { type: 'Polygon', coordinates: [sq(40584200, 3323200, 100), sq(40584220, 3323220, 10)] } };
    const text = new TextDecoder('gbk').decode(parcelTxt([site]).bytes);
    expect(text.split('\r\n').slice(12, 24)).toEqual([
      '10,0.9900,,甲,面,,,,@',
      'J1,1,3323300.000,40584200.000', 'J2,1,3323300.000,40584300.000', 'J3,1,3323200.000,40584300.000', 'J4,1,3323200.000,40584200.000', 'J1,1,3323300.000,40584200.000',
      'J5,2,3323230.000,40584220.000', 'J6,2,3323230.000,40584230.000', 'J7,2,3323220.000,40584230.000', 'J8,2,3323220.000,40584220.000', 'J5,2,3323230.000,40584220.000',
      '',
    ]);
  });

  it('DXF R2000 in zone 40 with the zone number: a layer per site, a closed LWPOLYLINE per ring, read back with the same vertices', async () => {
    const sites = await original();
    const out = siteDxf(sites);
    const text = new TextDecoder('gbk').decode(out.bytes);
    expect(text).toMatch(/\$ACADVER\r\n {2}1\r\nAC1015\r\n/);
    expect(text).toContain('ANSI_936');
    const back = ok(importFiles({ 'out.dxf': out.bytes }, 'EPSG:4528'));
    // One feature per ring: 地块一's outer ring and hole, 地块二.
    expect(back.collection.features.map((f) => [f.properties.layer, f.properties.entity])).toEqual([['地块一', 'LWPOLYLINE'], ['地块一', 'LWPOLYLINE'], ['地块二', 'LWPOLYLINE']]);
    const [outer, hole, two] = back.collection.features as Site[];
    const one = sites[0]!.geometry as Polygon;
    expect(vertexOffset(outer!, { ...sites[0]!, geometry: { type: 'Polygon', coordinates: [one.coordinates[0]!] } })).toBeLessThan(0.001);
    expect(vertexOffset(hole!, { ...sites[0]!, geometry: { type: 'Polygon', coordinates: [one.coordinates[1]!] } })).toBeLessThan(0.001);
    expect(vertexOffset(two!, sites[1]!)).toBeLessThan(0.001);
    expect(gaussKrugerPlaneArea(outer!.geometry) - gaussKrugerPlaneArea(hole!.geometry)).toBeCloseTo(28800, 2);
    expect(text).toContain('地块一 D01 28800.00 平方米');
  });

  it('zipped shapefile in EPSG:4549 (or 4528) with .prj and .cpg: same vertices, names, codes and areas', async () => {
    const sites = await original();
    const out = siteShapefile(sites);
    expect(Object.keys(unzipSync(out.bytes)).sort()).toEqual(['sites.cpg', 'sites.dbf', 'sites.prj', 'sites.shp', 'sites.shx']);
    const back = ok(importFiles({ 'sites.zip': out.bytes }));
    expect(back.sources).toEqual([{ file: 'sites.shp', crs: 'EPSG:4549', encoding: 'UTF-8' }]);
    back.collection.features.forEach((f, i) => expect(vertexOffset(f as Site, sites[i]!)).toBeLessThan(0.001));
    const props = back.collection.features.map((f) => f.properties);
    expect(props.map((p) => [p.name, p.code, p.plane_m2, p.decl_m2])).toEqual([['地块一', 'D01', 28800, 28800], ['地块二', 'D02', 10000, 10150]]);
    expect(props[0]!.area_m2).toBeCloseTo(28795, 0);
    const zone = ok(importFiles({ 'z.zip': siteShapefile(sites, { zoneNumber: true }).bytes }));
    expect(zone.sources[0]!.crs).toBe('EPSG:4528');
    expect(vertexOffset(zone.collection.features[1] as Site, sites[1]!)).toBeLessThan(0.001);
  });

  it('GeoJSON: the same lon/lat, with name, code and the three areas', async () => {
    const sites = await original();
    const back = ok(importFiles({ 'sites.geojson': new TextEncoder().encode(siteGeoJson(sites)) }));
    back.collection.features.forEach((f, i) => expect(f.geometry).toEqual(sites[i]!.geometry));
    expect(back.collection.features[1]!.properties).toMatchObject({ name: '地块二', code: 'D02', declaredAreaM2: 10150, source: '部标 TXT' });
    expect(back.collection.features[1]!.properties.planeAreaM2).toBeCloseTo(10000, 3);
  });
});

describe('encodeGbk', () => {
  it('writes what TextDecoder("gbk") reads back, and lists what GBK lacks', () => {
    const text = '【属性描述】坐标系=2000国家大地坐标系，地块一 € A';
    const r = encodeGbk(text);
    expect(r.missing).toEqual([]);
    expect(new TextDecoder('gbk').decode(r.bytes)).toBe(text);
    expect([...encodeGbk('地块A').bytes]).toEqual([0xb5, 0xd8, 0xbf, 0xe9, 0x41]);
    expect(encodeGbk('m² 😀').missing).toEqual(['²', '😀']);
  });
});
