import { describe, expect, it } from 'vitest';
import { annualClassification, cleanDecimal, monthlyClasses, monthOf, parameterMeans, sampleClasses } from '../src/core/water/section-evaluation.ts';

describe('section evaluation', () => {
  it('averages each parameter over the samples that report it', () => {
    expect(parameterMeans([
      { date: '2018-01-05', DO: 6, NH3N: 0.4 },
      { date: '2018-02-05', DO: 8 },
      { date: '2018-03-05', DO: 7, NH3N: 'n.d.' },
    ])).toEqual({ DO: 7, NH3N: 0.4 });
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
});
