/**
 * Follows src/core/indicators/README.md ("How to add an indicator") step by step, with the page's
 * own example: `parkShare`, the share of the district covered by parks. Steps 1 and 6 of the page
 * are done here (the record as the page writes it, and its test); steps 2–5 edit shared files
 * (the catalog, the data contract), so the record is run the way the page says to try a record
 * before it is in the catalog — each function computeReport runs for a record, in its order. The
 * record's code and those steps are the page's, character for character (checked below): change
 * them together.
 *
 * Fixture: test/fixtures/district (see test/fixtures/README.md). Expected values come from the
 * closed-form area of a graticule rectangle (test/helpers/closed-form.ts), not from the code.
 */
import { readFileSync } from 'node:fs';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
// Step 1: the record's imports, as src/core/indicators/park-share.ts would have them (../ there).
import type { Dataset } from '../src/core/data/dataset.ts';
import { formatKm2 } from '../src/core/format/format-number.ts';
import { unionAreaWithin } from '../src/core/geo/union-area.ts';
import { atLeast, meetsTarget } from '../src/core/indicators/indicator.ts';
import type { ComputeInput, Indicator } from '../src/core/indicators/indicator.ts';
import { notAvailable } from '../src/core/indicators/indicator-result.ts';
import type { IndicatorResult, Measured } from '../src/core/indicators/indicator-result.ts';
import { makeOverlayContext } from '../src/core/indicators/overlay-context.ts';
import type { OverlayContext } from '../src/core/indicators/overlay-context.ts';
// Trying the record: what computeReport runs for each record.
import { effectiveTarget } from '../src/core/indicators/compute-report.ts';
import { explainIndicator } from '../src/core/indicators/explain.ts';
import { inputGaps } from '../src/core/indicators/input-gaps.ts';
import { evaluateSections } from '../src/core/indicators/section-results.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';
import { loadValid } from './helpers/load-fixture.ts';

// ---- Step 1 of the page: src/core/indicators/park-share.ts -------------------------------------

/**
 * area(union of parks ∩ boundary) / area(boundary) × 100, in %: overlapping parks count once,
 * parts outside the district are cut off. Details: the park area inside the district and the
 * district's area, m², and the number of parks.
 */
export function parkShare(dataset: Dataset, ctx: OverlayContext | null): Measured {
  const parks = dataset.layers.parks;
  if (!ctx) return notAvailable(['boundary']);
  if (!parks) return notAvailable(['parks']);
  const { area } = unionAreaWithin(parks.features.map((f) => f.geometry), ctx.boundary);
  return { value: (area / ctx.boundaryArea) * 100, details: { parkAreaM2: area, boundaryAreaM2: ctx.boundaryArea, parks: parks.features.length } };
}

export const parkShareIndicator: Indicator = {
  id: 'parkShare', nameZh: '公园绿地占辖区面积比例', nameEn: 'Park share of the district', unit: '%',
  target: atLeast(2), source: 'computed', supplementary: true, inputs: { needs: ['boundary', 'parks'] },
  compute: ({ dataset, overlay }) => parkShare(dataset, overlay),
  explain: (r, lang) => {
    const d = r.details as { parkAreaM2?: number; boundaryAreaM2?: number; parks?: number };
    return lang === 'zh'
      ? `${d.parks} 处公园 ${formatKm2(lang, d.parkAreaM2)}（重叠只计一次）÷ 辖区 ${formatKm2(lang, d.boundaryAreaM2)}`
      : `${d.parks} parks, ${formatKm2(lang, d.parkAreaM2)} (overlaps counted once) ÷ district ${formatKm2(lang, d.boundaryAreaM2)}`;
  },
  highlight: ({ dataset }) => ({ layers: ['parks'], outline: dataset.layers.parks ? [{ layer: 'parks', all: true }] : [] }),
};

// ---- Trying the record before it is in the catalog (the page's snippet) ----------------------

/** One record run as computeReport runs each record of the catalog (compute-report.ts). */
function tryIndicator(def: Indicator, dataset: Dataset): IndicatorResult {
  const input: ComputeInput = { dataset, overlay: makeOverlayContext(dataset), sections: evaluateSections(dataset) };
  const m = def.compute(input);
  const { gaps, empty } = inputGaps(def, dataset);
  const value = empty ? null : m.value;
  const target = effectiveTarget(def, dataset);
  const missing = [...gaps, ...(m.missing ?? [])];
  const complete = value !== null && missing.length === 0;
  const result: IndicatorResult = {
    id: def.id, name: def.nameZh, nameEn: def.nameEn, supplementary: def.supplementary ?? false, value, unit: def.unit, target,
    pass: complete ? meetsTarget(value, target) : null, source: def.source, complete,
    details: missing.length > 0 ? { ...m.details, missing } : m.details,
    explanation: { zh: '', en: '' }, highlight: def.highlight ? def.highlight(input) : null,
  };
  // explainIndicator finds the record in the catalog by id; outside it, ask the record itself.
  return { ...result, explanation: { zh: def.explain(result, 'zh'), en: def.explain(result, 'en') } };
}

// ---- Step 6 of the page: test/park-share.test.ts -----------------------------------------------

