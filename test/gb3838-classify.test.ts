import { describe, expect, it } from 'vitest';
import { classify, parameterApplies, parameterClass, tnClass } from '../src/core/water/gb3838-classify.ts';
import { PARAMETER_BY_KEY, UNCLASSED_PARAMETER_INFO, UNCLASSED_PARAMETERS } from '../src/core/water/gb3838-limits.ts';

const p = (key: string) => PARAMETER_BY_KEY.get(key)!;

describe('GB 3838-2002 single-factor classes', () => {
  it('puts a value exactly on a limit in the better class', () => {
    expect(parameterClass(p('NH3N'), 0.15, 'river')).toBe(1);
    expect(parameterClass(p('NH3N'), 0.151, 'river')).toBe(2);
    expect(parameterClass(p('NH3N'), 0.5, 'river')).toBe(2);
    expect(parameterClass(p('NH3N'), 2.0, 'river')).toBe(5);
    expect(parameterClass(p('NH3N'), 2.01, 'river')).toBe(6);
    expect(parameterClass(p('CODMn'), 6, 'river')).toBe(3);
    // COD: classes I and II share 15 mg/L, so 15 is class I.
    expect(parameterClass(p('COD'), 15, 'river')).toBe(1);
    expect(parameterClass(p('COD'), 15.1, 'river')).toBe(3);
  });
  it('rates dissolved oxygen from below (≥)', () => {
    expect(parameterClass(p('DO'), 7.5, 'river')).toBe(1);
    expect(parameterClass(p('DO'), 6, 'river')).toBe(2);
    expect(parameterClass(p('DO'), 5.99, 'river')).toBe(3);
    expect(parameterClass(p('DO'), 2, 'river')).toBe(5);
    expect(parameterClass(p('DO'), 1.9, 'river')).toBe(6);
  });
  it('makes pH outside 6–9 劣V and lets pH inside pass', () => {
    expect(classify({ pH: 9.01, DO: 8 }, 'river')).toMatchObject({ cls: 6, decisive: ['pH'] });
    expect(classify({ pH: 5.9, DO: 8 }, 'river').cls).toBe(6);
    expect(classify({ pH: 6, DO: 8 }, 'river')).toMatchObject({ cls: 1, decisive: ['DO'] });
  });
  it('uses the lake and reservoir phosphorus limits', () => {
    expect(classify({ TP: 0.04 }, 'river').cls).toBe(2);
    expect(classify({ TP: 0.04 }, 'lake').cls).toBe(3);
    expect(classify({ TP: 0.025 }, 'reservoir').cls).toBe(2);
    expect(classify({ TP: 0.21 }, 'lake').cls).toBe(6);
  });
  it('never counts TN, faecal coliform or water temperature for the class, on rivers, lakes or reservoirs (环办〔2011〕22号)', () => {
    expect(classify({ DO: 8, TN: 5, fecalColiform: 90000, temp: 35 }, 'river')).toMatchObject({ cls: 1, decisive: ['DO'] });
    // TN 1.2 mg/L is IV by the lake limits (1.0 < 1.2 ≤ 1.5) and 15,000 faecal coliform/L is IV (10,000 < 15,000 ≤ 20,000):
    // neither lowers the class of DO 8 (I).
    expect(classify({ DO: 8, TN: 1.2 }, 'lake')).toMatchObject({ cls: 1, decisive: ['DO'] });
    expect(classify({ DO: 8, fecalColiform: 15000 }, 'reservoir')).toMatchObject({ cls: 1, decisive: ['DO'] });
    expect(classify({ TN: 1.2, fecalColiform: 15000, temp: 20 }, 'lake')).toEqual({ cls: null, decisive: [], parameters: [] });
    expect(parameterApplies(PARAMETER_BY_KEY.get('TN')!, 'lake')).toBe(false);
    expect(parameterApplies(PARAMETER_BY_KEY.get('TP')!, 'reservoir')).toBe(true);
  });
  it('gives lakes and reservoirs a TN class of their own, from the lake limits 0.2, 0.5, 1.0, 1.5, 2.0 mg/L', () => {
    expect(tnClass({ TN: 0.2 }, 'lake')).toBe(1);
    expect(tnClass({ TN: 0.21 }, 'lake')).toBe(2);
    expect(tnClass({ TN: 1.0 }, 'reservoir')).toBe(3);
    expect(tnClass({ TN: 1.2 }, 'lake')).toBe(4);
    expect(tnClass({ TN: 2.0 }, 'reservoir')).toBe(5);
    expect(tnClass({ TN: 2.01 }, 'lake')).toBe(6);
    expect(tnClass({ TN: '0.3L' }, 'lake')).toBe(1); // 0.15 ≤ 0.2
    expect(tnClass({ TN: 5 }, 'river')).toBeNull();
    expect(tnClass({ DO: 8 }, 'lake')).toBeNull();
  });
  it('reads numbers as text and values below the detection limit as half the limit', () => {
    // DO " 7.5 " → 7.5 (I, ≥ 7.5); NH3N "0.2L" → 0.1 (I, ≤ 0.15); CODMn "＜4.2" → 2.1 (II, 2 < 2.1 ≤ 4).
    const r = classify({ DO: ' 7.5 ', NH3N: '0.2L', CODMn: '＜4.2' }, 'river');
    expect(r).toMatchObject({ cls: 2, decisive: ['CODMn'] });
    expect(r.parameters.map((x) => [x.key, x.value, x.cls])).toEqual([['DO', 7.5, 1], ['CODMn', 2.1, 2], ['NH3N', 0.1, 1]]);
    // pH 15 and "abc" are invalid and left out; TP "ND(0.01)" is 0.005 (I, ≤ 0.02).
    expect(classify({ pH: 15, DO: 'abc', TP: 'ND(0.01)' }, 'river')).toMatchObject({ cls: 1, decisive: ['TP'] });
  });
  it('takes the worst parameter and names every parameter at that class', () => {
    const r = classify({ DO: 6.5, CODMn: 5.2, NH3N: 0.9, TP: 0.15, Hg: 0.00005 }, 'river');
    expect(r.cls).toBe(3);
    expect(r.decisive).toEqual(['CODMn', 'NH3N', 'TP']);
    expect(r.parameters.map((x) => [x.key, x.cls])).toEqual([['DO', 2], ['CODMn', 3], ['NH3N', 3], ['TP', 3], ['Hg', 1]]);
  });
  it('knows water temperature, chlorophyll a and Secchi depth, and never classes them', () => {
    expect(UNCLASSED_PARAMETERS).toEqual(['temp', 'chla', 'SD']);
    expect(UNCLASSED_PARAMETER_INFO.map((p) => [p.key, p.nameZh, p.unit])).toEqual([['temp', '水温', '°C'], ['chla', '叶绿素a', 'mg/m³'], ['SD', '透明度', 'm']]);
    expect(classify({ chla: 90, SD: 0.1, temp: 35 }, 'lake').cls).toBeNull();
  });
  it('returns no class when nothing evaluable was measured', () => {
    expect(classify({ temp: 20, foo: 1, DO: 'n/a' }, 'river')).toEqual({ cls: null, decisive: [], parameters: [] });
  });
});
