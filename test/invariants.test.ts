/**
 * Invariants an expert checks when adding up the district's figures, as property tests (fast-check:
 * a failing property prints its seed and the shrunk case that breaks it):
 * - over datasets made by the sample generator with other seeds: the towns' protected land and
 *   forest add up to the district's; one zone covering the district gives the district's values;
 *   adding a protected polygon never lowers the protected share;
 * - over random sites: each overlap is at most the site's area, and their sum at most the site
 *   (within each layer, where the layer's features do not overlap);
 * - over random pairs of years: forest gained − lost = (coverage₂ − coverage₁) × district area;
 * - over random monitoring samples: the annual class is never worse than the worst month's, and a
 *   year whose months are alike has their class.
 * The CLI and the PostGIS engine giving the same values on the same data is checked in
 * test/postgis-engine.test.ts; the board and the CLI in test/browser/app.test.ts.
 */
import type { Feature, Geometry, Polygon } from 'geojson';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import type { Dataset } from '../src/core/data/dataset.ts';
import { computeReport } from '../src/core/indicators/compute-report.ts';
import { indicatorsByZone } from '../src/core/zones/by-zone.ts';
import { compareYears } from '../src/core/years/compare-years.ts';
import { checkSite } from '../src/core/site/site-check.ts';
import { annualClassification, monthlyClasses } from '../src/core/water/section-evaluation.ts';
import type { Sample } from '../src/core/water/section-evaluation.ts';
import { memoryReader } from './helpers/read-fixture.ts';
import { nodingBound } from './helpers/noding-bound.ts';
import { SAMPLE_BOUNDARY, seededSampleFiles } from './helpers/seeded-sample.ts';

const fcOf = (features: readonly Feature<Geometry>[]) => ({ type: 'FeatureCollection', features });
const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => ({ type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] });
const valueOf = (d: Dataset, id: string) => computeReport(d).indicators.find((i) => i.id === id)!;

const boundary = SAMPLE_BOUNDARY;

/** A district dataset drawn by the sample generator with another seed (its boundary and towns are the real ones). */
async function sampleDataset(seed: number, extraProtected: readonly Feature<Geometry>[] = []): Promise<Dataset> {
  return (await loadDataset(memoryReader(seededSampleFiles(seed, extraProtected)))).dataset!;
}

