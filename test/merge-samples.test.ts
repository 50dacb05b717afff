import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/core/data/dataset.ts';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import { mergeSampleTable } from '../src/core/data/merge-samples.ts';
import { computeReport } from '../src/core/indicators/compute-report.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

// test/fixtures/monitoring/utf8-bom.csv (see its README): W01 曹娥江大桥 has rows 2, 3 and 9;
// W02 百官渡口 rows 4 and 5; row 6 (W03) has the impossible date 2018-02-30; row 7 (W99) matches
// nothing; row 10 has only the name 章家埠; row 11 has id W07 (unknown) and name 丰惠桥.
const csv = new Uint8Array(await readFile(path.join(FIXTURES, 'monitoring', 'utf8-bom.csv')));
const point = (properties: Record<string, unknown>) => ({ type: 'Feature' as const, properties, geometry: { type: 'Point' as const, coordinates: [120.05, 30.05] } });

describe('mergeSampleTable', () => {
  const sections = [point({ id: 'W01', name: '曹娥江大桥' }), point({ id: 'W02', name: '百官渡口', samples: [{ date: '2018-01-10', DO: 7 }] }), point({ id: 'W03', name: '丰惠桥' }), point({ id: 'W05', name: '章家埠' })];

  it('adds each row to the section with its id, else its name, keeping values as the lab wrote them', async () => {
    const r = await mergeSampleTable(sections, 'm.csv', csv);
    const samples = r.features.map((f) => (f.properties.samples as { date: string }[] | undefined)?.map((s) => s.date) ?? []);
    expect(samples).toEqual([['2018-02-08', '2018-03-15', '2018-04-12'], ['2018-01-10', '2018-03-14', '2018-04-11'], ['2018-03-21'], ['2018-03-20']]);
    const w01 = r.features[0]!.properties.samples as Record<string, unknown>[];
    expect(w01[1]).toMatchObject({ date: '2018-03-15', pH: 7.62, DO: 8.4, CODMn: 2.9, NH3N: 0.412, TP: 0.085, Pb: 0.0015, oil: '0.05L' });
    expect(sections[0]!.properties.samples).toBeUndefined();
  });
  it('names rows it cannot use: an impossible date, and rows that match no section (one warning)', async () => {
    const r = await mergeSampleTable(sections, 'm.csv', csv);
    const t = r.issues.map(formatIssue).join('\n');
    expect(t).toMatch(/m\.csv: Row 6 \(id W03, name 丰惠桥\) has the date "2018-02-30", which is not a real date/);
    expect(t).toMatch(/Warning: m\.csv: 1 row matches no section: row 7 \(/);
    expect(r.missing).toEqual([expect.objectContaining({ layer: 'sections', file: 'm.csv', reason: expect.stringMatching(/Row 6/) })]);
  });
});

describe('a manifest naming a monitoring spreadsheet', () => {
  it('evaluates the sections from its rows', async () => {
    const files: Record<string, unknown> = {
      'manifest.json': { layers: { boundary: 'b.geojson', sections: { file: 's.geojson', samples: 'monitoring.csv' } } },
      'b.geojson': { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[120, 30], [120.1, 30], [120.1, 30.1], [120, 30]]] } }] },
      // No samples and no class in the GeoJSON: the spreadsheet gives them.
      's.geojson': { type: 'FeatureCollection', features: [point({ id: 'W01', name: '曹娥江大桥', level: '国控', targetClass: 'III' }), point({ id: 'W02', name: '百官渡口', level: '市控', targetClass: 'III' })] },
    };
    const { dataset, issues } = await loadDataset(async (f) => (f === 'monitoring.csv' ? csv : f in files ? JSON.stringify(files[f]) : null));
    expect(issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([expect.stringMatching(/Row 6 .*2018-02-30/)]);
    const r = computeReport(dataset!);
    // W01 annual means (rows 9, 2, 3): DO (9.1+8.4+7.9)/3 = 8.467 (I), CODMn (2.5+2.9+3.1)/3 = 2.833 (II),
    // NH3N (0.31+0.412+0.38)/3 = 0.3673 (II), TP (0.07+0.085+0.092)/3 = 0.0823 (II) → II.
    // W02 (rows 4, 5): DO (6.8+6.5)/2 = 6.65 (II), CODMn (4.2+4.6)/2 = 4.4 (III), TP (0.16+0.18)/2 = 0.17 (III),
    // NH3N 0.95 and ND (no limit known for NH3N: left out with a warning) → 0.95 (III) → III.
    expect(r.sections.map((s) => [s.id, s.cls])).toEqual([['W01', 2], ['W02', 3]]);
    expect(issues.map(formatIssue).join('\n')).toMatch(/NH3N is written "not detected" without a detection limit/);
  });
});
