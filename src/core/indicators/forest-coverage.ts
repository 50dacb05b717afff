/** `forestCoverage`: share of the district covered by forest-class parcels. */
import type { Dataset } from '../data/dataset.ts';
import { FOREST_COVER_CLASSES } from '../data/roles.ts';
import { areaInBoundary } from './overlay-context.ts';
import type { OverlayContext } from './overlay-context.ts';
import { notAvailable } from './indicator-result.ts';
import type { Measured } from './indicator-result.ts';

/**
 * area(union of parcels whose land class is 乔木林地, 竹林地 or 特殊灌木林地 ∩ boundary) /
 * area(boundary) × 100, in %. Parcels of other classes are excluded; overlapping parcels count
 * once; parts outside the boundary are cut off. Details: forest area by class, parcel counts.
 */
export function forestCoverage(dataset: Dataset, ctx: OverlayContext | null): Measured {
  const layer = dataset.layers.forestParcels;
  if (!ctx) return notAvailable(['boundary']);
  if (!layer) return notAvailable(['forestParcels']);
  const forest = layer.features.filter((f) => FOREST_COVER_CLASSES.includes(String(f.properties.landClass)));
  const areaByClass: Record<string, number> = {};
  for (const c of FOREST_COVER_CLASSES) {
    areaByClass[c] = areaInBoundary(ctx, forest.filter((f) => f.properties.landClass === c).map((f) => f.geometry));
  }
  const forestArea = areaInBoundary(ctx, forest.map((f) => f.geometry));
  return {
    value: (forestArea / ctx.boundaryArea) * 100,
    details: {
      boundaryAreaM2: ctx.boundaryArea, forestAreaM2: forestArea, areaByClassM2: areaByClass,
      parcelsCounted: forest.length, parcelsExcluded: layer.features.length - forest.length,
    },
  };
}
