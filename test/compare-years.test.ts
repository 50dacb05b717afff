/**
 * Year against year on test/fixtures/two-years (see test/fixtures/README.md): parcel F2 became
 * forest (宜林地 → 竹林地, in 乙镇), F3 left it (乔木林地 → 迹地, in 甲镇), a protected area was
 * added, S1 improved (Ⅳ → Ⅱ) and S2 worsened (Ⅲ → Ⅳ).
 */
import { describe, expect, it } from 'vitest';
import { computeReport } from '../src/core/indicators/compute-report.ts';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import { loadYears } from '../src/core/years/load-years.ts';
import { compareYears } from '../src/core/years/compare-years.ts';
import { quadArea as Q, relDiff } from './helpers/closed-form.ts';
import { fixtureReader, memoryReader } from './helpers/read-fixture.ts';

const read = fixtureReader('two-years');
const root = (await loadDataset(read)).dataset!;
const years = await loadYears(read, root);
const [y17, y18] = years.map((y) => ({ year: y.year, dataset: y.dataset!, report: computeReport(y.dataset!) })) as [never, never];
const c = compareYears(y17, y18);
const F1 = Q(120.001, 30.001, 120.004, 30.004), F2 = Q(120.011, 30.001, 120.014, 30.004), F3 = Q(120.005, 30.006, 120.008, 30.009);

describe('loadYears', () => {
  it('loads every year the root manifest names, oldest first, a year sharing the root’s files by ../', () => {
    expect(years.map((y) => [y.year, y.issues.filter((i) => i.severity === 'error').length])).toEqual([[2017, 0], [2018, 0]]);
    expect(years[0]!.dataset!.manifest.layers.towns!.file).toBe('towns.geojson');
    expect(years[0]!.dataset!.manifest.layers.forestParcels!.file).toBe('2017/forest.geojson');
  });
  it('refuses a year whose manifest or files would leave the dataset folder, and a year that is not one', async () => {
    const files = { 'manifest.json': JSON.stringify({ year: 2018, years: { '2017': '../other/manifest.json', '17': 'x.json' }, layers: { boundary: 'b.geojson' } }), 'b.geojson': '{"type":"FeatureCollection","features":[]}' };
    const r = await loadDataset(memoryReader(files));
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['manifest.yearsBadPath', 'manifest.yearsBadYear']));
    const sub = { 'y/manifest.json': JSON.stringify({ year: 2017, layers: { boundary: '../../b.geojson' } }) };
    const s = await loadDataset(memoryReader(sub), 'y/manifest.json');
    expect(s.dataset).toBeNull();
    expect(s.issues[0]!.code).toBe('manifest.badFilePath');
  });
});

describe('compareYears', () => {
  it('gives each indicator in both years and the change', () => {
    const forest = c.indicators.find((i) => i.id === 'forestCoverage')!;
    const district = Q(120, 30, 120.02, 30.01);
    expect(relDiff(forest.from!, ((F1 + F3) / district) * 100)).toBeLessThan(1e-7);
    expect(relDiff(forest.to!, ((F1 + F2) / district) * 100)).toBeLessThan(1e-7);
    expect(Math.abs(forest.change! - ((F2 - F3) / district) * 100)).toBeLessThan(1e-9);
  });
  it('builds the land-class transition matrix and the forest gained and lost per town', () => {
    const f = c.forest!;
    const at = (a: string, b: string) => f.matrixM2[f.classes.indexOf(a)]![f.classes.indexOf(b)]!;
    expect(f.classes).toEqual(['乔木林地', '竹林地', '迹地', '宜林地']);
    expect(relDiff(at('乔木林地', '乔木林地'), F1)).toBeLessThan(1e-8);
    expect(relDiff(at('宜林地', '竹林地'), F2)).toBeLessThan(1e-8);
    expect(relDiff(at('乔木林地', '迹地'), F3)).toBeLessThan(1e-8);
    expect(f.matrixM2.flat().filter((v) => v > 0).length).toBe(3);
    expect([f.intoForest, f.outOfForest]).toEqual([[1], [2]]);
    expect(f.byTown.map((t) => [t.name, t.intoForestM2 > 0, t.outOfForestM2 > 0])).toEqual([['甲镇', false, true], ['乙镇', true, false]]);
    expect(relDiff(f.byTown[1]!.intoForestM2, F2)).toBeLessThan(1e-8);
  });
  it('lists the sections that improved or worsened, the counts per class (灭Ⅴ减Ⅳ增Ⅲ), and the protected areas added', () => {
    expect(c.sections.map((s) => [s.id, s.change])).toEqual([['S1', 'improved'], ['S2', 'worsened'], ['S3', 'same']]);
    expect(c.classCounts).toEqual({ from: { I: 0, II: 0, III: 2, IV: 1, V: 0, 劣V: 0 }, to: { I: 0, II: 1, III: 1, IV: 1, V: 0, 劣V: 0 } });
    expect(c.protectedAreas).toEqual({ added: ['新湿地公园'], removed: [], addedIndices: [1] });
  });
});
