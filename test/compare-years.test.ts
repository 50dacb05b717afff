/**
 * Year against year on test/fixtures/two-years (see test/fixtures/README.md): F2 became forest
 * (宜林地 → 竹林地, in 乙镇), F4 too but it crosses the district's east edge (only its part inside
 * counts), F5 is a new forest parcel (in no 2017 parcel), F3 left forest (乔木林地 → 迹地, in 甲镇),
 * F6 too across the two towns' shared edge; a protected area was added, S1 improved (Ⅳ → Ⅱ) and
 * S2 worsened (Ⅲ → Ⅳ). Expected areas are closed-form areas of the rectangles (helpers/closed-form.ts).
 */
import { describe, expect, it } from 'vitest';
import { computeReport } from '../src/core/indicators/compute-report.ts';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import { loadYears } from '../src/core/years/load-years.ts';
import { compareYears, NO_PARCEL } from '../src/core/years/compare-years.ts';
import type { YearReport } from '../src/core/years/compare-years.ts';
import { quadArea as Q, relDiff } from './helpers/closed-form.ts';
import { fixtureReader, memoryReader } from './helpers/read-fixture.ts';
import { nodingBound } from './helpers/noding-bound.ts';

const read = fixtureReader('two-years');
const root = (await loadDataset(read)).dataset!;
const years = await loadYears(read, root);
const [y17, y18] = years.map((y) => ({ year: y.year, dataset: y.dataset!, report: computeReport(y.dataset!) })) as [YearReport, YearReport];
const c = compareYears(y17, y18);
const F1 = Q(120.001, 30.001, 120.004, 30.004), F2 = Q(120.011, 30.001, 120.014, 30.004), F3 = Q(120.005, 30.006, 120.008, 30.009);
const F4in = Q(120.018, 30.005, 120.02, 30.008), F5 = Q(120.001, 30.006, 120.004, 30.009);
const F6west = Q(120.009, 30.006, 120.01, 30.008), F6east = Q(120.01, 30.006, 120.012, 30.008), F6 = Q(120.009, 30.006, 120.012, 30.008);
const district = Q(120, 30, 120.02, 30.01);

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
    expect(relDiff(forest.from!, ((F1 + F3 + F6) / district) * 100)).toBeLessThan(1e-7);
    expect(relDiff(forest.to!, ((F1 + F2 + F4in + F5) / district) * 100)).toBeLessThan(1e-7);
    expect(Math.abs(forest.change! - ((F2 + F4in + F5 - F3 - F6) / district) * 100)).toBeLessThan(1e-7);
  });
  it('measures forest gained and lost on the district: a parcel across its edge counts inside only, a new parcel counts', () => {
    const f = c.forest!;
    expect(relDiff(f.intoForestM2, F2 + F4in + F5)).toBeLessThan(1e-8);
    expect(relDiff(f.outOfForestM2, F3 + F6)).toBeLessThan(1e-8);
  });
  it('satisfies gained − lost = (coverage₂ − coverage₁) × district area', () => {
    const forest = c.indicators.find((i) => i.id === 'forestCoverage')!;
    const boundaryM2 = y18.report.indicators.find((i) => i.id === 'forestCoverage')!.details.boundaryAreaM2 as number;
    expect(Math.abs(c.forest!.intoForestM2 - c.forest!.outOfForestM2 - (forest.change! / 100) * boundaryM2)).toBeLessThan(1e-6);
    const share = c.indicators.find((i) => i.id === 'protectedShare')!;
    expect(Math.abs(c.protectedAreas.addedM2! - c.protectedAreas.removedM2! - (share.change! / 100) * boundaryM2)).toBeLessThan(1e-6);
  });
  it('gives the forest gained and lost per town on town ∩ district, adding up to the district', () => {
    const f = c.forest!;
    expect(f.byTown.map((t) => t.name)).toEqual(['甲镇', '乙镇']);
    const west = f.byTown[0]!; const east = f.byTown[1]!;
    expect(relDiff(west.intoForestM2, F5)).toBeLessThan(1e-8);
    expect(relDiff(west.outOfForestM2, F3 + F6west)).toBeLessThan(1e-7);
    expect(relDiff(east.intoForestM2, F2 + F4in)).toBeLessThan(1e-8);
    expect(relDiff(east.outOfForestM2, F6east)).toBeLessThan(1e-7);
    // The towns tile the district; F6 cut at the towns' edge gains a vertex off its geodesic edges (src/cli/README.md, Per zone).
    expect(relDiff(west.intoForestM2 + east.intoForestM2, f.intoForestM2)).toBeLessThan(1e-9);
    expect(relDiff(west.outOfForestM2 + east.outOfForestM2, f.outOfForestM2)).toBeLessThan(1e-6);
  });
  it('builds the land-class transition matrix on the district, with a row for land in no earlier parcel', () => {
    const f = c.forest!;
    const at = (a: string, b: string) => f.matrixM2[f.classes.indexOf(a)]![f.classes.indexOf(b)]!;
    expect(f.classes).toEqual(['乔木林地', '竹林地', '一般灌木林地', '迹地', '宜林地', NO_PARCEL]);
    expect(relDiff(at('乔木林地', '乔木林地'), F1)).toBeLessThan(1e-8);
    expect(relDiff(at('宜林地', '竹林地'), F2)).toBeLessThan(1e-8);
    expect(relDiff(at('乔木林地', '迹地'), F3)).toBeLessThan(1e-8);
    expect(relDiff(at('宜林地', '乔木林地'), F4in)).toBeLessThan(1e-8);
    expect(relDiff(at(NO_PARCEL, '竹林地'), F5)).toBeLessThan(1e-8);
    expect(relDiff(at('乔木林地', '一般灌木林地'), F6)).toBeLessThan(1e-8);
    expect(f.matrixM2.flat().filter((v) => v > 0).length).toBe(6);
    // The cells into forest from outside it add up to the forest gained, and the reverse to the lost.
    const forestClasses = ['乔木林地', '竹林地', '特殊灌木林地'];
    const sum = (into: boolean) => f.classes.flatMap((a) => f.classes.map((b) => (forestClasses.includes(a) !== into && forestClasses.includes(b) === into ? at(a, b) : 0))).reduce((s, v) => s + v, 0);
    expect(relDiff(sum(true), f.intoForestM2)).toBeLessThan(1e-9);
    expect(relDiff(sum(false), f.outOfForestM2)).toBeLessThan(1e-9);
    expect([f.intoForest, f.outOfForest, f.added, f.removed]).toEqual([[1, 3, 4], [2, 5], ['F5'], []]);
  });
  it('lists the sections that improved or worsened, the counts per class (灭Ⅴ减Ⅳ增Ⅲ), and the protected areas added', () => {
    expect(c.sections.map((s) => [s.id, s.change])).toEqual([['S1', 'improved'], ['S2', 'worsened'], ['S3', 'same']]);
    expect(c.classCounts).toEqual({ from: { I: 0, II: 0, III: 2, IV: 1, V: 0, 劣V: 0 }, to: { I: 0, II: 1, III: 1, IV: 1, V: 0, 劣V: 0 } });
    expect(c.protectedAreas).toMatchObject({ added: ['新湿地公园'], removed: [], addedIndices: [1], removedM2: 0 });
    expect(relDiff(c.protectedAreas.addedM2!, Q(120.015, 30.006, 120.019, 30.009))).toBeLessThan(1e-8);
  });
});

