/**
 * Each year's indicator values on test/fixtures/two-years: the computed ones from that year's
 * layers (forest coverage by hand: forest parcels inside the district over the district), the
 * reported ones from that year's own statistics file — 2017's gives good-air days and the EI
 * rating only, so its energy per GDP is blank, not 2018's 0.52.
 */
import { describe, expect, it } from 'vitest';
import { computeReport } from '../src/core/indicators/compute-report.ts';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import { loadYears } from '../src/core/years/load-years.ts';
import { yearValues } from '../src/core/years/year-values.ts';
import { quadArea as Q, relDiff } from './helpers/closed-form.ts';
import { fixtureReader } from './helpers/read-fixture.ts';

const read = fixtureReader('two-years');
const root = (await loadDataset(read)).dataset!;
const years = await loadYears(read, root);
const values = yearValues(years.map((y) => ({ year: y.year, dataset: y.dataset!, report: computeReport(y.dataset!) })));
const district = Q(120, 30, 120.02, 30.01);

describe('yearValues', () => {
  it('gives every indicator of every year, oldest first', () => {
    expect(values.map((v) => v.year)).toEqual([2017, 2018]);
    expect(Object.keys(values[0]!.indicators).sort()).toEqual(Object.keys(values[1]!.indicators).sort());
  });
  it('reads the reported values from each year’s own statistics file, blank where that year has none', () => {
    const [y17, y18] = values as [typeof values[0], typeof values[0]];
    expect([y17.indicators.goodAirDays, y18.indicators.goodAirDays]).toEqual([80.3, 84.1]);
    expect([y17.indicators.ecologicalIndexRating, y18.indicators.ecologicalIndexRating]).toEqual(['良', '优']);
    expect([y17.indicators.energyPerGdp, y18.indicators.energyPerGdp]).toEqual([null, 0.52]);
    expect([y17.indicators.publicSatisfaction, y18.indicators.publicSatisfaction]).toEqual([null, null]);
  });
  it('computes each year from its own layers (forest coverage by hand)', () => {
    // 2017: F1, F3 and F6 are forest (F2, F4 宜林地); 2018: F1, F2, F4 inside the district, F5. The
    // closed form bounds the parallels' arcs, the polygons' edges are geodesics: 1e-8 as in compare-years.
    const f17 = Q(120.001, 30.001, 120.004, 30.004) + Q(120.005, 30.006, 120.008, 30.009) + Q(120.009, 30.006, 120.012, 30.008);
    const f18 = Q(120.001, 30.001, 120.004, 30.004) + Q(120.011, 30.001, 120.014, 30.004) + Q(120.018, 30.005, 120.02, 30.008) + Q(120.001, 30.006, 120.004, 30.009);
    expect(relDiff(values[0]!.indicators.forestCoverage as number, (f17 / district) * 100)).toBeLessThan(1e-8);
    expect(relDiff(values[1]!.indicators.forestCoverage as number, (f18 / district) * 100)).toBeLessThan(1e-8);
  });
});
