import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { area as sphericalArea } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { formatIssue, hasErrors } from '../src/core/data/dataset.ts';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import { computeReport } from '../src/core/indicators/compute-report.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

const DATA = path.join(FIXTURES, '..', '..', 'data');

describe('the bundled sample dataset (data/)', async () => {
  const { dataset, issues } = await loadDataset(async (f) => readFile(path.join(DATA, f), 'utf8').catch(() => null));

  it('loads without errors or warnings and is marked as sample data', () => {
    expect(issues.map(formatIssue)).toEqual([]);
    expect(hasErrors(issues)).toBe(false);
    expect(dataset!.manifest.sample).toBe(true);
  });
  it('has the district of about 1,406 km² (Turf’s sphere agrees within 0.5 %)', () => {
    const b = dataset!.layers.boundary!.features[0]!;
    const report = computeReport(dataset!);
    const boundaryArea = (report.indicators[0]!.details as { boundaryAreaM2: number }).boundaryAreaM2;
    expect(boundaryArea / 1e6).toBeGreaterThan(1400);
    expect(boundaryArea / 1e6).toBeLessThan(1412);
    expect(Math.abs(sphericalArea(b) / boundaryArea - 1)).toBeLessThan(0.005);
  });
  it('has the sizes the data contract promises', () => {
    expect(dataset!.layers.sections!.features.length).toBeGreaterThanOrEqual(40);
    expect(dataset!.layers.forestParcels!.features.length).toBeGreaterThan(1000);
    expect(dataset!.layers.towns!.features.length).toBe(21);
  });
  it('computes every spatial indicator from complete inputs', () => {
    const report = computeReport(dataset!);
    expect(report.indicators.filter((i) => i.source === 'computed' && !i.complete).map((i) => i.id)).toEqual([]);
  });
  it('reads the 汤浦水库 sections from the monitoring spreadsheet, with TN class and trophic state', () => {
    // Values from an independent Python evaluation of data/monitoring-2018.csv (annual means, xL read
    // as x/2, TLI(Σ) with the weights 1, 0.84, 0.82, −0.83, 0.83 squared and normalised).
    const byId = new Map(computeReport(dataset!).sections.map((s) => [s.id, s]));
    for (const [id, tli] of [['SY10', 33.01], ['SY11', 34.62], ['SY12', 33.95]] as const) {
      const s = byId.get(id)!;
      expect(s.samples.length, id).toBe(12);
      expect(s.cls, id).toBe(2);
      expect(s.tnClass, id).toBe(2);
      expect(s.trophic!.tli, id).toBeCloseTo(tli, 2);
      expect(s.trophic!.grade, id).toBe('中营养');
    }
  });
});
