import { describe, expect, it } from 'vitest';
import { explainIndicator as howComputed } from '../src/core/indicators/explain.ts';
import { computeReport } from '../src/core/indicators/compute-report.ts';
import { loadValid } from './helpers/load-fixture.ts';

describe('explainIndicator', async () => {
  const r = computeReport(await loadValid('district'));
  const ind = (id: string) => r.indicators.find((i) => i.id === id)!;
  it('says how much overlap was counted once', () => {
    // E ∩ B = 0.01° × 0.01° at 30.04–30.05 N ≈ 1.07 km².
    expect(howComputed(ind('protectedShare'), 'zh')).toMatch(/^保护地合计 \d+\.\d\d km²（重叠 1\.07 km² 只计一次）÷ 辖区 106\.90 km²$/);
    expect(howComputed(ind('protectedShare'), 'en')).toMatch(/overlap of 1\.07 km² counted once/);
  });
  it('names missing inputs', () => {
    expect(howComputed(ind('sectionsGoodRate'), 'en')).toMatch(/^Missing: /);
  });
  it('gives source and year of reported values', () => {
    expect(howComputed(ind('goodAirDays'), 'zh')).toBe('test · 2018');
  });
});