describe('compareYears on the sample (2016 → 2018)', async () => {
  const { readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const dataDir = path.resolve(import.meta.dirname, '..', 'data');
  const readData = (f: string) => readFile(path.join(dataDir, f)).then((b) => new Uint8Array(b)).catch(() => null);
  const sample = (await loadDataset(readData)).dataset!;
  const [first, last] = (await loadYears(readData, sample)).map((y) => ({ year: y.year, dataset: y.dataset!, report: computeReport(y.dataset!) }));
  const s = compareYears(first!, last!);
  const f = s.forest!;
  const boundaryM2 = last!.report.indicators.find((i) => i.id === 'forestCoverage')!.details.boundaryAreaM2 as number;

  it('gained − lost = (coverage₂ − coverage₁) × district area, for forest and for protected land', () => {
    const forest = s.indicators.find((i) => i.id === 'forestCoverage')!;
    expect(Math.abs(f.intoForestM2 - f.outOfForestM2 - (forest.change! / 100) * boundaryM2)).toBeLessThan(1e-3);
    const share = s.indicators.find((i) => i.id === 'protectedShare')!;
    expect(Math.abs(s.protectedAreas.addedM2! - s.protectedAreas.removedM2! - (share.change! / 100) * boundaryM2)).toBeLessThan(1e-3);
  });
  // The noding tolerance (src/cli/README.md, Per zone; test/helpers/noding-bound.ts): 83 m² and 5 m² here.
  const forestM2 = last!.report.indicators.find((i) => i.id === 'forestCoverage')!.details.forestAreaM2 as number;
  const towns = last!.dataset.layers.towns!.features.map((f) => f.geometry);
  const forestShapes = [first!, last!].flatMap((y) => y.dataset.layers.forestParcels!.features.map((p) => p.geometry));
  const bound = nodingBound([...forestShapes, ...last!.dataset.layers.boundary!.features.map((b) => b.geometry), ...towns], towns);
  it('the towns add up to the district (within the noding tolerance)', () => {
    const sum = (k: 'intoForestM2' | 'outOfForestM2') => f.byTown.reduce((t, x) => t + x[k], 0);
    expect(Math.abs(sum('intoForestM2') - f.intoForestM2)).toBeLessThanOrEqual(bound);
    expect(Math.abs(sum('outOfForestM2') - f.outOfForestM2)).toBeLessThanOrEqual(bound);
  });
  it('neither side of a change is negative (26.92 km² of forest gained inside the district, 0.44 km² lost)', () => {
    expect(f.intoForestM2 / 1e6).toBeCloseTo(26.92, 2);
    expect(f.outOfForestM2 / 1e6).toBeCloseTo(0.44, 2);
    expect(s.protectedAreas.removedM2).toBe(0);
    expect(s.protectedAreas.addedM2).toBeGreaterThan(0);
  });
  it('the matrix\'s cells into and out of forest add up to the forest gained and lost', () => {
    const forestClasses = ['乔木林地', '竹林地', '特殊灌木林地'];
    const sum = (into: boolean) => f.classes.flatMap((a, i) => f.classes.map((b, j) => (forestClasses.includes(a) !== into && forestClasses.includes(b) === into ? f.matrixM2[i]![j]! : 0))).reduce((t, v) => t + v, 0);
    expect(Math.abs(sum(true) - f.intoForestM2)).toBeLessThan(1e-6 * forestM2);
    expect(Math.abs(sum(false) - f.outOfForestM2)).toBeLessThan(1e-6 * forestM2);
  });
});
