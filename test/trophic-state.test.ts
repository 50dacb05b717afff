import { describe, expect, it } from 'vitest';
import { annualTrophicState, partialTli, tliWeight, trophicGrade, trophicState } from '../src/core/water/trophic-state.ts';

// Weights by hand: r² = 1, 0.84² = 0.7056, 0.82² = 0.6724, (−0.83)² = 0.6889, 0.83² = 0.6889;
// Σ r² = 3.7558, so W = 1/3.7558 = 0.266255, 0.7056/3.7558 = 0.187869, 0.6724/3.7558 = 0.179030,
// 0.6889/3.7558 = 0.183423 (SD and CODMn).
describe('trophic state index TLI(Σ)', () => {
  it('weights the five parameters by r² / Σ r²', () => {
    expect(tliWeight('chla')).toBeCloseTo(0.266255, 6);
    expect(tliWeight('TP')).toBeCloseTo(0.187869, 6);
    expect(tliWeight('TN')).toBeCloseTo(0.179030, 6);
    expect(tliWeight('SD')).toBeCloseTo(0.183423, 6);
    expect(tliWeight('CODMn')).toBeCloseTo(0.183423, 6);
  });

  it('computes chla 10 mg/m³, TP 0.05, TN 1.0, SD 1.0 m, CODMn 4 by hand: 48.02, 中营养', () => {
    // TLI(chla)  = 10 (2.5 + 1.086 ln 10)    = 10 (2.5 + 1.086 × 2.302585)    = 10 × 5.000607 = 50.0061
    // TLI(TP)    = 10 (9.436 + 1.624 ln 0.05) = 10 (9.436 − 1.624 × 2.995732)  = 10 × 4.570931 = 45.7093
    // TLI(TN)    = 10 (5.453 + 1.694 ln 1)    = 54.53
    // TLI(SD)    = 10 (5.118 − 1.94 ln 1)     = 51.18
    // TLI(CODMn) = 10 (0.109 + 2.661 ln 4)    = 10 (0.109 + 2.661 × 1.386294)  = 10 × 3.797929 = 37.9793
    // Σ W·TLI = 0.266255×50.0061 + 0.187869×45.7093 + 0.179030×54.53 + 0.183423×51.18 + 0.183423×37.9793
    //         = 13.3144 + 8.5874 + 9.7625 + 9.3876 + 6.9663 = 48.018 → 30 ≤ 48.02 ≤ 50: 中营养.
    const t = trophicState({ chla: 10, TP: 0.05, TN: 1.0, SD: 1.0, CODMn: 4 }, 'lake')!;
    expect(t.parts.map((p) => p.key)).toEqual(['chla', 'TP', 'TN', 'SD', 'CODMn']);
    const tli = Object.fromEntries(t.parts.map((p) => [p.key, p.tli]));
    expect(tli.chla).toBeCloseTo(50.0061, 4);
    expect(tli.TP).toBeCloseTo(45.7093, 4);
    expect(tli.TN).toBeCloseTo(54.53, 10);
    expect(tli.SD).toBeCloseTo(51.18, 10);
    expect(tli.CODMn).toBeCloseTo(37.9793, 4);
    expect(t.parts.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12);
    expect(t.tli).toBeCloseTo(48.018, 3);
    expect(t).toMatchObject({ grade: '中营养', gradeEn: 'mesotrophic' });
  });

  it('grades a eutrophic reservoir: chla 40, TP 0.2, TN 2.0, SD 0.4, CODMn 8 → 65.00, 中度富营养', () => {
    // TLI: chla 10 (2.5 + 1.086 × 3.688879) = 65.0612; TP 10 (9.436 − 1.624 × 1.609438) = 68.2227;
    // TN 10 (5.453 + 1.694 × 0.693147) = 66.2719; SD 10 (5.118 + 1.94 × 0.916291) = 68.9560;
    // CODMn 10 (0.109 + 2.661 × 2.079442) = 56.4239.
    // Σ = 0.266255×65.0612 + 0.187869×68.2227 + 0.179030×66.2719 + 0.183423×68.9560 + 0.183423×56.4239
    //   = 17.3229 + 12.8169 + 11.8647 + 12.6481 + 10.3494 = 65.002 → 60 < 65.00 ≤ 70.
    const t = trophicState({ chla: 40, TP: 0.2, TN: 2.0, SD: 0.4, CODMn: 8 }, 'reservoir')!;
    expect(t.tli).toBeCloseTo(65.002, 3);
    expect(t).toMatchObject({ grade: '中度富营养', gradeEn: 'moderate eutrophic' });
  });

  it('grades an oligotrophic lake: chla 1, TP 0.01, TN 0.2, SD 4, CODMn 1 → 19.87, 贫营养', () => {
    // TLI: chla 10 × 2.5 = 25; TP 10 (9.436 − 1.624 × 4.605170) = 19.5720; TN 10 (5.453 − 1.694 × 1.609438) = 27.2661;
    // SD 10 (5.118 − 1.94 × 1.386294) = 24.2859; CODMn 10 × 0.109 = 1.09.
    // Σ = 6.6564 + 3.6770 + 4.8814 + 4.4546 + 0.1999 = 19.869.
    const t = trophicState({ chla: 1, TP: 0.01, TN: 0.2, SD: 4, CODMn: 1 }, 'lake')!;
    expect(t.tli).toBeCloseTo(19.869, 3);
    expect(t.grade).toBe('贫营养');
  });

  it('puts the grade boundaries where the method does (30 and 50 mesotrophic, 60 and 70 the lower grade)', () => {
    expect(trophicGrade(29.99).gradeEn).toBe('oligotrophic');
    expect(trophicGrade(30).grade).toBe('中营养');
    expect(trophicGrade(50).grade).toBe('中营养');
    expect(trophicGrade(50.01)).toEqual({ grade: '轻度富营养', gradeEn: 'light eutrophic' });
    expect(trophicGrade(60).grade).toBe('轻度富营养');
    expect(trophicGrade(60.01).grade).toBe('中度富营养');
    expect(trophicGrade(70).grade).toBe('中度富营养');
    expect(trophicGrade(70.01)).toEqual({ grade: '重度富营养', gradeEn: 'severe eutrophic' });
  });

  it('is null for rivers and unless all five parameters are measured', () => {
    const all = { chla: 10, TP: 0.05, TN: 1.0, SD: 1.0, CODMn: 4 };
    expect(trophicState(all, 'river')).toBeNull();
    expect(trophicState({ ...all, SD: undefined }, 'lake')).toBeNull();
    expect(trophicState({ ...all, chla: 0 }, 'lake')).toBeNull();
    // chlorophyll a has no method detection limit in the table: a bare 未检出 leaves it unknown.
    expect(trophicState({ ...all, chla: '未检出' }, 'lake')).toBeNull();
  });

  it('reads raw values and works on annual means of samples', () => {
    // TP 'ND(0.02)' is 0.01 → TLI(TP) = 10 (9.436 − 1.624 × 4.605170) = 19.5720 (as in the oligotrophic lake).
    expect(trophicState({ chla: '10', TP: 'ND(0.02)', TN: 1, SD: 1, CODMn: 4 }, 'lake')!.parts[1]!.tli).toBeCloseTo(19.5720, 4);
    // Means: chla (8 + 12) / 2 = 10, TP 0.05, TN (0.8 + 1.2) / 2 = 1.0, SD 1.0, CODMn (3 + 5) / 2 = 4: the first case, 48.018.
    const samples = [
      { date: '2018-01-10', chla: 8, TP: 0.05, TN: 0.8, SD: 1.0, CODMn: 3 },
      { date: '2018-07-10', chla: 12, TP: 0.05, TN: 1.2, SD: 1.0, CODMn: 5 },
    ];
    expect(annualTrophicState(samples, 'reservoir')!.tli).toBeCloseTo(48.018, 3);
    expect(partialTli('TN', 1)).toBeCloseTo(54.53, 10);
  });
});