// District 120.00–120.10 × 30.00–30.10. Parks (all inside it): P1 120.005–120.010 and P4
// 120.008–120.012 overlap, so together 120.005–120.012; P2 120.015–120.025; all three 30.005–30.010;
// P3 120.08–120.09 × 30.08–30.09. By hand (closed form): 374,323 + 534,747 + 1,068,675 m² =
// 1,977,746 m² of 106,904,539 m² = 1.8500 %.
const district = quadArea(120, 30, 120.1, 30.1);
const parkArea = quadArea(120.005, 30.005, 120.012, 30.01) + quadArea(120.015, 30.005, 120.025, 30.01) + quadArea(120.08, 30.08, 120.09, 30.09);

describe('adding an indicator as src/core/indicators/README.md says (parkShare)', async () => {
  const d = await loadValid('district');

  it('measures the share by hand: parks counted once, over the district', () => {
    expect(relDiff(parkArea, 1_977_745.68)).toBeLessThan(1e-8);
    expect((parkArea / district) * 100).toBeCloseTo(1.85, 4);
    const m = parkShare(d, makeOverlayContext(d));
    expect(relDiff(m.value!, (parkArea / district) * 100)).toBeLessThan(1e-6);
    expect(relDiff((m.details as { parkAreaM2: number }).parkAreaM2, parkArea)).toBeLessThan(1e-6);
    expect(m.details).toMatchObject({ parks: 4 });
  });

  it('runs as computeReport runs a record: complete, judged against its target, explained in both languages', () => {
    const r = tryIndicator(parkShareIndicator, d);
    expect(r).toMatchObject({ id: 'parkShare', source: 'computed', supplementary: true, complete: true, target: { op: '>=', value: 2 }, pass: false });
    expect(r.explanation.en).toBe('4 parks, 1.98 km² (overlaps counted once) ÷ district 106.90 km²');
    expect(r.explanation.zh).toBe('4 处公园 1.98 km²（重叠只计一次）÷ 辖区 106.90 km²');
    expect(r.highlight).toEqual({ layers: ['parks'], outline: [{ layer: 'parks', all: true }] });
    // Until the record is in the catalog, the report's explainer does not know it.
    expect(explainIndicator({ ...r, explanation: { zh: '', en: '' } }, 'en')).toBe('');
  });

  it('takes a dataset\'s target from the manifest (by id; the comparison stays the record\'s)', () => {
    const r = tryIndicator(parkShareIndicator, { ...d, manifest: { ...d.manifest, targets: { parkShare: 1.5 } } });
    expect(r).toMatchObject({ target: { op: '>=', value: 1.5 }, pass: true });
  });

  it('has no value without parks, and says the manifest names no such layer', () => {
    const without = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'parks')) as T;
    const none: Dataset = { ...d, layers: without(d.layers), manifest: { ...d.manifest, layers: without(d.manifest.layers) } };
    const r = tryIndicator(parkShareIndicator, none);
    expect(r).toMatchObject({ value: null, complete: false, pass: null });
    expect(r.details.missing).toEqual([expect.objectContaining({ layer: 'parks', file: 'manifest.json' })]);
  });

  it('holds the same code as the page: the record, and the steps that try it', () => {
    const page = readFileSync(new URL('../src/core/indicators/README.md', import.meta.url), 'utf8');
    const self = readFileSync(new URL(import.meta.url), 'utf8');
    /** The text from the line starting `first` to the next line that is exactly `last`, each line trimmed. */
    const block = (text: string, first: string, last: string) => {
      const lines = text.split('\n').map((l) => l.trim());
      const i = lines.findIndex((l) => l.startsWith(first));
      return i < 0 ? '' : lines.slice(i, lines.indexOf(last, i) + 1).join('\n');
    };
    const record = block(self, 'export function parkShare(', 'highlight: ({ dataset }) => ({ layers: [\'parks\'], outline: dataset.layers.parks ? [{ layer: \'parks\', all: true }] : [] }),');
    expect(record.length).toBeGreaterThan(1000);
    expect(block(page, 'export function parkShare(', record.split('\n').at(-1)!)).toBe(record);
    const steps = block(self, 'const input: ComputeInput =', 'return { ...result, explanation: { zh: def.explain(result, \'zh\'), en: def.explain(result, \'en\') } };');
    expect(steps.split('\n').length).toBeGreaterThan(10);
    expect(block(page, 'const input: ComputeInput =', steps.split('\n').at(-1)!)).toBe(steps);
  });

  it('cuts parks at the district\'s edge', () => {
    const across: Geometry = { type: 'Polygon', coordinates: [[[120.09, 30.02], [120.11, 30.02], [120.11, 30.03], [120.09, 30.03], [120.09, 30.02]]] };
    const parks = d.layers.parks!;
    const more: Dataset = { ...d, layers: { ...d.layers, parks: { ...parks, features: [...parks.features, { type: 'Feature', properties: { name: 'P5 半在区外' }, geometry: across }] } } };
    const m = parkShare(more, makeOverlayContext(more));
    expect(relDiff(m.value!, ((parkArea + quadArea(120.09, 30.02, 120.1, 30.03)) / district) * 100)).toBeLessThan(1e-6);
  });
});
