import { describe, expect, it } from 'vitest';
import { forestCoverage } from '../src/core/indicators/forest-coverage.ts';
import { makeOverlayContext } from '../src/core/indicators/overlay-context.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';
import { loadValid, withLayer } from './helpers/load-fixture.ts';
import { rect } from './helpers/shapes.ts';

const boundary = quadArea(120, 30, 120.1, 30.1);

// Parcels (fixture district, attribute names 小班号/地类 mapped in the manifest):
// F1 乔木林地 120.00–120.02, F2 竹林地 120.02–120.04 (shares an edge with F1), F3 一般灌木林地 (not forest),
// F4 特殊灌木林地 120.09–120.11 (half outside), F5 疏林地 (not forest); all 30.00–30.02 except F5.
describe('forestCoverage', async () => {
  const d = await loadValid('district');

  it('counts only forest land classes, clipped to the boundary', () => {
    const m = forestCoverage(d, makeOverlayContext(d));
    const expected = quadArea(120, 30, 120.04, 30.02) + quadArea(120.09, 30, 120.1, 30.02);
    expect(relDiff((m.details as { forestAreaM2: number }).forestAreaM2, expected)).toBeLessThan(1e-6);
    expect(relDiff(m.value!, (expected / boundary) * 100)).toBeLessThan(1e-6);
    // F1 and F2 touch the boundary's south edge, F4 crosses its east edge: all three go through clipping.
    expect(m.details).toMatchObject({ parcelsCounted: 3, parcelsExcluded: 2, parcelsClippedAtBoundary: 3, overlappingParcelPairs: 0 });
    expect((m.details as { parcelsByClass: Record<string, number> }).parcelsByClass).toEqual({ 乔木林地: 1, 竹林地: 1, 一般灌木林地: 1, 特殊灌木林地: 1, 疏林地: 1 });
  });

  it('counts overlapping parcels once (unions the overlapping group)', () => {
    const extra = { type: 'Feature' as const, properties: { id: 'F6', landClass: '乔木林地' }, geometry: rect(120.01, 30.01, 120.03, 30.03) };
    const d2 = withLayer(d, 'forestParcels', [...d.layers.forestParcels!.features, extra]);
    const m = forestCoverage(d2, makeOverlayContext(d2));
    const expected = quadArea(120, 30, 120.04, 30.02) + quadArea(120.01, 30.02, 120.03, 30.03) + quadArea(120.09, 30, 120.1, 30.02);
    expect(relDiff((m.details as { forestAreaM2: number }).forestAreaM2, expected)).toBeLessThan(1e-4);
    // F6 overlaps F1 and F2.
    expect(m.details).toMatchObject({ overlappingParcelPairs: 2 });
  });

  it('gives the same area by summing a tiling as by the union', () => {
    // 20 × 20 jittered parcels sharing edges, partly outside the boundary.
    const xs = (i: number, j: number) => 120.05 + i * 0.004 + ((i * 7 + j * 3) % 5) * 0.0003;
    const ys = (i: number, j: number) => 30.05 + j * 0.004 + ((i * 5 + j * 11) % 7) * 0.0002;
    const feats = [];
    for (let i = 0; i < 20; i++) for (let j = 0; j < 20; j++) {
      const ring = [[xs(i, j), ys(i, j)], [xs(i + 1, j), ys(i + 1, j)], [xs(i + 1, j + 1), ys(i + 1, j + 1)], [xs(i, j + 1), ys(i, j + 1)], [xs(i, j), ys(i, j)]];
      feats.push({ type: 'Feature' as const, properties: { id: `${i}-${j}`, landClass: '乔木林地' }, geometry: { type: 'Polygon' as const, coordinates: [ring] } });
    }
    const tiled = withLayer(d, 'forestParcels', feats);
    const fast = forestCoverage(tiled, makeOverlayContext(tiled));
    const overlapping = withLayer(d, 'forestParcels', [...feats, feats[0]!]);
    const slow = forestCoverage(overlapping, makeOverlayContext(overlapping));
    expect(fast.details).toMatchObject({ overlappingParcelPairs: 0 });
    expect(slow.details).toMatchObject({ overlappingParcelPairs: 1 });
    expect(relDiff(fast.value!, slow.value!)).toBeLessThan(1e-9);
    expect((fast.details as { parcelsClippedAtBoundary: number }).parcelsClippedAtBoundary).toBeGreaterThan(0);
  });

  it('is not available without parcels', () => {
    const none = { ...d, layers: { boundary: d.layers.boundary } };
    expect(forestCoverage(none, makeOverlayContext(none)).value).toBeNull();
  });
});
