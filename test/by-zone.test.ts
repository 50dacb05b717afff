/**
 * Indicators per town on test/fixtures/two-towns (see test/fixtures/README.md): two towns tile a
 * district; a protected area and a red line straddle their shared edge; a section lies exactly on
 * it; an urban area of 甲镇 lies in 乙镇 but names its town.
 */
import { describe, expect, it } from 'vitest';
import { computeReport } from '../src/core/indicators/compute-report.ts';
import { geometryArea } from '../src/core/geo/ellipsoidal-area.ts';
import { indicatorsByZone } from '../src/core/zones/by-zone.ts';
import { zoneOfPoint, zoneShapes } from '../src/core/zones/zone-assignment.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';
import { loadValid } from './helpers/load-fixture.ts';
import { fixtureReader } from './helpers/read-fixture.ts';
import { rect } from './helpers/shapes.ts';

const Q = quadArea;
const dataset = await loadValid(fixtureReader('two-towns'));
const byTown = indicatorsByZone(dataset, 'towns');
const [a, b] = byTown.zones as [typeof byTown.zones[0], typeof byTown.zones[0]];

describe('indicatorsByZone', () => {
  it('gives each town its area inside the district', () => {
    expect(byTown.zones.map((z) => z.name)).toEqual(['甲镇', '乙镇']);
    expect(relDiff(a.areaKm2 * 1e6, Q(120, 30, 120.01, 30.01))).toBeLessThan(1e-9);
    expect(relDiff(b.areaKm2 * 1e6, Q(120.01, 30, 120.02, 30.01))).toBeLessThan(1e-9);
  });

  it('computes protected share per town with overlaps counted once', () => {
    // 甲镇: P∩甲 = 120.005–120.01 × 30–30.005, R∩甲 = 120.008–120.01 × 30.002–30.008, overlapping in 120.008–120.01 × 30.002–30.005.
    const inA = Q(120.005, 30, 120.01, 30.005) + Q(120.008, 30.002, 120.01, 30.008) - Q(120.008, 30.002, 120.01, 30.005);
    const inB = Q(120.01, 30, 120.015, 30.005) + Q(120.01, 30.002, 120.012, 30.008) - Q(120.01, 30.002, 120.012, 30.005);
    // Q bounds by parallels; the core's edges are geodesics, 1e-6 away over these 1 km edges.
    expect(relDiff(a.areas.protectedM2!, inA)).toBeLessThan(5e-6);
    expect(relDiff(b.areas.protectedM2!, inB)).toBeLessThan(5e-6);
    expect(relDiff(a.indicators.protectedShare!, (a.areas.protectedM2! / (a.areaKm2 * 1e6)) * 100)).toBeLessThan(1e-12);
  });

  it('adds up over towns that tile the district to the district’s protected land, measured on the same vertices', () => {
    // The union P ∪ R with the vertices the towns' edge (the meridian 120.01) puts on it: the towns'
    // pieces share that edge, so their geodesic areas add up to this polygon's exactly.
    const noded = { type: 'Polygon' as const, coordinates: [[[120.005, 30], [120.01, 30], [120.015, 30], [120.015, 30.005], [120.012, 30.005], [120.012, 30.008], [120.01, 30.008], [120.008, 30.008], [120.008, 30.005], [120.005, 30.005], [120.005, 30]]] };
    const sum = a.areas.protectedM2! + b.areas.protectedM2!;
    expect(relDiff(sum, geometryArea(noded))).toBeLessThan(1e-12);
    // Without those two vertices (the district's own polygon) each 1 km geodesic edge bulges a
    // little differently: the district's area differs by a few m² in 663,108 m², under 1e-5.
    const district = computeReport(dataset).indicators.find((i) => i.id === 'protectedShare')!.details.protectedAreaM2 as number;
    expect(relDiff(sum, district)).toBeLessThan(1e-5);
  });

  it('splits a forest parcel across the edge, and leaves non-forest classes out', () => {
    const forestA = Q(120.001, 30.006, 120.004, 30.009) + Q(120.009, 30.006, 120.01, 30.009);
    const forestB = Q(120.01, 30.006, 120.011, 30.009); // F3 宜林地 does not count
    expect(relDiff(a.areas.forestM2!, forestA)).toBeLessThan(1e-8);
    expect(relDiff(b.areas.forestM2!, forestB)).toBeLessThan(1e-8);
    expect(relDiff(b.indicators.forestCoverage!, (forestB / Q(120.01, 30, 120.02, 30.01)) * 100)).toBeLessThan(1e-8);
  });

  it('counts the section on the shared edge once, in the first town of the layer', () => {
    expect(a.sections).toEqual(['S1', 'S2']);
    expect(b.sections).toEqual(['S3']);
    expect(a.indicators.sectionsGoodRate).toBe(50); // S1 Ⅱ, S2 Ⅳ
    expect(b.indicators.sectionsGoodRate).toBe(100);
    expect(a.indicators.functionZoneCompliance).toBe(50); // S2 Ⅳ against Ⅲ
  });

  it('gives park green per person with the urban areas of the town, including one that names it from elsewhere', () => {
    // Both urban areas are 甲镇's (one by its town attribute): both parks over 1,500 people.
    const parks = Q(120.002, 30.002, 120.003, 30.003) + Q(120.017, 30.002, 120.018, 30.003);
    expect(relDiff(a.indicators.parkGreenPerCapita!, parks / 1500)).toBeLessThan(1e-8);
    expect(b.indicators.parkGreenPerCapita).toBeNull(); // no urban population
    expect(b.indicators.drinkingWaterCompliance).toBeNull();
  });
});

