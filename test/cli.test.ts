import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeReport, reportJson } from '../src/core/indicators/compute-report.ts';
import { formatIssue } from '../src/core/data/dataset.ts';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import { FIXTURES, fixtureReader } from './helpers/read-fixture.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';

const run = promisify(execFile);
const ROOT = path.join(FIXTURES, '..', '..');
// The CLI as users run it: built once into one file that plain Node runs (npm run indicators).
const CLI = path.join(ROOT, 'dist', 'cli', 'indicators.mjs');
beforeAll(async () => { await run(process.execPath, [path.join(ROOT, 'src', 'cli', 'build-cli.mjs')], { cwd: ROOT }); }, 120000);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [CLI, ...args], { cwd: ROOT });
    return { code: 0, ...r };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('npm run indicators', () => {
  it('prints the report as JSON, equal to the core’s', async () => {
    const r = await cli('--data', path.join(FIXTURES, 'water'), '--json');
    expect(r.code).toBe(0);
    const { dataset, issues } = await loadDataset(fixtureReader('water'));
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(reportJson(computeReport(dataset!, issues.map(formatIssue))))));
    expect(JSON.parse(r.stdout).sections[0]).toEqual({ id: 'S1', name: '恰在II类限值', class: 'II', targetClass: 'II', compliant: true });
  });
  it('prints a table with pass/fail', async () => {
    const r = await cli('--data', path.join(FIXTURES, 'water'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/sectionsGoodRate\s+50\.00 %\s+≥ 80\s+FAIL\s+computed/);
    expect(r.stdout).toMatch(/forestCoverage\s+n\/a\s+≥ 40\s+n\/a/);
    expect(r.stdout).toMatch(/^! forestCoverage is not available: manifest\.json names no "forestParcels" layer/m);
    // The 0.03° drinking-water area in the 0.1° district: 9 %.
    expect(r.stdout).toMatch(/protectedShare\s+9\.00 %/);
    expect(r.stderr).toMatch(/Section S6 \(无目标\) has no targetClass/);
    expect(r.stdout).toMatch(/^Overlays 叠加计算: GEOS 3\.13\.0 \(WebAssembly\); areas on the WGS84 ellipsoid/m);
  });
  it('computes what it can from data with errors, marks what they touch incomplete, and exits 2 with --strict', async () => {
    const r = await cli('--data', path.join(FIXTURES, 'invalid'), '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/red-lines\.geojson feature #3 \(id 线\): has geometry type LineString/);
    const share = JSON.parse(r.stdout).indicators.find((i: { id: string }) => i.id === 'protectedShare');
    expect(share).toMatchObject({ complete: false, pass: null });
    expect(share.details.missing).toContainEqual({ layer: 'protectedAreas', file: 'projected.geojson', reason: expect.stringMatching(/look projected/), code: 'layer.needsCrs', params: expect.objectContaining({ x: 40500000, y: 3320000 }) });
    const table = await cli('--data', path.join(FIXTURES, 'invalid'));
    expect(table.stdout).toMatch(/protectedShare\s+[\d.]+ %\s+≥ 22\s+INCOMPLETE/);
    expect(table.stdout).toMatch(/^! protectedShare is incomplete \(不完整\), not judged: projected\.geojson has coordinates like .*; red-lines\.geojson feature #3 \(id 线\) has geometry type LineString/m);
    const strict = await cli('--data', path.join(FIXTURES, 'invalid'), '--strict');
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/--strict: \d+ indicator\(s\) incomplete/);
    const none = await cli('--data', path.join(FIXTURES, 'no-such-folder'));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/manifest\.json: was not found/);
  });
  it('reads layers given as zipped shapefiles in CGCS2000 Gauss-Krüger, with GBK attribute names mapped', async () => {
    // test/fixtures/shapefile-dataset: the district's red lines C, D, E written by ogr2ogr to EPSG:4549, GBK,
    // attribute names 名称/类型. Red lines inside the boundary: C in + D + E (test/fixtures/README.md).
    const r = await cli('--data', path.join(FIXTURES, 'shapefile-dataset'), '--json');
    expect(r.code).toBe(0);
    const share = JSON.parse(r.stdout).indicators.find((i: { id: string }) => i.id === 'protectedShare');
    const D = quadArea(120, 30.07, 120.02, 30.09) - quadArea(120.005, 30.075, 120.015, 30.085) + quadArea(120.03, 30.07, 120.05, 30.09);
    const expected = ((quadArea(120.08, 30.06, 120.1, 30.08) + D + quadArea(120.05, 30.04, 120.07, 30.06)) / quadArea(120, 30, 120.1, 30.1)) * 100;
    expect(relDiff(share.value, expected)).toBeLessThan(1e-4);
  });

  it('gives every spatial indicator per town with --by towns (JSON and table), and refuses a layer that is not polygons', async () => {
    const r = await cli('--data', path.join(FIXTURES, 'two-towns'), '--by', 'towns', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { byZone: { role: string; zones: { name: string; areaKm2: number; indicators: Record<string, number | null> }[] } };
    expect(j.byZone.role).toBe('towns');
    expect((j.byZone as unknown as { incomplete: string[] }).incomplete).toEqual(['parkServiceCoverage', 'drinkingWaterCompliance']);
    expect(j.byZone.zones.map((z) => z.name)).toEqual(['甲镇', '乙镇']);
    expect(relDiff(j.byZone.zones[0]!.areaKm2 * 1e6, quadArea(120, 30, 120.01, 30.01))).toBeLessThan(1e-9);
    // test/fixtures/README.md: S1 Ⅱ and S2 Ⅳ (on the shared edge) in 甲镇, S3 Ⅲ in 乙镇.
    expect(j.byZone.zones.map((z) => z.indicators.sectionsGoodRate)).toEqual([50, 100]);
    expect(j.byZone.zones[1]!.indicators.parkGreenPerCapita).toBeNull();
    expect(Object.keys(j.byZone.zones[0]!.indicators)).toEqual(['protectedShare', 'forestCoverage', 'parkGreenPerCapita', 'parkServiceCoverage', 'sectionsGoodRate', 'functionZoneCompliance', 'drinkingWaterCompliance']);
    const t = await cli('--data', path.join(FIXTURES, 'two-towns'), '--by', 'towns');
    expect(t.stdout).toMatch(/^甲镇\s+1\.07\s+\S+\s+\S+\s+\S+\s+n\/a\s+50\.00\s+50\.00\s+n\/a$/m);
    expect(t.stdout).toMatch(/^全区 district\s+2\.14\s/m);
    const bad = await cli('--data', path.join(FIXTURES, 'two-towns'), '--by', 'sections');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--by sections: the dataset has no polygon layer of that name/);
  });

  it('compares the years the manifest names with --years (JSON and tables)', async () => {
    const r = await cli('--data', path.join(FIXTURES, 'two-years'), '--years', '--json');
    expect(r.code).toBe(0);
    const y = (JSON.parse(r.stdout) as { years: { values: { year: number }[]; change: Record<string, unknown> } }).years;
    expect(y.values.map((v) => v.year)).toEqual([2017, 2018]);
    // test/fixtures/README.md: gained F2, F4's part inside the district and the new F5; lost F3 and F6; S1 improved, S2 worsened.
    const gained = quadArea(120.011, 30.001, 120.014, 30.004) + quadArea(120.018, 30.005, 120.02, 30.008) + quadArea(120.001, 30.006, 120.004, 30.009);
    const lost = quadArea(120.005, 30.006, 120.008, 30.009) + quadArea(120.009, 30.006, 120.012, 30.008);
    expect(relDiff(y.change.forestGainedKm2 as number, gained / 1e6)).toBeLessThan(1e-8);
    expect(relDiff(y.change.forestLostKm2 as number, lost / 1e6)).toBeLessThan(1e-8);
    expect(relDiff(y.change.protectedLandAddedKm2 as number, quadArea(120.015, 30.006, 120.019, 30.009) / 1e6)).toBeLessThan(1e-8);
    expect([y.change.sectionsImproved, y.change.sectionsWorsened]).toEqual([['S1'], ['S2']]);
    expect(y.change.protectedAreas).toEqual({ added: ['新湿地公园'], removed: [] });
    const t = await cli('--data', path.join(FIXTURES, 'two-years'), '--years');
    expect(t.stdout).toMatch(/^year against year\s+2017\s+2018\s+change 2017→2018$/m);
    expect(t.stdout).toMatch(/^2017\s+0\s+0\s+2\s+1\s+0\s+0$/m);
    expect(t.stdout).toMatch(/^improved: S1 IV→II$/m);
    expect(t.stdout).toMatch(/^宜林地\s+0\.0\d{3}\s+0\.0\d{3}\s/m);
    expect(t.stdout).toMatch(/^（无小班）\s+·\s+0\.0\d{3}\s/m);
  });

  it('exits 1 on a wrong argument', async () => {
    const r = await cli('--frobnicate');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Usage: npm run indicators/);
  });
});
