import { describe, expect, it } from 'vitest';
import { currentPhase, PHASES, TOUR } from '../src/app/exhibition/tour-steps.ts';
import { ALL_INDICATORS } from '../src/core/indicators/catalog.ts';

describe('exhibition tour', () => {
  it('tells the story in the order of the plan, with real indicators', () => {
    expect(TOUR.map((s) => s.id)).toEqual(['redLines', 'protected', 'forest', 'water', 'parks', 'summary']);
    for (const s of TOUR) if (s.indicator) expect(ALL_INDICATORS.map((d) => d.id)).toContain(s.indicator);
  });
  it('marks the current phase of the plan', () => {
    expect(currentPhase('2016-12')).toBe(-1);
    expect(currentPhase('2017-03')).toBe(0);
    expect(currentPhase('2018-01')).toBe(1);
    expect(currentPhase('2018-08')).toBe(3);
    expect(currentPhase('2018-12')).toBe(4);
    expect(currentPhase('2026-11')).toBe(PHASES.length);
  });
});
