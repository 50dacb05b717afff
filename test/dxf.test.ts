import { readFile } from 'node:fs/promises';
import path from 'node:path';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { importFiles } from '../src/core/import/import-layer.ts';
import { readDxf } from '../src/core/import/dxf.ts';
import { planePolygonArea } from '../src/core/geo/plane-area.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

const bytes = async (name: string) => new Uint8Array(await readFile(path.join(FIXTURES, 'planner', name)));
const ZONE40 = '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=40500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const toLonLat = (e: number, n: number): Position => proj4(ZONE40, '+proj=longlat +ellps=GRS80 +no_defs').forward([e, n]);
const metres = (a: Position, b: Position) => Math.hypot((a[0]! - b[0]!) * 96486, (a[1]! - b[1]!) * 110852);

/** DXF text from group code/value pairs. */
const dxf = (...entities: (string | number)[][]) => ['0', 'SECTION', '2', 'ENTITIES', ...entities.flat().map(String), '0', 'ENDSEC', '0', 'EOF', ''].join('\n');
const lw = (handle: string, closed: boolean, pts: number[][], bulges: number[] = []) =>
  ['0', 'LWPOLYLINE', '5', handle, '8', 'L', '90', pts.length, '70', closed ? 1 : 0, ...pts.flatMap((p, i) => ['10', p[0]!, '20', p[1]!, ...(bulges[i] ? ['42', bulges[i]!] : [])])];
const sources = (text: string) => { const r = readDxf('t.dxf', text); if (!('sources' in r)) throw new Error(JSON.stringify(r)); return r.sources; };

// sites-zone40.dxf (test/fixtures/planner/README.md): R2000 ASCII in GBK ($DWGCODEPAGE ANSI_936), a closed LWPOLYLINE
// 100 m × 100 m (handle 2A, layer 用地红线), a closed POLYLINE of 200 m × 150 m (2B, layer 地块 as \U+ escapes), an
// open LWPOLYLINE (31). GDAL's ogrinfo and ezdxf read the same three entities with these handles and layers.
describe('DXF', () => {
  it('asks for the system (8-digit eastings starting 40: EPSG:4528 first), then reads the closed polylines with layer and handle, skipping the open one', async () => {
    const file = await bytes('sites-zone40.dxf');
    const ask = importFiles({ 'sites-zone40.dxf': file });
    expect(ask.kind === 'needs-crs' && ask.candidates[0]!.crs.code).toBe('EPSG:4528');
    const r = importFiles({ 'sites-zone40.dxf': file }, 'EPSG:4528');
    if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.collection.features.map((f) => f.properties)).toEqual([
      { name: 'sites-zone40.dxf #1', layer: '用地红线', handle: '2A', entity: 'LWPOLYLINE', source: 'DXF' },
      { name: 'sites-zone40.dxf #2', layer: '地块', handle: '2B', entity: 'POLYLINE', source: 'DXF' },
    ]);
    const [a, b] = r.collection.features.map((f) => (f.geometry as Polygon).coordinates[0]!);
    expect(a).toHaveLength(5);
    expect(metres(a![1]!, toLonLat(40584300, 3323300))).toBeLessThan(0.001);
    expect(metres(b![2]!, toLonLat(40584000, 3323400))).toBeLessThan(0.001);
    expect(r.issues.find((i) => i.code === 'dxf.open')).toMatchObject({ severity: 'warning', file: 'sites-zone40.dxf', params: { count: 1, handles: '31' } });
    // In the drawing's plane: 10,000 m² and 30,000 m².
    const plane = sources(new TextDecoder('gbk').decode(file))[0]!.features.map((f) => planePolygonArea(f.geometry as Polygon));
    expect(plane).toEqual([10000, 30000]);
  });

  it('takes 6-digit eastings as the CM variant, EPSG:4549, first', () => {
    const r = importFiles({ 'a.dxf': dxf(lw('A', true, [[584200, 3323300], [584300, 3323300], [584300, 3323200]])) });
    expect(r.kind === 'needs-crs' && r.candidates[0]!.crs.code).toBe('EPSG:4549');
  });

  it('follows arcs (bulges) by chords within 5 mm: a 100 m square with a half-disc of radius 50 m on one side', () => {
    // The side from (100, 0) to (100, 100) bulges outwards (bulge 1, counter-clockwise ring): a half-disc beyond x = 100.
    const [s] = sources(dxf(lw('A', true, [[0, 0], [100, 0], [100, 100], [0, 100]], [0, 1])));
    const area = planePolygonArea(s!.features[0]!.geometry as Polygon);
    const exact = 10000 + (Math.PI * 50 ** 2) / 2;
    expect(area).toBeLessThan(exact);
    expect(exact - area).toBeLessThan(0.005 * Math.PI * 50);
    const ring = (s!.features[0]!.geometry as Polygon).coordinates[0]!;
    expect(Math.max(...ring.map((p) => p[0]!))).toBeCloseTo(150, 6);
    expect(s!.warnings.map((w) => w.code)).toEqual(['dxf.arcs']);
  });

  it('reads a HATCH with a hole, and leaves out one that only repeats a polyline', () => {
    const path = (flags: number, pts: number[][]) => ['92', flags, '72', 0, '73', 1, '93', pts.length, ...pts.flatMap((p) => ['10', p[0]!, '20', p[1]!]), '97', 0];
    const hatch = (handle: string, paths: (string | number)[][]) => ['0', 'HATCH', '5', handle, '8', 'H', '10', 0, '20', 0, '30', 0, '2', 'SOLID', '70', 1, '71', 0, '91', paths.length, ...paths.flat(), '75', 0, '76', 1, '98', 1, '10', 5, '20', 5];
    const square = [[0, 0], [10, 0], [10, 10], [0, 10]];
    const s = sources(dxf(
      lw('A', true, square),
      hatch('B', [path(1 | 2, square)]),
      hatch('C', [path(1 | 2, [[20, 0], [40, 0], [40, 20], [20, 20]]), path(2, [[25, 5], [30, 5], [30, 10], [25, 10]])]),
    ))[0]!;
    expect(s.features.map((f) => f.properties.handle)).toEqual(['A', 'C']);
    expect(s.features[1]!.properties.entity).toBe('HATCH');
    expect((s.features[1]!.geometry as Polygon).coordinates).toHaveLength(2);
    expect(planePolygonArea(s.features[1]!.geometry as Polygon)).toBe(400 - 25);
  });

  it('says what is wrong: a binary DXF, a broken group code (its line), nothing closed', () => {
    const binary = readDxf('b.dxf', new TextEncoder().encode('AutoCAD Binary DXF\r\n\u001a\u0000'));
    expect('errors' in binary && binary.errors[0]!.code).toBe('dxf.binary');
    const broken = readDxf('c.dxf', '0\nSECTION\n2\nENTITIES\nLWPOLYLINE\n5\n');
    expect('errors' in broken && broken.errors[0]).toMatchObject({ code: 'dxf.badCode', params: { line: 5, text: 'LWPOLYLINE' } });
    const open = readDxf('d.dxf', dxf(lw('A', false, [[0, 0], [1, 0], [1, 1]]), ['0', 'LINE', '5', 'B', '10', 0, '20', 0, '11', 1, '21', 1]));
    expect('errors' in open && open.errors[0]).toMatchObject({ code: 'dxf.noPolygons', params: { found: '1 LWPOLYLINE, 1 LINE' } });
  });
});
