import { describe, expect, it } from 'vitest';
import { ALL_INDICATORS, meetsTarget } from '../src/core/indicators/catalog.ts';
import { computeReport, reportJson } from '../src/core/indicators/compute-report.ts';
import { loadValid } from './helpers/load-fixture.ts';
import { loadGeos, unloadGeos } from '../src/core/geo/geos-overlay.ts';

describe('computeReport', async () => {
  const d = await loadValid('district');
  const r = computeReport(d);
  const ind = (id: string) => r.indicators.find((i) => i.id === id)!;

  it('lists every indicator of the plan once, computed ones first', () => {
    expect(r.indicators.map((i) => i.id)).toEqual(ALL_INDICATORS.map((i) => i.id));
    expect(new Set(r.indicators.map((i) => i.id)).size).toBe(ALL_INDICATORS.length);
    expect(r.indicators.filter((i) => i.source === 'computed')).toHaveLength(7);
  });
  it('marks missing inputs as not available, never 0', () => {
    expect(ind('parkServiceCoverage')).toMatchObject({ value: null, pass: null, complete: false, details: { missing: [{ layer: 'residential', file: 'manifest.json', reason: 'names no "residential" layer' }] } });
    expect(ind('sectionsGoodRate')).toMatchObject({ value: null, pass: null, complete: false });
    expect(ind('greenTravel')).toMatchObject({ value: null, pass: null, source: 'reported', complete: false });
    expect(ind('forestCoverage')).toMatchObject({ complete: true });
    expect(ind('forestCoverage').details.missing).toBeUndefined();
  });
  it('judges reported values against the plan’s targets', () => {
    expect(ind('goodAirDays')).toMatchObject({ value: 84.9, target: { op: '>=', value: 85 }, pass: false, source: 'reported' });
    expect(ind('energyPerGdp')).toMatchObject({ value: 0.6, target: { op: '<', value: 0.6 }, pass: false });
    expect(ind('ecologicalIndexRating')).toMatchObject({ value: '良', target: { op: '==', value: '优' }, pass: false });
    expect(ind('ruralRefuseTreatment')).toMatchObject({ value: 90, target: { op: '>', value: 91.8 }, pass: false });
  });
  it('applies target overrides from the manifest', () => {
    const r2 = computeReport({ ...d, manifest: { ...d.manifest, targets: { forestCoverage: 5 } } });
    expect(r2.indicators.find((i) => i.id === 'forestCoverage')).toMatchObject({ target: { op: '>=', value: 5 }, pass: true });
    expect(ind('forestCoverage').pass).toBe(false);
  });
  it('reports progress for every indicator', () => {
    const seen: number[] = [];
    computeReport(d, [], (done) => seen.push(done));
    expect(seen).toEqual([...Array(ALL_INDICATORS.length + 1).keys()]);
  });
  it('says what computed the overlays: GEOS, JSTS where GEOS is not loaded, PostGIS where it measured', async () => {
    expect(r.overlays).toBe('GEOS 3.13.0 (WebAssembly)');
    unloadGeos();
    expect(computeReport(d).overlays).toBe('JSTS');
    await loadGeos();
    const share = ind('protectedShare');
    expect(computeReport(d, [], undefined, { protectedShare: { value: share.value as number, details: share.details } }).overlays).toBe('PostGIS');
  });
  it('has the CLI JSON shape', () => {
    const j = reportJson(computeReport(d)) as Record<string, unknown>;
    expect(Object.keys(j)).toEqual(['dataset', 'overlays', 'indicators', 'sections', 'warnings']);
    expect(Object.keys((j.indicators as object[])[0]!)).toEqual(['id', 'name', 'value', 'unit', 'target', 'pass', 'source', 'complete', 'details']);
  });
});

describe('meetsTarget', () => {
  it('compares like with like, and gives null when it cannot', () => {
    expect(meetsTarget(22, { op: '>=', value: 22 })).toBe(true);
    expect(meetsTarget(0.59, { op: '<', value: 0.6 })).toBe(true);
    expect(meetsTarget(null, { op: '>=', value: 22 })).toBeNull();
    expect(meetsTarget('优', { op: '>=', value: 22 })).toBeNull();
    expect(meetsTarget(5, null)).toBeNull();
  });
});
