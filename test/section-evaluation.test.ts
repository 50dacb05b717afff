import { describe, expect, it } from 'vitest';
import { annualClassification, annualTnClass, cleanDecimal, monthlyClasses, monthlyTnClasses, monthOf, parameterMeans, sampleClasses } from '../src/core/water/section-evaluation.ts';

describe('section evaluation', () => {
  it('averages each parameter over the samples that report it', () => {
    // "n.d." without a limit: ammonia has no method limit in the table, so it is left out, not counted as 0.
    expect(parameterMeans([
      { date: '2018-01-05', DO: 6, NH3N: 0.4 },
      { date: '2018-02-05', DO: 8 },
      { date: '2018-03-05', DO: 7, NH3N: 'n.d.' },
    ])).toEqual({ DO: 7, NH3N: 0.4 });
  });
  it('averages a value below the detection limit as half the limit, which can change the class', () => {
    const samples = [{ date: '2018-01-05', NH3N: '0.05L' }, { date: '2018-02-05', NH3N: 0.96 }];
    // (0.025 + 0.96) / 2 = 0.4925 ≤ 0.5: class II. Read as 0.05 the mean would be (0.05 + 0.96) / 2 = 0.505 (III);
    // skipped as text (the old reading) it would be 0.96 (III).
    expect(parameterMeans(samples)).toEqual({ NH3N: 0.4925 });
    expect(annualClassification(samples, 'river')).toMatchObject({ cls: 2, decisive: ['NH3N'] });
    expect(annualClassification([samples[1]!, { date: '2018-01-05', NH3N: 0.05 }], 'river').cls).toBe(3);
  });
  it('reads <0.01, ND(0.01), 未检出 and numbers as text', () => {
    // TP: "<0.01" → 0.005, "ND(0.01)" → 0.005, "未检出" → half of GB 11893-89's 0.01 = 0.005, "0.065" → 0.065:
    // mean (0.005 × 3 + 0.065) / 4 = 0.08 / 4 = 0.02. DO " 7 " and "8": mean 7.5.
    const samples = [
      { date: '2018-01-05', TP: '<0.01', DO: ' 7 ' },
      { date: '2018-02-05', TP: 'ND(0.01)', DO: '8' },
      { date: '2018-03-05', TP: '未检出' },
      { date: '2018-04-05', TP: '0.065' },
    ];
    expect(parameterMeans(samples)).toEqual({ TP: 0.02, DO: 7.5 });
    // River: TP 0.02 is I (≤ 0.02), DO 7.5 is I; a lake's TP 0.02 is II (0.01 < 0.02 ≤ 0.025).
    expect(annualClassification(samples, 'river')).toMatchObject({ cls: 1, decisive: ['DO', 'TP'] });
    expect(annualClassification(samples, 'lake')).toMatchObject({ cls: 2, decisive: ['TP'] });
    // Single samples (river): DO 7 is II (6 ≤ 7 < 7.5); DO 8 and TP 0.005 are I; TP 0.005 alone I; TP 0.065 II.
    expect(sampleClasses(samples, 'river')).toEqual([2, 1, 1, 2]);
  });
  it('keeps a mean that is on a limit in decimal on it (0.1 + 0.2 = 0.3, mean 0.15)', () => {
    expect(cleanDecimal(0.1 + 0.2)).toBe(0.3);
    const samples = [{ date: '2018-01-01', NH3N: 0.1 }, { date: '2018-02-01', NH3N: 0.2 }];
    expect((0.1 + 0.2) / 2).toBeGreaterThan(0.15); // the raw floating-point mean would fall into class II
    expect(annualClassification(samples, 'river').cls).toBe(1);
  });
  it('classes the annual means, not the worst month', () => {
    const samples = [
      { date: '2018-01-10', CODMn: 3 }, { date: '2018-02-10', CODMn: 3 }, { date: '2018-03-10', CODMn: 9 },
    ];
    expect(sampleClasses(samples, 'river')).toEqual([2, 2, 4]);
    // Mean CODMn 5 mg/L is class III (≤ 6), although March alone is class IV.
    expect(annualClassification(samples, 'river').cls).toBe(3);
  });
  it('classes each month, averaging samples of the same month', () => {
    const m = monthlyClasses([
      { date: '2018-01-10', NH3N: 0.4 }, { date: '2018-01-25', NH3N: 1.4 }, { date: '2018-03-01', NH3N: 2.5 }, { date: 'bad', NH3N: 0.1 },
    ], 'river');
    expect([...m.entries()].map(([k, v]) => [k, v.cls])).toEqual([[1, 3], [3, 6]]);
    expect(monthOf('2018-13-01')).toBeNull();
  });
  it('gives a reservoir whose class is II a TN class III of its own, yearly and monthly', () => {
    // Means: DO 8 (I), CODMn 3 (II, ≤ 4), NH3N 0.3 (II, ≤ 0.5), TP 0.02 (II by the lake limits, 0.01 < 0.02 ≤ 0.025),
    // TN (0.8 + 1.0) / 2 = 0.9 (III, 0.5 < 0.9 ≤ 1.0), faecal coliform 15,000 (IV): the class is II; TN is III beside it.
    const samples = [
      { date: '2018-01-10', DO: 8, CODMn: 3, NH3N: 0.3, TP: 0.02, TN: 0.8, fecalColiform: 15000 },
      { date: '2018-02-10', DO: 8, CODMn: 3, NH3N: 0.3, TP: 0.02, TN: 1.0, fecalColiform: 15000 },
      { date: '2018-03-10', DO: 8, CODMn: 3, NH3N: 0.3, TP: 0.02 },
    ];
    expect(annualClassification(samples, 'reservoir')).toMatchObject({ cls: 2, decisive: ['CODMn', 'NH3N', 'TP'] });
    expect(annualTnClass(samples, 'reservoir')).toBe(3);
    expect(annualTnClass(samples, 'river')).toBeNull();
    // January 0.8 (III), February 1.0 (III, on the limit), March no TN.
    expect([...monthlyTnClasses(samples, 'reservoir')]).toEqual([[1, 3], [2, 3], [3, null]]);
    expect(monthlyTnClasses(samples, 'river').size).toBe(0);
    expect([...monthlyClasses(samples, 'reservoir').values()].map((c) => c.cls)).toEqual([2, 2, 2]);
  });
});