describe('datasets from the sample generator with other seeds', () => {
  it('the towns\' protected land and forest add up to the district\'s', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), async (seed) => {
      const d = await sampleDataset(seed);
      const district = computeReport(d).indicators;
      const zones = indicatorsByZone(d, 'towns').zones;
      const zoneShapes = d.layers.towns!.features.map((f) => f.geometry);
      const shapes = (roles: readonly string[], keep: (p: Record<string, unknown>) => boolean = () => true) => roles.flatMap((r) => (d.layers[r]?.features ?? []).filter((f) => keep(f.properties)).map((f) => f.geometry));
      const protectedShapes = shapes(['redLines', 'protectedAreas']);
      const forestShapes = shapes(['forestParcels'], (p) => ['乔木林地', '竹林地', '特殊灌木林地'].includes(String(p.landClass)));
      for (const [id, detail, key, polys] of [['protectedShare', 'protectedAreaM2', 'protectedM2', protectedShapes], ['forestCoverage', 'forestAreaM2', 'forestM2', forestShapes]] as const) {
        const whole = district.find((i) => i.id === id)!.details[detail] as number;
        const sum = zones.reduce((s, z) => s + (z.areas[key] ?? 0), 0);
        // The geodesic noding bound (test/helpers/noding-bound.ts), with the district's edges and the
        // towns' own (a town's edge may have a vertex where its neighbour's has none).
        const bound = nodingBound([...polys, boundary, ...zoneShapes], zoneShapes);
        expect(Math.abs(sum - whole), `${id}, seed ${seed}: ${Math.abs(sum - whole).toFixed(1)} m² apart, bound ${bound.toFixed(1)} m²`).toBeLessThanOrEqual(bound);
      }
      const area = zones.reduce((s, z) => s + z.areaKm2, 0) * 1e6;
      expect(Math.abs(area - (district.find((i) => i.id === 'protectedShare')!.details.boundaryAreaM2 as number))).toBeLessThanOrEqual(nodingBound([boundary, ...zoneShapes], zoneShapes));
    }), { numRuns: 3, seed: 20181231 });
  }, 120000);

  it('one zone covering the whole district gives the district\'s values', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), async (seed) => {
      const d = await sampleDataset(seed);
      const whole: Dataset = { ...d, layers: { ...d.layers, towns: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '全区' }, geometry: boundary }] } } };
      const zone = indicatorsByZone(whole, 'towns').zones[0]!;
      for (const id of ['protectedShare', 'forestCoverage']) {
        expect(zone.indicators[id]!, id).toBeCloseTo(valueOf(d, id).value as number, 9);
      }
    }), { numRuns: 2, seed: 7 });
  }, 120000);

  it('adding a protected polygon never lowers the protected share', async () => {
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.record({ x: fc.double({ min: 120.6, max: 121.05, noNaN: true }), y: fc.double({ min: 29.75, max: 30.25, noNaN: true }), w: fc.double({ min: 0.001, max: 0.05, noNaN: true }), h: fc.double({ min: 0.001, max: 0.05, noNaN: true }) }),
      async (seed, r) => {
        const before = valueOf(await sampleDataset(seed), 'protectedShare').value as number;
        const added: Feature<Geometry> = { type: 'Feature', properties: { name: '新增', category: '湿地公园' }, geometry: rect(r.x, r.y, r.x + r.w, r.y + r.h) };
        const after = valueOf(await sampleDataset(seed, [added]), 'protectedShare').value as number;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12 * before);
      }), { numRuns: 4, seed: 42 });
  }, 120000);
});

describe('random sites', () => {
  it('each overlap is at most the site\'s area, and a layer\'s overlaps add up to at most the site', async () => {
    const d = await sampleDataset(20180101);
    await fc.assert(fc.property(
      fc.record({ x: fc.double({ min: 120.65, max: 121.05, noNaN: true }), y: fc.double({ min: 29.75, max: 30.25, noNaN: true }), w: fc.double({ min: 0.0005, max: 0.08, noNaN: true }), h: fc.double({ min: 0.0005, max: 0.08, noNaN: true }) }),
      (r) => {
        const c = checkSite(rect(r.x, r.y, r.x + r.w, r.y + r.h), d);
        for (const o of c.overlaps) {
          expect(o.areaM2).toBeLessThanOrEqual(c.areaM2 * (1 + 1e-9));
          expect(o.percentOfSite).toBeLessThanOrEqual(100 + 1e-7);
        }
        // The generator's red lines do not overlap each other: their overlaps with the site add up to at most the site.
        const red = c.overlaps.filter((o) => o.layer === 'redLines').reduce((s, o) => s + o.areaM2, 0);
        expect(red).toBeLessThanOrEqual(c.areaM2 * (1 + 1e-9));
      }), { numRuns: 40, seed: 3 });
  }, 120000);
});

