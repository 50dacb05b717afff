import { describe, expect, it } from 'vitest';
import { phaseFromData, PHASES, TOUR } from '../src/app/exhibition/tour-steps.ts';
import { ALL_INDICATORS } from '../src/core/indicators/catalog.ts';

describe('exhibition tour', () => {
  it('tells the story in the order of the plan, with real indicators', () => {
    expect(TOUR.map((s) => s.id)).toEqual(['redLines', 'protected', 'forest', 'water', 'parks', 'towns', 'summary']);
    for (const s of TOUR) if (s.towns) expect(ALL_INDICATORS.map((d) => d.id)).toContain(s.towns);
    for (const s of TOUR) if (s.indicator) expect(ALL_INDICATORS.map((d) => d.id)).toContain(s.indicator);
  });
  it('marks the current phase of the plan', () => {
    // The phases are 规划编制 2017-01–04, 建设实施 2017-05–2018-05, 技术评估 2018-06–08, 整改提升 2018-08–10, 考核验收 2018-11–12.
    expect(phaseFromData(2016, 0, 29)).toBe(-1);
    expect(phaseFromData(null, 29, 29)).toBe(-1);
    expect(phaseFromData(2017, 10, 29)).toBe(1);
    // The plan's last year: rectification while any indicator is not met, acceptance when all are.
    expect(phaseFromData(2018, 23, 29)).toBe(3);
    expect(phaseFromData(2018, 29, 29)).toBe(4);
    // After the plan: all done only when every indicator is met — never from today's date.
    expect(phaseFromData(2026, 23, 29)).toBe(3);
    expect(phaseFromData(2026, 29, 29)).toBe(PHASES.length);
  });
});
