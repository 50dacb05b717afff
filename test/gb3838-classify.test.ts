import { describe, expect, it } from 'vitest';
import { classify, parameterClass } from '../src/core/water/gb3838-classify.ts';
import { PARAMETER_BY_KEY } from '../src/core/water/gb3838-limits.ts';

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
  it('ignores TN and faecal coliform on rivers, and water temperature everywhere', () => {
    expect(classify({ DO: 8, TN: 5, fecalColiform: 90000, temp: 35 }, 'river')).toMatchObject({ cls: 1, decisive: ['DO'] });
    expect(classify({ DO: 8, TN: 1.2 }, 'lake')).toMatchObject({ cls: 4, decisive: ['TN'] });
    expect(classify({ DO: 8, fecalColiform: 15000 }, 'reservoir').cls).toBe(4);
  });
  it('takes the worst parameter and names every parameter at that class', () => {
    const r = classify({ DO: 6.5, CODMn: 5.2, NH3N: 0.9, TP: 0.15, Hg: 0.00005 }, 'river');
    expect(r.cls).toBe(3);
    expect(r.decisive).toEqual(['CODMn', 'NH3N', 'TP']);
    expect(r.parameters.map((x) => [x.key, x.cls])).toEqual([['DO', 2], ['CODMn', 3], ['NH3N', 3], ['TP', 3], ['Hg', 1]]);
  });
  it('returns no class when nothing evaluable was measured', () => {
    expect(classify({ temp: 20, foo: 1, DO: 'n/a' }, 'river')).toEqual({ cls: null, decisive: [], parameters: [] });
  });
});
