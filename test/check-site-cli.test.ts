/**
 * `npm run check-site -- FILE... [--data DIR] [--crs EPSG:NNNN] [--json]`: the planner's files
 * through the one importer, checked by the same core as the app, against hand-worked values:
 * - test/fixtures/planner/two-parcels-gbk.txt (部标 TXT): 地块一 200 m × 150 m less a 40 m × 30 m
 *   hole, plane area 28,800 m² exactly, declared 2.8800 公顷; 地块二 10,000 m² declared 10,150 m²
 *   (a warning). The ellipsoidal area is the plane area over the Gauss–Krüger scale factor squared,
 *   k = 1 + E²/(2R²) at E = 83.9 km from the central meridian (R the mean radius), to 1e-6.
 * - a site half in red line E of test/fixtures/district (120.065–120.075 × 30.045–30.055; E is
 *   120.05–120.07 × 30.04–30.06): partly, the overlap Q(120.065, 30.045, 120.07, 30.055); the
 *   fixture has no farmland, heritage or urban-boundary layer: those lines were not checked.
 * - test/fixtures/planner/sites-zone40.dxf: no coordinate system; refused without --crs (naming
 *   EPSG:4528), read with it: 10,000 m² and 30,000 m² of plane area.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/read-fixture.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';

const run = promisify(execFile);
const ROOT = path.join(FIXTURES, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'check-site.mjs');
let tmp = '';
beforeAll(async () => {
  await run(process.execPath, [path.join(ROOT, 'src', 'cli', 'build-cli.mjs')], { cwd: ROOT });
  tmp = await mkdtemp(path.join(os.tmpdir(), 'shangyu-check-site-'));
}, 120000);
afterAll(async () => { await rm(tmp, { recursive: true, force: true }); });

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    return { code: 0, ...(await run(process.execPath, [CLI, ...args], { cwd: ROOT, maxBuffer: 1 << 24 })) };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

interface Line { checked: boolean; status: string | null; areaM2: number; shareOfSite: number; nearestM: number | null }
interface SiteJson {
  name: string; code: string | null; file: string; crs: string; areaM2: number; planeAreaM2: number; planeZone: number; declaredAreaM2: number | null;
  overlaps: { role: string; id: string; name: string; type: string | null; areaM2: number; shareOfSite: number }[];
  redLine: string | null; nearestRedLineM: number | null; lines: Record<string, Line>;
  findings: { role: string; level: string; text: string }[]; impact: Record<string, { before: number; after: number }>;
}
const parse = (stdout: string) => JSON.parse(stdout) as { dataset: string; districtAreaM2: number; sites: SiteJson[]; warnings: string[] };

describe('npm run check-site', () => {
  it('reads a 部标 TXT: names, codes, the plane area a survey reports, the declared area, and a warning where they disagree', async () => {
    const r = await cli(path.join(FIXTURES, 'planner', 'two-parcels-gbk.txt'), '--json');
    expect(r.code, r.stderr).toBe(0);
    const j = parse(r.stdout);
    expect(j.sites.map((s) => [s.name, s.code, s.crs, s.planeZone])).toEqual([['地块一', 'D01', 'EPSG:4528', 40], ['地块二', 'D02', 'EPSG:4528', 40]]);
    const [one, two] = j.sites as [SiteJson, SiteJson];
    expect(Math.abs(one.planeAreaM2 - 28800)).toBeLessThan(1e-6);
    expect(one.declaredAreaM2).toBe(28800);
    expect(Math.abs(two.planeAreaM2 - 10000)).toBeLessThan(1e-6);
    expect(two.declaredAreaM2).toBe(10150);
    // Ellipsoidal = plane / k², k the Gauss–Krüger scale at 83.9 km east of 120°E (mean radius 6,371 km).
    const k = 1 + 83900 ** 2 / (2 * 6371000 ** 2);
    expect(relDiff(one.areaM2, 28800 / k ** 2)).toBeLessThan(1e-5);
    expect(j.warnings.some((w) => /地块二|D02|10150|1\.0150/.test(w))).toBe(true);
  });

  it('says a site half in a red line is partly in it, with the overlap worked out by hand, and which lines the dataset could not check', async () => {
    const file = path.join(tmp, 'half.geojson');
    await writeFile(file, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { 名称: '半块地', 地块编号: 'H-1' }, geometry: { type: 'Polygon', coordinates: [[[120.065, 30.045], [120.075, 30.045], [120.075, 30.055], [120.065, 30.055], [120.065, 30.045]]] } }] }));
    const r = await cli(file, '--data', path.join(FIXTURES, 'district'), '--json');
    expect(r.code, r.stderr).toBe(0);
    const s = parse(r.stdout).sites[0]!;
    expect([s.name, s.code, s.redLine, s.nearestRedLineM]).toEqual(['半块地', 'H-1', 'partly', null]);
    const e = s.overlaps.find((o) => o.role === 'redLines')!;
    expect(relDiff(e.areaM2, quadArea(120.065, 30.045, 120.07, 30.055))).toBeLessThan(1e-6);
    expect(e.shareOfSite).toBeCloseTo(quadArea(120.065, 30.045, 120.07, 30.055) / quadArea(120.065, 30.045, 120.075, 30.055), 6);
    expect(relDiff(s.areaM2, quadArea(120.065, 30.045, 120.075, 30.055))).toBeLessThan(1e-7);
    for (const l of ['permanentFarmland', 'heritageAreas', 'urbanBoundary']) expect(s.lines[l]).toMatchObject({ checked: false, status: null });
    expect(s.findings.find((f) => f.role === 'redLines')!.text).toMatch(/^部分位于生态保护红线内（\d+\.\d\d %，[\d,]+\.\d\d m²）$/);
    expect(s.findings.filter((f) => f.level === 'unchecked').map((f) => f.text)).toEqual(['数据集中没有永久基本农田图层：未核查', '数据集中没有历史文化保护区域图层：未核查', '数据集中没有城镇开发边界图层：未核查']);
    // The table says the same.
    const t = await cli(file, '--data', path.join(FIXTURES, 'district'));
    expect(t.stdout).toMatch(/^ {2}不可按现状建设：部分位于生态保护红线内/m);
  });

  it('asks for the coordinate system of a DXF, and reads it with --crs', async () => {
    const dxf = path.join(FIXTURES, 'planner', 'sites-zone40.dxf');
    const refused = await cli(dxf);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/names no coordinate system\. Likely: EPSG:4528 .*Pass --crs EPSG:NNNN/);
    const r = await cli(dxf, '--crs', 'EPSG:4528', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(parse(r.stdout).sites.map((s) => Math.round(s.planeAreaM2 * 1e6) / 1e6)).toEqual([10000, 30000]);
  });

  it('reads every format a planner receives to the hand-worked plane areas (test/fixtures/planner/README.md)', async () => {
    const planes = async (file: string, ...args: string[]) => {
      const r = await cli(path.join(FIXTURES, 'planner', file), '--json', ...args);
      expect(r.code, `${file}: ${r.stderr}`).toBe(0);
      return parse(r.stdout).sites.map((s) => [s.name, Math.round(s.planeAreaM2 * 100) / 100]);
    };
    // KML/KMZ: lon/lat of the zone-40 rectangles to 9 decimals (0.1 mm): the areas to 0.01 m².
    const kml = [['地块一', 28800], ['物流园 A&B', 15000]];
    expect(await planes('sites.kml')).toEqual(kml);
    expect(await planes('sites.kmz')).toEqual(kml);
    // 界址点坐标表 in GBK with zone numbers (EPSG:4528), and in UTF-8 without (EPSG:4549), asked for with --crs.
    expect(await planes('points-gbk.csv', '--crs', 'EPSG:4528')).toEqual([['地块一', 28800], ['地块二', 10000]]);
    expect((await planes('points-utf8-bom.csv', '--crs', 'EPSG:4549')).map((x) => x[1])).toEqual([10000]);
    // GeoPackage written by GDAL's ogr2ogr in EPSG:4528.
    expect((await planes('sites-4528.gpkg')).map((x) => x[1])).toEqual([28800, 15000]);
  });

  it('exits 1 on a wrong argument and 2 on a file it cannot read', async () => {
    expect((await cli('--frobnicate')).code).toBe(1);
    expect((await cli()).code).toBe(1);
    const missing = await cli(path.join(tmp, 'nope.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt: cannot be read \(ENOENT\)/);
  });
});
