import { describe, expect, it } from 'vitest';
import { evaluateSections } from '../src/core/indicators/section-results.ts';
import { formatWaterClass } from '../src/core/water/water-class.ts';
import { loadValid } from './helpers/load-fixture.ts';

// test/fixtures/water: zones Z1 (II) west half and Z2 (III) east half of the south; a 饮用水水源保护区
// at 120.06–120.09 × 30.06–30.09. Classes worked out by hand in test/fixtures/README.md.
describe('evaluateSections', async () => {
  const d = await loadValid('water');
  const s = evaluateSections(d);
  const row = (id: string) => s.find((x) => x.id === id)!;

  it('classes each section by its worst annual-mean parameter, never by TN or faecal coliform', () => {
    expect(s.map((x) => [x.id, formatWaterClass(x.cls)])).toEqual([
      ['S1', 'II'], ['S2', '劣V'], ['S3', 'III'], ['S4', 'II'], ['S5', 'IV'], ['S6', 'IV'], ['S7', 'III'], ['S8', 'II'],
    ]);
    expect(row('S1').decisive).toEqual(['DO', 'CODMn', 'NH3N', 'TP']);
    expect(row('S2').decisive).toEqual(['pH']);
    expect(row('S3').decisive).toEqual(['TP']);
    expect(row('S5')).toMatchObject({ classSource: 'given', decisive: [] });
    // S8, a reservoir: CODMn 3, NH3N 0.3 and TP 0.02 (lake limits) are II; TN 0.9 (III) and faecal coliform
    // 15,000/L (IV) do not count, so II, not IV as when they counted for lakes and reservoirs.
    expect(row('S8').decisive).toEqual(['CODMn', 'NH3N', 'TP']);
  });
  it('gives lakes and reservoirs a TN class beside the class, rivers none', () => {
    // S3 (lake): TN (0.4 + 0.6) / 2 = 0.5 → II (on the limit); S8 (reservoir): (0.8 + 1.0) / 2 = 0.9 → III; S4 is a river.
    expect(s.map((x) => [x.id, formatWaterClass(x.tnClass)])).toEqual([
      ['S1', ''], ['S2', ''], ['S3', 'II'], ['S4', ''], ['S5', ''], ['S6', ''], ['S7', ''], ['S8', 'III'],
    ]);
  });
  it('gives the trophic state where a lake or reservoir has all five parameters (S3 only)', () => {
    // S3 means: chla (4 + 6) / 2 = 5 mg/m³, TP 0.04, TN 0.5, SD (1.2 + 0.8) / 2 = 1.0 m, CODMn 1.5.
    // TLI: chla 10 (2.5 + 1.086 × 1.609438) = 42.4785; TP 10 (9.436 − 1.624 × 3.218876) = 42.0855;
    // TN 10 (5.453 − 1.694 × 0.693147) = 42.7881; SD 51.18; CODMn 10 (0.109 + 2.661 × 0.405465) = 11.8794.
    // Σ W·TLI = 11.3101 + 7.9066 + 7.6604 + 9.3876 + 2.1790 = 38.444 (weights in test/trophic-state.test.ts): 中营养.
    expect(row('S3').trophic!.tli).toBeCloseTo(38.444, 3);
    expect(row('S3').trophic).toMatchObject({ grade: '中营养', gradeEn: 'mesotrophic' });
    // S8 has no chlorophyll a or Secchi depth; rivers never get one.
    expect(s.filter((x) => x.trophic !== null).map((x) => x.id)).toEqual(['S3']);
  });
  it('takes the target from the section, else from the zone it lies in', () => {
    expect(s.map((x) => [x.id, formatWaterClass(x.targetClass), x.targetSource])).toEqual([
      ['S1', 'II', 'zone'], ['S2', 'II', 'zone'], ['S3', 'III', 'zone'], ['S4', 'III', 'zone'], ['S5', 'III', 'zone'], ['S6', '', null], ['S7', 'II', 'section'], ['S8', 'II', 'section'],
    ]);
    expect(s.map((x) => x.compliant)).toEqual([true, false, true, true, false, null, false, true]);
  });
  it('finds drinking-water sections by flag or by lying in a drinking-water protection area', () => {
    expect(s.filter((x) => x.drinkingWater).map((x) => x.id)).toEqual(['S3', 'S7']);
  });
});
