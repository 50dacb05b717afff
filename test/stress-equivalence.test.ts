/**
 * The optimised indicators equal the plain way (union everything, clip to the boundary, measure)
 * on a small stress district: 5 % of the benchmark's (≈ 3,000 forest parcels, 15 protected areas).
 */
import { describe, expect, it } from 'vitest';
import { FOREST_COVER_CLASSES } from '../src/core/data/roles.ts';
import { intersectionOf, multiArea } from '../src/core/geo/clip.ts';
import { forestCoverage } from '../src/core/indicators/forest-coverage.ts';
import { makeOverlayContext } from '../src/core/indicators/overlay-context.ts';
import { protectedShare } from '../src/core/indicators/protected-share.ts';
import { loadSmallStress } from './helpers/stress-dataset.ts';

describe('optimised = plain on a small stress district', async () => {
  const d = await loadSmallStress();
  const layers = d.layers;
  const ctx = makeOverlayContext(d)!;

  it('has the promised shape', () => {
    expect(layers.forestParcels!.features.length).toBeGreaterThan(2500);
    expect(layers.protectedAreas!.features.some((f) => f.geometry.type === 'MultiPolygon')).toBe(true);
  });
  it('forest coverage: summing a tiling and clipping only the parcels crossing the boundary = union ∩ boundary', () => {
    const fast = forestCoverage(d, ctx);
    expect(fast.details).toMatchObject({ overlappingParcelPairs: 0 });
    const forest = layers.forestParcels!.features.filter((f) => FOREST_COVER_CLASSES.includes(String(f.properties.landClass))).map((f) => f.geometry);
    const plain = (multiArea(intersectionOf(forest, [ctx.boundary.geometry])) / ctx.boundaryArea) * 100;
    expect(Math.abs(fast.value! - plain) / plain).toBeLessThan(1e-9);
  });
  it('protected share: union of each role then of the roles = one union of everything ∩ boundary', () => {
    const fast = protectedShare(d, ctx);
    const all = [...layers.protectedAreas!.features, ...layers.redLines!.features].map((f) => f.geometry);
    const plain = (multiArea(intersectionOf(all, [ctx.boundary.geometry])) / ctx.boundaryArea) * 100;
    expect(Math.abs(fast.value! - plain) / plain).toBeLessThan(1e-9);
  });
});
