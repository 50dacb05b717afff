/** `forestCoverage`: share of the district covered by forest-class parcels. */
import type { Dataset } from '../data/dataset.ts';
import { FOREST_COVER_CLASSES } from '../data/roles.ts';
import { unionAreaWithin } from '../geo/union-area.ts';
import type { OverlayContext } from './overlay-context.ts';
import { notAvailable } from './indicator-result.ts';
import type { Measured } from './indicator-result.ts';
import { formatKm2 } from '../format/format-number.ts';
import { atLeast } from './indicator.ts';
import type { Indicator } from './indicator.ts';

/**
 * area(union of parcels whose land class is 乔木林地, 竹林地 or 特殊灌木林地 ∩ boundary) /
 * area(boundary) × 100, in %. Parcels of other classes are excluded; overlapping parcels count
 * once (parcels that only touch add their areas, overlapping groups are unioned, and only what
 * crosses the boundary is clipped: the value of union ∩ boundary); parts outside the boundary are
 * cut off. Details: forest area, parcel counts by land class, overlapping pairs, clipped pieces.
 */
export function forestCoverage(dataset: Dataset, ctx: OverlayContext | null): Measured {
  const layer = dataset.layers.forestParcels;
  if (!ctx) return notAvailable(['boundary']);
  if (!layer) return notAvailable(['forestParcels']);
  const forest = layer.features.filter((f) => FOREST_COVER_CLASSES.includes(String(f.properties.landClass)));
  const parcelsByClass: Record<string, number> = {};
  for (const f of layer.features) {
    const c = String(f.properties.landClass);
    parcelsByClass[c] = (parcelsByClass[c] ?? 0) + 1;
  }
  const cov = unionAreaWithin(forest.map((f) => f.geometry), ctx.boundary);
  const forestArea = cov.area;
  return {
    value: (forestArea / ctx.boundaryArea) * 100,
    details: {
      boundaryAreaM2: ctx.boundaryArea, forestAreaM2: forestArea, parcelsByClass,
      parcelsCounted: forest.length, parcelsExcluded: layer.features.length - forest.length,
      parcelsClippedAtBoundary: cov.clipped, overlappingParcelPairs: cov.overlaps,
    },
  };
}

/** The details of `forestCoverage`. */
export interface ForestCoverageDetails {
  readonly boundaryAreaM2: number;
  readonly forestAreaM2: number;
  readonly parcelsByClass: Readonly<Record<string, number>>;
  readonly parcelsCounted: number;
  readonly parcelsExcluded: number;
  readonly parcelsClippedAtBoundary: number;
  readonly overlappingParcelPairs: number;
}

export const forestCoverageIndicator: Indicator = {
  id: 'forestCoverage', nameZh: '森林覆盖率', nameEn: 'Forest coverage', unit: '%', domain: 'security',
  method: { zh: '森林资源二类调查小班中有林地类（乔木林地、竹林地、特殊灌木林地）在辖区内的并集椭球面积 ÷ 辖区椭球面积 × 100', en: 'Union of the forest-class parcels of the forest inventory (arbour, bamboo, special shrub) inside the district, ellipsoidal area ÷ the district\'s ellipsoidal area × 100' },
  target: atLeast(40), source: 'computed', inputs: { needs: ['boundary', 'forestParcels'] },
  compute: ({ dataset, overlay }) => forestCoverage(dataset, overlay),
  explain: (r, lang) => {
    const d = r.details as Partial<ForestCoverageDetails>;
    return lang === 'zh'
      ? `${d.parcelsCounted} 个有林小班 ${formatKm2(lang, d.forestAreaM2)} ÷ 辖区 ${formatKm2(lang, d.boundaryAreaM2)}；${d.parcelsExcluded} 个非林地小班不计`
      : `${d.parcelsCounted} forest parcels, ${formatKm2(lang, d.forestAreaM2)} ÷ district ${formatKm2(lang, d.boundaryAreaM2)}; ${d.parcelsExcluded} non-forest parcels left out`;
  },
  // The forest layer is coloured by land class; outline the parcels that count (by their class, so
  // it works on tiles of a layer the main thread does not hold).
  highlight: () => ({ layers: ['forestParcels'], outline: [{ layer: 'forestParcels', property: 'landClass', values: FOREST_COVER_CLASSES }] }),
};
