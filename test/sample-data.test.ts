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
});
