import { readFile } from 'node:fs/promises';
import path from 'node:path';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { importFiles } from '../src/core/import/import-layer.ts';
import { readParcelTxt } from '../src/core/import/parcel-txt.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

const bytes = async (name: string) => new Uint8Array(await readFile(path.join(FIXTURES, 'planner', name)));
/** EPSG:4528 written out for proj4: the reference, independent of the importer's own table. */
const ZONE40 = '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=40500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const toLonLat = (x: number, y: number): Position => proj4(ZONE40, '+proj=longlat +ellps=GRS80 +no_defs').forward([y, x]);
/** Metres between two nearby lon/lat points at 30° N. */
const metres = (a: Position, b: Position) => Math.hypot((a[0]! - b[0]!) * 96486, (a[1]! - b[1]!) * 110852);

const HEAD = '[属性描述]\n坐标系=2000国家大地坐标系\n几度分带=3\n投影类型=高斯克吕格\n计量单位=米\n带号=40\n精度=0.001\n[地块坐标]\n';
const SQUARE = '5,1.0000,A1,甲,面,,建设用地,,@\nJ1,1,3323300.000,{y1}\nJ2,1,3323300.000,{y2}\nJ3,1,3323200.000,{y2}\nJ4,1,3323200.000,{y1}\nJ1,1,3323300.000,{y1}\n';
const square = (y1: string, y2: string) => SQUARE.replaceAll('{y1}', y1).replaceAll('{y2}', y2);
const utf8 = (s: string) => new TextEncoder().encode(s);

