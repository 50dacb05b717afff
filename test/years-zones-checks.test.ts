/**
 * Years and zones checked (issue 27 §6): a year's label must be its manifest's year, a label naming
 * the root manifest is used (checked, never silently dropped), at most MAX_YEARS are named; zones
 * that overlap are reported, each feature in several counted in the first (zone-assignment.ts).
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Feature, Geometry } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import type { ReadText } from '../src/core/data/load-dataset.ts';
import { MAX_YEARS } from '../src/core/data/parse-manifest.ts';
import { loadYears } from '../src/core/years/load-years.ts';
import { indicatorsByZone } from '../src/core/zones/by-zone.ts';
import { loadValid, withLayer } from './helpers/load-fixture.ts';
import { FIXTURES, fixtureReader } from './helpers/read-fixture.ts';
import { rect } from './helpers/shapes.ts';

const ROOT_MANIFEST = { name: '两年测试区', year: 2018, layers: { boundary: 'boundary.geojson', towns: 'towns.geojson', forestParcels: 'forest.geojson', protectedAreas: 'protected-areas.geojson', sections: 'sections.geojson' }, protectedRoles: ['protectedAreas'] };

/** test/fixtures/two-years with its root manifest replaced. */
function twoYears(manifest: Record<string, unknown>): ReadText {
  const files = fixtureReader('two-years');
  return async (f) => (f === 'manifest.json' ? JSON.stringify(manifest) : files(f));
}

/** The years loaded, as [year, loaded?, error codes]. */
async function years(manifest: Record<string, unknown>) {
  const read = twoYears(manifest);
  const { dataset, issues } = await loadDataset(read);
  const loaded = await loadYears(read, dataset!);
  return { manifestErrors: issues.filter((i) => i.severity === 'error').map((i) => i.code), years: loaded.map((y) => [y.year, y.dataset !== null, y.issues.filter((i) => i.severity === 'error').map((i) => i.code)]) };
}

describe('loadYears checks each year', () => {
  it('refuses a label that is not the year of its manifest (2017 data labelled 2015)', async () => {
    const r = await years({ ...ROOT_MANIFEST, years: { 2015: '2017/manifest.json', 2018: 'manifest.json' } });
    expect(r.years).toEqual([[2015, false, ['years.labelMismatch']], [2018, true, []]]);
    const read = twoYears({ ...ROOT_MANIFEST, years: { 2015: '2017/manifest.json' } });
    const issue = (await loadYears(read, (await loadDataset(read)).dataset!))[0]!.issues.at(-1)!;
    expect(issue.message).toBe('"years" labels 2017/manifest.json as 2015, but that manifest\'s "year" is 2017; the year was not loaded');
  });
  it('uses a label naming the root manifest: the root\'s own year, or an error when it is another', async () => {
    expect((await years({ ...ROOT_MANIFEST, years: { 2017: '2017/manifest.json', 2018: 'manifest.json' } })).years).toEqual([[2017, true, []], [2018, true, []]]);
    // Before: "2016": "manifest.json" in a 2018 manifest was silently dropped.
    expect((await years({ ...ROOT_MANIFEST, years: { 2016: 'manifest.json', 2017: '2017/manifest.json' } })).years).toEqual([[2016, false, ['years.labelMismatch']], [2017, true, []], [2018, true, []]]);
    // A root without "year" takes the label that names it.
    const noYear: Record<string, unknown> = { ...ROOT_MANIFEST };
    delete noYear.year;
    expect((await years({ ...noYear, years: { 2017: '2017/manifest.json', 2019: 'manifest.json' } })).years).toEqual([[2017, true, []], [2019, true, []]]);
  });
  it('keeps the root for its own year when another manifest is named for it, with an error', async () => {
    expect((await years({ ...ROOT_MANIFEST, years: { 2018: '2017/manifest.json' } })).years).toEqual([[2018, true, ['years.rootConflict']]]);
  });
  it(`names at most ${MAX_YEARS} years, with a message, loading none of more`, async () => {
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [String(1000 + i), '2017/manifest.json']));
    const r = await years({ ...ROOT_MANIFEST, years: many });
    expect(r.manifestErrors).toEqual(['manifest.yearsTooMany']);
    expect(r.years).toEqual([[2018, true, []]]);
    const { issues } = await loadDataset(twoYears({ ...ROOT_MANIFEST, years: many }));
    expect(issues.find((i) => i.code === 'manifest.yearsTooMany')!.message).toBe('"years" names 1000 years; at most 50 are compared, so none of them was loaded');
  });
});

/** two-towns with 甲镇 reaching into 乙镇 (to 120.016): S3 (120.015, 30.007) and an urban area without a town lie in both. */
const dataset = await loadValid('two-towns');
const overlapping = withLayer(withLayer(dataset, 'towns', [
  { type: 'Feature', properties: { name: '甲镇' }, geometry: rect(120, 30, 120.016, 30.01) },
  dataset.layers.towns!.features[1]!,
] as Feature<Geometry, Record<string, unknown>>[]), 'urbanAreas', [
  ...dataset.layers.urbanAreas!.features,
  { type: 'Feature', properties: { name: '交界城区', population: 200 }, geometry: rect(120.011, 30.006, 120.013, 30.008) },
] as Feature<Geometry, Record<string, unknown>>[]);

describe('overlapping zones', () => {
  it('names each feature in two zones and counts it in the first only', () => {
    const z = indicatorsByZone(overlapping, 'towns');
    expect(z.overlaps).toEqual([
      { layer: 'sections', feature: '乙镇断面', zones: ['甲镇', '乙镇'] },
      { layer: 'urbanAreas', feature: '交界城区', zones: ['甲镇', '乙镇'] },
    ]);
    expect(z.zones[0]!.sections).toEqual(['S1', 'S2', 'S3']);
    expect(z.zones[1]!.sections).toEqual([]);
    expect(z.zones[1]!.indicators.sectionsGoodRate).toBeNull();
  });
  it('reports none for zones that only share edges', () => {
    expect(indicatorsByZone(dataset, 'towns').overlaps).toEqual([]);
  });
});

describe('npm run indicators --by with overlapping zones', () => {
  const run = promisify(execFile);
  const ROOT = path.join(FIXTURES, '..', '..');
  let dir = '';
  beforeAll(async () => {
    await run(process.execPath, [path.join(ROOT, 'src', 'cli', 'build-cli.mjs')], { cwd: ROOT });
    dir = await mkdtemp(path.join(os.tmpdir(), 'shangyu-zones-'));
    await cp(path.join(FIXTURES, 'two-towns'), dir, { recursive: true });
    await writeFile(path.join(dir, 'towns.geojson'), JSON.stringify({ type: 'FeatureCollection', features: overlapping.layers.towns!.features }));
  }, 120000);
  afterAll(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });
  it('warns, naming the feature and the zones, and gives them in the JSON', async () => {
    const r = await run(process.execPath, [path.join(ROOT, 'dist', 'cli', 'indicators.mjs'), '--data', dir, '--by', 'towns', '--json'], { cwd: ROOT });
    expect(r.stderr).toContain('Warning: sections 乙镇断面 lies in 2 zones of towns (甲镇, 乙镇), which overlap; it is counted in 甲镇 only (the first in the layer)');
    expect(JSON.parse(r.stdout).byZone.overlaps).toEqual([{ layer: 'sections', feature: '乙镇断面', zones: ['甲镇', '乙镇'] }]);
  }, 60000);
});
