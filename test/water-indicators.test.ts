import { describe, expect, it } from 'vitest';
import { evaluateSections } from '../src/core/indicators/section-results.ts';
import { drinkingWaterCompliance, functionZoneCompliance, sectionsGoodRate } from '../src/core/indicators/water-indicators.ts';
import { loadValid } from './helpers/load-fixture.ts';

describe('water indicators on test/fixtures/water', async () => {
  const sections = evaluateSections(await loadValid('water'));

  it('sectionsGoodRate: 市控 and above at III or better (S1 II, S3 III of S1, S2, S3, S5)', () => {
    const m = sectionsGoodRate(sections);
    expect(m.value).toBe(50);
    expect(m.details).toMatchObject({ sections: 4, classIIIOrBetter: 2, countByClass: { I: 0, II: 1, III: 1, IV: 1, V: 0, '劣V': 1 } });
  });
  it('functionZoneCompliance: 4 of 7 sections with a target (S1, S3, S4, S8); S6 left out', () => {
    // S8 (reservoir, own target II) is II and complies: its TN (III) and faecal coliform (IV) do not count.
    const m = functionZoneCompliance(sections);
    expect(m.value).toBeCloseTo((4 / 7) * 100, 12);
    expect(m.details).toMatchObject({ sections: 7, compliant: 4, failing: ['S2', 'S5', 'S7'], noTarget: ['S6'] });
  });
  it('drinkingWaterCompliance: 4 of 5 single samples at III or better (S7 in March is IV)', () => {
    const m = drinkingWaterCompliance(sections);
    expect(m.value).toBe(80);
    expect(m.details).toMatchObject({ sections: ['S3', 'S7'], samples: 5, compliantSamples: 4 });
  });
  it('are not available without sections', () => {
    expect(sectionsGoodRate([]).value).toBeNull();
    expect(functionZoneCompliance([]).value).toBeNull();
    expect(drinkingWaterCompliance([]).value).toBeNull();
  });
});