// two-parcels-gbk.txt (see test/fixtures/planner/README.md): GBK, CRLF, 【】; 地块一 a 200 m × 150 m rectangle
// less a 40 m × 30 m hole (圈号 2) = 28,800 m², declared 2.8800 公顷; 地块二 100 m × 100 m declared 1.0150 公顷.
describe('部标 TXT', () => {
  it('reads two 地块 (GBK, CRLF, 【】), the hole as a hole, the zone from the eastings, into lon/lat equal to proj4 to 1 mm', async () => {
    const r = importFiles({ 'two-parcels-gbk.txt': await bytes('two-parcels-gbk.txt') });
    if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.sources).toEqual([{ file: 'two-parcels-gbk.txt', crs: 'EPSG:4528', encoding: 'gbk' }]);
    const [one, two] = r.collection.features;
    expect(one!.properties).toEqual({
      name: '地块一', code: 'D01', declaredAreaM2: 28800, use: '建设用地', landCode: '0601', sheet: 'H51G013045', precision: 0.001,
      crs: 'EPSG:4528', source: '部标 TXT',
      pointNames: [['J1', 'J2', 'J3', 'J4', 'J5', 'J1'], ['J6', 'J7', 'J8', 'J9', 'J6']],
    });
    expect(two!.properties).toMatchObject({ name: '地块二', code: 'D02', declaredAreaM2: 10150, use: '公共设施用地', landCode: '0809' });
    const rings = (one!.geometry as Polygon).coordinates;
    expect(rings.map((ring) => ring.length)).toEqual([6, 5]);
    expect(metres(rings[0]![0]!, toLonLat(3323550, 40583800))).toBeLessThan(0.001);
    expect(metres(rings[1]![2]!, toLonLat(3323470, 40583890))).toBeLessThan(0.001);
    expect(metres((two!.geometry as Polygon).coordinates[0]![2]!, toLonLat(3323200, 40584300))).toBeLessThan(0.001);
  });

  it('warns that 地块二 declares 10,150 m² while its coordinates enclose 10,000 m², and says nothing of 地块一', async () => {
    const r = importFiles({ 'two-parcels-gbk.txt': await bytes('two-parcels-gbk.txt') });
    if (r.kind !== 'ok') throw new Error('not ok');
    const area = r.issues.filter((i) => i.code === 'parcelTxt.areaDiffers');
    expect(area).toHaveLength(1);
    // tolerance: half a unit of 1.0150 公顷 (0.5 m²) + 精度 0.001 m × 400 m of perimeter = 0.9 m²
    expect(area[0]).toMatchObject({ severity: 'warning', file: 'two-parcels-gbk.txt', featureIndex: 1, featureId: 'D02', params: { parcel: '地块二', line: 25, declared: 10150, plane: 10000, difference: -150, tolerance: 0.9 } });
    expect(r.issues.map((i) => i.code)).toEqual(['parcelTxt.areaDiffers', 'crs.converted']);
  });

  it('refuses a Xian 1980 file, saying the datum needs a transformation the file does not give', async () => {
    const r = importFiles({ 'xian80.txt': await bytes('xian80.txt') });
    expect(r.kind).toBe('error');
    if (r.kind !== 'error') return;
    expect(r.issues[0]).toMatchObject({ file: 'xian80.txt', code: 'parcelTxt.oldDatum' });
    expect(r.issues[0]!.message).toMatch(/1980西安坐标系: an old datum that needs a seven-parameter transformation/);
    expect(r.issues[0]!.hint).toMatch(/2000国家大地坐标系/);
    const beijing = readParcelTxt('b.txt', HEAD.replace('2000国家大地坐标系', '1954北京坐标系') + square('40584200.000', '40584300.000'));
    expect('errors' in beijing && beijing.errors[0]!.code).toBe('parcelTxt.oldDatum');
  });

  it('names the line of a malformed point', async () => {
    const r = importFiles({ 'malformed.txt': await bytes('malformed.txt') });
    expect(r.kind === 'error' && r.issues[0]).toMatchObject({ file: 'malformed.txt', code: 'parcelTxt.badLine', params: { line: 16, text: 'J3,1,3323550.000' } });
  });

  it('takes the CM variant (EPSG:4549) for eastings without the zone number when 带号 is given, and asks without it', () => {
    const cm = importFiles({ 'cm.txt': utf8(HEAD + square('584200.000', '584300.000')) });
    expect(cm.kind === 'ok' && cm.sources[0]!.crs).toBe('EPSG:4549');
    if (cm.kind !== 'ok') return;
    expect(metres((cm.collection.features[0]!.geometry as Polygon).coordinates[0]![0]!, toLonLat(3323300, 40584200))).toBeLessThan(0.001);
    const unknown = importFiles({ 'n.txt': utf8(HEAD.replace('带号=40\n', '') + square('584200.000', '584300.000')) });
    expect(unknown.kind).toBe('needs-crs');
    if (unknown.kind === 'needs-crs') expect(unknown.candidates[0]!.crs.code).toBe('EPSG:4549');
    expect(importFiles({ 'n.txt': utf8(HEAD.replace('带号=40\n', '') + square('584200.000', '584300.000')) }, 'EPSG:4549').kind).toBe('ok');
  });

  it('refuses zones that disagree, swapped X and Y, and closes an open ring with a warning', () => {
    const mismatch = readParcelTxt('m.txt', HEAD.replace('带号=40', '带号=39') + square('40584200.000', '40584300.000'));
    expect('errors' in mismatch && mismatch.errors[0]!.params).toEqual({ zone: 39, prefix: 40 });
    const swapped = readParcelTxt('s.txt', `${HEAD}4,1,,,,,,,@\nJ1,1,40584200,3323300\n`);
    expect('errors' in swapped && swapped.errors[0]).toMatchObject({ code: 'parcelTxt.swapped', params: { line: 10 } });
    const open = readParcelTxt('o.txt', `${HEAD}4,1.0000,A1,甲,面,,,,@\nJ1,1,3323300,40584200\nJ2,1,3323300,40584300\nJ3,1,3323200,40584300\nJ4,1,3323200,40584200\n`);
    if (!('sources' in open)) throw new Error('not read');
    expect(open.sources[0]!.warnings.map((w) => w.code)).toEqual(['parcelTxt.unclosed']);
    expect((open.sources[0]!.features[0]!.geometry as Polygon).coordinates[0]).toHaveLength(5);
    expect(open.sources[0]!.features[0]!.properties.pointNames).toEqual([['J1', 'J2', 'J3', 'J4', 'J1']]);
  });

  it('names a 地块 without 地块名称 after the file, and keeps a ring lying outside ring 1 as another part', () => {
    const text = `${HEAD}10,,,,面,,,,@\nJ1,1,3323300,40584200\nJ2,1,3323300,40584300\nJ3,1,3323200,40584300\nJ4,1,3323200,40584200\nJ1,1,3323300,40584200\n`
      + 'J5,2,3323300,40584400\nJ6,2,3323300,40584500\nJ7,2,3323200,40584500\nJ8,2,3323200,40584400\nJ5,2,3323300,40584400\n';
    const r = readParcelTxt('p.txt', text);
    if (!('sources' in r)) throw new Error('not read');
    const f = r.sources[0]!.features[0]!;
    expect(f.properties).toMatchObject({ name: 'p.txt #1', code: null, declaredAreaM2: null });
    expect(f.geometry!.type).toBe('MultiPolygon');
    expect(r.sources[0]!.warnings.map((w) => w.code)).toEqual(['parcelTxt.ringOutside']);
  });

  it('leaves other text files alone, saying why when nothing else was imported', () => {
    const r = importFiles({ 'notes.txt': utf8('hello') });
    expect(r.kind === 'error' && r.issues.map((i) => i.code)).toEqual(['import.nothing', 'parcelTxt.notParcelFile']);
  });
});
