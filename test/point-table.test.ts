import { readFile } from 'node:fs/promises';
import path from 'node:path';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import type { Polygon, Position } from 'geojson';
import { importFiles, importFilesAsync } from '../src/core/import/import-layer.ts';
import { readPointCsv } from '../src/core/import/point-table.ts';
import { planePolygonArea } from '../src/core/geo/plane-area.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

const bytes = async (dir: string, name: string) => new Uint8Array(await readFile(path.join(FIXTURES, dir, name)));
const ZONE40 = '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=40500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const toLonLat = (e: number, n: number): Position => proj4(ZONE40, '+proj=longlat +ellps=GRS80 +no_defs').forward([e, n]);
const metres = (a: Position, b: Position) => Math.hypot((a[0]! - b[0]!) * 96486, (a[1]! - b[1]!) * 110852);

// points-gbk.csv and points-utf8-bom.csv: test/fixtures/planner/README.md.
describe('界址点坐标表', () => {
  it('reads a GBK CSV with 点号, 圈号, X坐标(m), Y坐标(m), 地块编号, 地块名称: two sites, a hole, rings closed where the table does not', async () => {
    const file = await bytes('planner', 'points-gbk.csv');
    const ask = importFiles({ 'points-gbk.csv': file });
    expect(ask.kind === 'needs-crs' && ask.candidates[0]!.crs.code).toBe('EPSG:4528');
    const r = importFiles({ 'points-gbk.csv': file }, 'EPSG:4528');
    if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.sources).toEqual([{ file: 'points-gbk.csv', crs: 'EPSG:4528', encoding: 'gbk' }]);
    expect(r.collection.features.map((f) => f.properties)).toEqual([
      { name: '地块一', code: 'D01', source: '界址点坐标表', pointNames: [['J1', 'J2', 'J3', 'J4', 'J5', 'J1'], ['J6', 'J7', 'J8', 'J9', 'J6']] },
      { name: '地块二', code: 'D02', source: '界址点坐标表', pointNames: [['J1', 'J2', 'J3', 'J4', 'J1']] },
    ]);
    const one = (r.collection.features[0]!.geometry as Polygon).coordinates;
    expect(metres(one[0]![0]!, toLonLat(40583800, 3323550))).toBeLessThan(0.001);
    expect(metres(one[1]![2]!, toLonLat(40583890, 3323470))).toBeLessThan(0.001);
    const plane = readPointCsv('points-gbk.csv', file);
    if (!('sources' in plane)) throw new Error('not read');
    expect(plane.sources[0]!.features.map((f) => planePolygonArea(f.geometry as Polygon))).toEqual([28800, 10000]);
  });

  it('reads a UTF-8 CSV with a BOM and English N/E headers, eastings without the zone number (EPSG:4549 first)', async () => {
    const file = await bytes('planner', 'points-utf8-bom.csv');
    const ask = importFiles({ 'p.csv': file });
    expect(ask.kind === 'needs-crs' && ask.candidates[0]!.crs.code).toBe('EPSG:4549');
    const r = importFiles({ 'p.csv': file }, 'EPSG:4549');
    if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.collection.features[0]!.properties).toEqual({ name: 'p.csv #1', code: null, source: '界址点坐标表', pointNames: [['P1', 'P2', 'P3', 'P4', 'P1']] });
    expect(metres((r.collection.features[0]!.geometry as Polygon).coordinates[0]![2]!, toLonLat(40584300, 3323200))).toBeLessThan(0.001);
  });

  it('reads an .xlsx through importFilesAsync (read-excel-file), numbers as numbers, a title row above the header', async () => {
    const sheet = await writeExcelFile([
      ['上虞区某地块界址点坐标表', null, null],
      ['界址点号', '北坐标', '东坐标'],
      ['J1', 3323300, 40584200], ['J2', 3323300, 40584300], ['J3', 3323200, 40584300], ['J4', 3323200, 40584200],
    ]).toBuffer();
    const r = await importFilesAsync({ 'site.xlsx': new Uint8Array(sheet) }, 'EPSG:4528');
    if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.collection.features[0]!.properties.pointNames).toEqual([['J1', 'J2', 'J3', 'J4', 'J1']]);
    expect(metres((r.collection.features[0]!.geometry as Polygon).coordinates[0]![1]!, toLonLat(40584300, 3323300))).toBeLessThan(0.001);
    // Without the asynchronous step the workbook is said not to be read.
    const sync = importFiles({ 'site.xlsx': new Uint8Array(sheet) });
    expect(sync.kind === 'error' && sync.issues.map((i) => i.code)).toEqual(['import.nothing', 'xlsx.notReadHere']);
  });

  it('takes X as the easting when the X column holds eastings (a GIS habit), with a warning', () => {
    const r = readPointCsv('g.csv', 'pt,X,Y\n1,584200,3323300\n2,584300,3323300\n3,584300,3323200\n');
    if (!('sources' in r)) throw new Error('not read');
    expect((r.sources[0]!.features[0]!.geometry as Polygon).coordinates[0]![0]).toEqual([584200, 3323300]);
    expect(r.sources[0]!.warnings[0]).toMatchObject({ code: 'pointTable.swapped', params: { x: 'X', y: 'Y' } });
  });

  it('leaves a monitoring spreadsheet alone, saying it goes to the sections panel; names the row of a bad cell', async () => {
    const monitoring = importFiles({ 'utf8-bom.csv': await bytes('monitoring', 'utf8-bom.csv') });
    expect(monitoring.kind === 'error' && monitoring.issues.map((i) => i.code)).toEqual(['import.nothing', 'pointTable.notTable']);
    expect(monitoring.kind === 'error' && monitoring.issues[1]!.hint).toMatch(/sections panel/);
    const bad = readPointCsv('b.csv', '点号,X,Y\nJ1,3323300,40584200\nJ2,33233OO,40584300\n');
    expect('errors' in bad && bad.errors[0]).toMatchObject({ code: 'pointTable.badValue', params: { row: 3, column: 'X', value: '33233OO' } });
    const short = readPointCsv('s.csv', '点号,X,Y\nJ1,3323300,40584200\nJ2,3323300,40584300\n');
    expect('errors' in short && short.errors[0]).toMatchObject({ code: 'pointTable.shortRing', params: { row: 2, points: 2 } });
  });
});
