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

  it('classes each section by its worst annual-mean parameter', () => {
    expect(s.map((x) => [x.id, formatWaterClass(x.cls)])).toEqual([
      ['S1', 'II'], ['S2', '劣V'], ['S3', 'III'], ['S4', 'II'], ['S5', 'IV'], ['S6', 'IV'], ['S7', 'III'],
    ]);
    expect(row('S1').decisive).toEqual(['DO', 'CODMn', 'NH3N', 'TP']);
    expect(row('S2').decisive).toEqual(['pH']);
    expect(row('S3').decisive).toEqual(['TP']);
    expect(row('S5')).toMatchObject({ classSource: 'given', decisive: [] });
  });
  it('takes the target from the section, else from the zone it lies in', () => {
    expect(s.map((x) => [x.id, formatWaterClass(x.targetClass), x.targetSource])).toEqual([
      ['S1', 'II', 'zone'], ['S2', 'II', 'zone'], ['S3', 'III', 'zone'], ['S4', 'III', 'zone'], ['S5', 'III', 'zone'], ['S6', '', null], ['S7', 'II', 'section'],
    ]);
    expect(s.map((x) => x.compliant)).toEqual([true, false, true, true, false, null, false]);
  });
  it('finds drinking-water sections by flag or by lying in a drinking-water protection area', () => {
    expect(s.filter((x) => x.drinkingWater).map((x) => x.id)).toEqual(['S3', 'S7']);
  });
});
