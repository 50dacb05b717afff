import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import { computeReport } from '../src/core/indicators/compute-report.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

// test/fixtures/district (see test/fixtures/README.md), with one file changed at a time.
const boundary = quadArea(120, 30, 120.1, 30.1);
const AB = quadArea(120, 30, 120.06, 30.05);

/** The district fixture with some files replaced (objects are JSON-encoded). */
function district(changes: Record<string, unknown>) {
  return loadDataset(async (f) => {
    if (Object.hasOwn(changes, f)) { const v = changes[f]; return v === null ? null : typeof v === 'string' ? v : JSON.stringify(v); }
    return readFile(path.join(FIXTURES, 'district', f)).catch(() => null);
  });
}
const square = (w: number, s: number, e: number, n: number, properties: Record<string, unknown> = {}) => ({
  type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
});
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('indicators say when their inputs are incomplete', () => {
  it('a red-line layer that could not be loaded: the share of the protected areas alone, marked incomplete, not judged', async () => {
    const { dataset } = await district({ 'red-lines.geojson': '{"type": "FeatureCollection", "features": [' });
    const r = computeReport(dataset!);
    const share = r.indicators.find((i) => i.id === 'protectedShare')!;
    // Only A ∪ B remains: 120.00–120.06 × 30.00–30.05.
    expect(relDiff(share.value as number, (AB / boundary) * 100)).toBeLessThan(1e-6);
    expect(share).toMatchObject({ complete: false, pass: null });
    expect(share.details.missing).toEqual([{ layer: 'redLines', file: 'red-lines.geojson', reason: expect.stringMatching(/^is not valid JSON/), code: 'geojson.invalidJson', params: { detail: 'json.cutOff' } }]);
    expect(r.indicators.find((i) => i.id === 'forestCoverage')).toMatchObject({ complete: true });
    expect(r.warnings.join('\n')).toMatch(/protectedShare is incomplete: red-lines\.geojson is not valid JSON/);
  });

  it('a feature left out for an error is listed with its file, index, id and reason', async () => {
    const bad = { type: 'Feature', properties: { 小班号: 'X9', 地类: '果园' }, geometry: square(120, 30, 120.01, 30.01).geometry };
    const forest = JSON.parse(await readFile(path.join(FIXTURES, 'district', 'forest.geojson'), 'utf8'));
    const { dataset } = await district({ 'forest.geojson': { ...forest, features: [...forest.features, bad] } });
    const cov = computeReport(dataset!).indicators.find((i) => i.id === 'forestCoverage')!;
    expect(cov).toMatchObject({ complete: false, pass: null });
    expect(cov.details.missing).toEqual([{ layer: 'forestParcels', file: 'forest.geojson', feature: forest.features.length, id: 'X9', reason: expect.stringMatching(/land class "果园"/), code: 'property.landClass', params: expect.objectContaining({ landClass: '果园' }) }]);
  });

  it('an empty layer gives null, never 0', async () => {
    const { dataset } = await district({ 'parks.geojson': fc() });
    const park = computeReport(dataset!).indicators.find((i) => i.id === 'parkGreenPerCapita')!;
    expect(park).toMatchObject({ value: null, complete: false, pass: null });
    expect(park.details.missing).toEqual([{ layer: 'parks', file: 'parks.geojson', reason: 'has no usable feature', code: 'missing.noFeatures', params: {} }]);
  });

  it('a layer with no feature in the district is incomplete (a wrong coordinate system)', async () => {
    // Forest parcels 1° east of the district: the forest coverage would be 0 %.
    const { dataset } = await district({ 'forest.geojson': fc(square(121, 30, 121.05, 30.05, { 小班号: '1', 地类: '乔木林地' })) });
    const cov = computeReport(dataset!).indicators.find((i) => i.id === 'forestCoverage')!;
    expect(cov).toMatchObject({ value: 0, complete: false, pass: null });
    expect(cov.details.missing).toEqual([{ layer: 'forestParcels', file: 'forest.geojson', reason: expect.stringMatching(/no feature within the district boundary/), code: 'missing.outsideDistrict', params: {} }]);
  });

  it('a protected role the manifest does not name is a gap, unless protectedRoles leaves it out', async () => {
    const manifest = JSON.parse(await readFile(path.join(FIXTURES, 'district', 'manifest.json'), 'utf8'));
    delete manifest.layers.redLines;
    const { dataset } = await district({ 'manifest.json': manifest });
    expect(computeReport(dataset!).indicators[0]).toMatchObject({ id: 'protectedShare', complete: false, details: { missing: [{ layer: 'redLines', file: 'manifest.json', reason: 'names no "redLines" layer' }] } });
    const { dataset: d2 } = await district({ 'manifest.json': { ...manifest, protectedRoles: ['protectedAreas'] } });
    const share = computeReport(d2!).indicators[0]!;
    expect(share).toMatchObject({ id: 'protectedShare', complete: true, pass: true });
    expect(relDiff(share.value as number, (AB / boundary) * 100)).toBeLessThan(1e-6);
  });

  it('a layer name that is probably a role misspelt makes that role missing', async () => {
    const manifest = JSON.parse(await readFile(path.join(FIXTURES, 'district', 'manifest.json'), 'utf8'));
    manifest.layers.redline = manifest.layers.redLines;
    delete manifest.layers.redLines;
    const { dataset, issues } = await district({ 'manifest.json': manifest });
    expect(issues.map((i) => i.message).join('\n')).toMatch(/names a layer "redline", which is not a role; "redLines" was probably meant/);
    expect(computeReport(dataset!).indicators[0]!.details.missing).toEqual([{ layer: 'redLines', file: 'red-lines.geojson', reason: 'the layer is named "redline" in manifest.json, not "redLines"', code: 'missing.misnamedLayer', params: { name: 'redline', role: 'redLines' } }]);
  });
});