describe('indicatorsByZone = PostGIS on two-towns', async () => {
  const { readFile } = await import('node:fs/promises');
  const ref = JSON.parse(await readFile(new URL('./fixtures/postgis-reference.json', import.meta.url), 'utf8')) as { twoTowns: { towns: Record<string, { areaM2: number; protectedM2: number; forestM2: number }>; districtProtectedM2: number } };
  it('gives each town’s area, protected land and forest as PostGIS does, to 1e-9', () => {
    for (const z of byTown.zones) {
      const r = ref.twoTowns.towns[z.name]!;
      expect(relDiff(z.areaKm2 * 1e6, r.areaM2), z.name).toBeLessThan(1e-9);
      expect(relDiff(z.areas.protectedM2!, r.protectedM2), z.name).toBeLessThan(1e-9);
      expect(relDiff(z.areas.forestM2!, r.forestM2), z.name).toBeLessThan(1e-9);
    }
    const district = computeReport(dataset).indicators.find((i) => i.id === 'protectedShare')!.details.protectedAreaM2 as number;
    expect(relDiff(district, ref.twoTowns.districtProtectedM2)).toBeLessThan(1e-9);
  });
});

describe('zoneOfPoint', () => {
  const zones = zoneShapes([{ name: 'A', geometry: rect(0, 0, 1, 1) }, { name: 'B', geometry: rect(1, 0, 2, 1) }]);
  it('puts an inside point in its zone, an edge point in the first zone touching it, an outside point in none', () => {
    expect(zoneOfPoint([1.5, 0.5], zones)).toBe(1);
    expect(zoneOfPoint([1, 0.5], zones)).toBe(0);
    expect(zoneOfPoint([2, 0.5], zones)).toBe(1); // on B's outer edge only
    expect(zoneOfPoint([3, 0.5], zones)).toBeNull();
  });
});

describe('indicatorsByZone on the sample district', async () => {
  const { readFile } = await import('node:fs/promises');
  const { loadDataset } = await import('../src/core/data/load-dataset.ts');
  const sample = (await loadDataset((f) => readFile(new URL(`../data/${f}`, import.meta.url), 'utf8').catch(() => null))).dataset!;
  const towns = indicatorsByZone(sample, 'towns');
  const report = computeReport(sample);
  const detail = (id: string, key: string) => report.indicators.find((i) => i.id === id)!.details[key] as number;
  it('gives all 21 towns, whose areas, protected land and forest add up to the district’s within the noding of geodesic edges', () => {
    expect(towns.zones.length).toBe(21);
    const sum = (f: (z: typeof towns.zones[0]) => number) => towns.zones.reduce((s, z) => s + f(z), 0);
    // Where the towns' long straight edges cut the boundary and the protected areas, new vertices
    // change geodesic edges by a little: measured 2.9e-6, 7.2e-7 and 2.5e-6 of the district's values.
    expect(relDiff(sum((z) => z.areaKm2 * 1e6), detail('protectedShare', 'boundaryAreaM2'))).toBeLessThan(5e-6);
    expect(relDiff(sum((z) => z.areas.protectedM2 ?? 0), detail('protectedShare', 'protectedAreaM2'))).toBeLessThan(2e-6);
    expect(relDiff(sum((z) => z.areas.forestM2 ?? 0), detail('forestCoverage', 'forestAreaM2'))).toBeLessThan(5e-6);
  });
  it('counts every section once, in one town', () => {
    const ids = towns.zones.flatMap((z) => z.sections);
    expect(ids.length).toBe(report.sections.length);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
