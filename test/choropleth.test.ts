import { describe, expect, it } from 'vitest';
import { CHOROPLETH_NO_DATA, classColor, targetClasses } from '../src/map/choropleth.ts';

describe('targetClasses', () => {
  it('puts the target on a class break with two classes either side (≥ 22 %)', () => {
    const c = targetClasses(22, true, true);
    expect(c.map((k) => [k.from, k.to, k.meets])).toEqual([[null, 11, false], [11, 16.5, false], [16.5, 22, false], [22, 27.5, true], [27.5, null, true]]);
    expect(classColor(21.99, c)).toBe(c[2]!.color);
    expect(classColor(22, c)).toBe(c[3]!.color);
    expect(classColor(null, c)).toBe(CHOROPLETH_NO_DATA);
  });
  it('caps the top break of a percentage halfway to 100, and gives 100 % targets 80 / 90 / 100', () => {
    expect(targetClasses(80, true, true).map((k) => k.from)).toEqual([null, 40, 60, 80, 90]);
    const full = targetClasses(100, true, true);
    expect(full.map((k) => [k.from, k.to, k.meets])).toEqual([[null, 80, false], [80, 90, false], [90, 100, false], [100, null, true]]);
    expect(classColor(100, full)).toBe(full[3]!.color);
  });
  it('mirrors the colours for a "below" target, meeting classes under it', () => {
    const c = targetClasses(0.6, false, false);
    expect(c.map((k) => [k.from, k.to, k.meets])).toEqual([[null, 0.45, true], [0.45, 0.6, true], [0.6, 0.75, false], [0.75, 0.9, false], [0.9, null, false]]);
    expect(c[0]!.color).toBe('#2e7d32');
  });
});