describe('random pairs of years', () => {
  // A district of 4 × 2 cells of 0.01°, each a parcel whose land class is drawn for each year.
  const cells = Array.from({ length: 8 }, (_, k) => rect(120 + (k % 4) * 0.01, 30 + Math.floor(k / 4) * 0.01, 120.01 + (k % 4) * 0.01, 30.01 + Math.floor(k / 4) * 0.01));
  const classes = ['乔木林地', '竹林地', '迹地', '宜林地', '一般灌木林地'];
  async function year(y: number, picks: readonly number[], shift: number) {
    const parcels = cells.flatMap((g, k) => (picks[k]! < classes.length ? [{ type: 'Feature', properties: { id: `F${k}`, landClass: classes[picks[k]!] }, geometry: shift ? rect(g.coordinates[0]![0]![0]! + shift, g.coordinates[0]![0]![1]!, g.coordinates[0]![2]![0]! + shift, g.coordinates[0]![2]![1]!) : g }] : []));
    const files = { 'manifest.json': { year: y, layers: { boundary: 'b.geojson', forestParcels: 'f.geojson' } }, 'b.geojson': fcOf([{ type: 'Feature', properties: {}, geometry: rect(120, 30, 120.04, 30.02) }]), 'f.geojson': fcOf(parcels as Feature<Geometry>[]) };
    const dataset = (await loadDataset(memoryReader(files))).dataset!;
    return { year: y, dataset, report: computeReport(dataset) };
  }
  it('forest gained − lost = (coverage₂ − coverage₁) × district area, whatever the parcels do (re-drawn, new, dropped)', async () => {
    // A pick past the classes means no parcel in that cell that year; the later year's parcels may be shifted east (re-drawn, some across the district's edge).
    const picks = fc.array(fc.integer({ min: 0, max: classes.length }), { minLength: 8, maxLength: 8 });
    await fc.assert(fc.asyncProperty(picks, picks, fc.constantFrom(0, 0.003, 0.015), async (p1, p2, shift) => {
      const a = await year(2016, p1, 0);
      const b = await year(2018, p2, shift);
      const c = compareYears(a, b);
      const forest = c.indicators.find((i) => i.id === 'forestCoverage')!;
      const districtM2 = b.report.indicators.find((i) => i.id === 'forestCoverage')!.details.boundaryAreaM2 as number;
      expect(c.forest!.intoForestM2).toBeGreaterThanOrEqual(0);
      expect(c.forest!.outOfForestM2).toBeGreaterThanOrEqual(0);
      expect(Math.abs(c.forest!.intoForestM2 - c.forest!.outOfForestM2 - (forest.change! / 100) * districtM2)).toBeLessThan(1e-9 * districtM2);
    }), { numRuns: 25, seed: 11 });
  }, 120000);
});

describe('random monitoring samples', () => {
  const value = fc.record({ DO: fc.double({ min: 1, max: 10, noNaN: true }), NH3N: fc.double({ min: 0.05, max: 3, noNaN: true }), TP: fc.double({ min: 0.01, max: 0.6, noNaN: true }), CODMn: fc.double({ min: 1, max: 20, noNaN: true }), pH: fc.double({ min: 5.5, max: 9.5, noNaN: true }) });
  const year = fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), value), { minLength: 1, maxLength: 24 });
  const samples = (rows: readonly (readonly [number, Record<string, number>])[]): Sample[] => rows.map(([m, v], i) => ({ date: `2018-${String(m).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, ...v }));

  it('the annual class (of the annual means) is never worse than the worst month\'s class', () => {
    fc.assert(fc.property(year, fc.constantFrom('river', 'lake', 'reservoir') as fc.Arbitrary<'river' | 'lake' | 'reservoir'>, (rows, body) => {
      const s = samples(rows);
      const annual = annualClassification(s, body).cls!;
      const worst = Math.max(...[...monthlyClasses(s, body).values()].map((c) => c.cls!));
      expect(annual).toBeLessThanOrEqual(worst);
    }), { numRuns: 300, seed: 5 });
  });
  it('a year whose months all have the same samples has their class', () => {
    fc.assert(fc.property(value, fc.integer({ min: 1, max: 12 }), (v, months) => {
      const s = samples(Array.from({ length: months }, (_, m) => [m + 1, v] as const));
      const monthly = [...monthlyClasses(s, 'river').values()].map((c) => c.cls);
      expect(new Set(monthly).size).toBe(1);
      expect(annualClassification(s, 'river').cls).toBe(monthly[0]);
    }), { numRuns: 200, seed: 6 });
  });
});
