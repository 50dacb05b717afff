import { describe, expect, it } from 'vitest';
import { higherIsBetter, rankZones } from '../src/app/towns/rank-zones.ts';
import type { ZoneIndicators } from '../src/core/compute.ts';

const zone = (index: number, v: number | null): ZoneIndicators => ({ name: `z${index}`, index, areaKm2: 1, indicators: { x: v }, areas: { protectedM2: null, forestM2: null }, sections: [] });

describe('rankZones', () => {
  const zones = [zone(0, 5), zone(1, null), zone(2, 9), zone(3, 5)];
  it('ranks best first by the target’s direction, ties in layer order, zones without a value last', () => {
    expect(rankZones(zones, 'x', { op: '>=', value: 6 }).map((z) => z.index)).toEqual([2, 0, 3, 1]);
    expect(rankZones(zones, 'x', { op: '<', value: 6 }).map((z) => z.index)).toEqual([0, 3, 2, 1]);
    expect([higherIsBetter(null), higherIsBetter({ op: '>', value: 1 }), higherIsBetter({ op: '<=', value: 1 })]).toEqual([true, true, false]);
  });
});
