/** `parkGreenPerCapita` and `parkServiceCoverage`: urban park green space. */
import type { Geometry, MultiPolygon } from 'geojson';
import type { Dataset, Layer } from '../data/dataset.ts';
import { unionAreasWithin } from '../geo/boolean-area.ts';
import { polygonParts } from '../geo/coverage.ts';
import { geometryBBox } from '../geo/bbox.ts';
import { bufferUnion } from '../geo/buffer-union.ts';
import { geometryArea } from '../geo/ellipsoidal-area.ts';
import { asRegion, makeRegion, overlappingUnionAreaWithin, piecesAreaWithin, unionPieces } from '../geo/union-area.ts';
import { geometries } from './overlay-context.ts';
import { notAvailable } from './indicator-result.ts';
import type { AreaMethod, Measured } from './indicator-result.ts';
import { formatKm2, formatNumber } from '../format/format-number.ts';
import { atLeast } from './indicator.ts';
import type { Indicator } from './indicator.ts';

/**
 * area(union of parks ∩ union of urban areas) / Σ urban population, in m² per person, measured
 * from the polygons' edges where boolean-area.ts can (areaMethod 'edges'), else by overlays.
 * Not available without parks, urban areas, or with a total population of 0.
 */
export function parkGreenPerCapita(dataset: Dataset): Measured {
  const parks = dataset.layers.parks;
  const urban = dataset.layers.urbanAreas;
  const missing = [...(parks ? [] : ['parks']), ...(urban ? [] : ['urbanAreas'])];
  if (missing.length > 0) return notAvailable(missing);
  const population = urban!.features.reduce((s, f) => s + Number(f.properties.population), 0);
  if (!(population > 0)) return { value: null, details: { missing: ['urbanAreas.population'], urbanPopulation: population } };
  const fromEdges = unionAreasWithin([geometries(parks).flatMap(polygonParts)], geometries(urban).flatMap(polygonParts))?.all ?? null;
  const parkArea = fromEdges ?? parkAreaByOverlays(parks!, urban!);
  const areaMethod: AreaMethod = fromEdges === null ? 'overlays' : 'edges';
  return { value: parkArea / population, details: { parkAreaInUrbanM2: parkArea, urbanPopulation: population, parks: parks!.features.length, areaMethod } };
}

/** area(union of parks ∩ union of urban areas) in m² by overlays, where unionAreasWithin leaves it to them. */
function parkAreaByOverlays(parks: Layer, urban: Layer): number {
  const urbanRegion = makeRegion(geometries(urban));
  // Parks overlap much and share few edges: grouped by boxes, each group unioned at once.
  return urbanRegion ? overlappingUnionAreaWithin(geometries(parks), urbanRegion) : 0;
}

/** The garden-city rule: [smallest park area in m², service radius in m], largest first. */
const SERVICE_RADII: readonly (readonly [number, number])[] = [[5000, 500], [1000, 300]];

/** Service radius in metres of a park of the given area (m²): 500 m from 5,000 m², 300 m from 1,000 m², else none. */
export function serviceRadius(parkAreaM2: number): number {
  return SERVICE_RADII.find(([min]) => parkAreaM2 >= min)?.[1] ?? 0;
}

/**
 * Share (%) of residential land within the service radius of a park (GB/T 50563 garden-city rule:
 * 500 m of a park ≥ 5,000 m², 300 m of a park of 1,000–5,000 m²). Park areas are ellipsoidal;
 * service areas are ellipsoidal-metre buffers unioned by GEOS or JTS (see buffer-union.ts); the
 * residential union and its part in them are measured from the edges where boolean-area.ts can
 * (areaMethod 'edges'), else by overlays.
 */
export function parkServiceCoverage(dataset: Dataset): Measured {
  const parks = dataset.layers.parks;
  const residential = dataset.layers.residential;
  const missing = [...(parks ? [] : ['parks']), ...(residential ? [] : ['residential'])];
  if (missing.length > 0) return notAvailable(missing);
  const resGeoms = geometries(residential);
  const items: { geometry: Geometry; metres: number }[] = [];
  let large = 0;
  let small = 0;
  for (const f of parks!.features) {
    const r = serviceRadius(geometryArea(f.geometry));
    if (r === 0) continue;
    if (r === 500) large++; else small++;
    items.push({ geometry: f.geometry, metres: r });
  }
  const box = geometryBBox(resGeoms[0]);
  // Only the service areas' part on residential land is measured.
  const zones = bufferUnion(items, box[0] <= box[2] ? (box[0] + box[2]) / 2 : 0, resGeoms);
  const { residentialArea, served, areaMethod } = residentialFromEdges(resGeoms, zones) ?? residentialByOverlays(resGeoms, zones);
  if (!(residentialArea > 0)) return { value: null, details: { missing: ['residential'] } };
  return { value: (served / residentialArea) * 100, details: { residentialAreaM2: residentialArea, servedAreaM2: served, parks500m: large, parks300m: small, areaMethod } };
}

/** The residential union's area and its part in the service areas, m², and how they were measured. */
interface ServedAreas {
  readonly residentialArea: number;
  readonly served: number;
  readonly areaMethod: AreaMethod;
}

/** The served areas measured from the polygons' edges (boolean-area.ts); null where it does not apply. */
function residentialFromEdges(resGeoms: readonly Geometry[], zones: MultiPolygon): ServedAreas | null {
  const polys = resGeoms.flatMap(polygonParts);
  const all = unionAreasWithin([polys], null);
  const served = all && (zones.coordinates.length === 0 ? { all: 0 } : unionAreasWithin([polys], zones.coordinates));
  return all && served ? { residentialArea: all.all, served: served.all, areaMethod: 'edges' } : null;
}

/** The same areas by overlays: the residential blocks united where they overlap, clipped to the service areas. */
function residentialByOverlays(resGeoms: readonly Geometry[], zones: MultiPolygon): ServedAreas {
  const blocks = unionPieces(resGeoms);
  const residentialArea = piecesAreaWithin(blocks, null).area;
  const served = zones.coordinates.length === 0 ? 0 : piecesAreaWithin(blocks, asRegion(zones)).area;
  return { residentialArea, served, areaMethod: 'overlays' };
}

export const parkGreenPerCapitaIndicator: Indicator = {
  id: 'parkGreenPerCapita', nameZh: '城镇人均公园绿地面积', nameEn: 'Urban park green area per person', unit: 'm²/人', domain: 'living',
  method: { zh: '城镇建成区内公园绿地的椭球面积 ÷ 城镇人口（城镇范围属性 population 之和）', en: 'Ellipsoidal area of the parks inside the urban areas ÷ the urban population (sum of the urban areas\' population)' },
  target: atLeast(13), source: 'computed', inputs: { needs: ['parks', 'urbanAreas'] },
  compute: ({ dataset }) => parkGreenPerCapita(dataset),
  explain: (r, lang) => {
    const d = r.details as { parkAreaInUrbanM2?: number; urbanPopulation?: number };
    return lang === 'zh'
      ? `城镇内公园 ${formatKm2(lang, d.parkAreaInUrbanM2)} ÷ 城镇人口 ${formatNumber(lang, Number(d.urbanPopulation), 0)} 人`
      : `${formatKm2(lang, d.parkAreaInUrbanM2)} of parks in urban areas ÷ ${formatNumber(lang, Number(d.urbanPopulation), 0)} urban residents`;
  },
  highlight: () => ({ layers: ['urbanAreas', 'parks'], outline: [{ layer: 'parks', all: true }] }),
};

export const parkServiceCoverageIndicator: Indicator = {
  id: 'parkServiceCoverage', nameZh: '公园绿地服务半径覆盖率', nameEn: 'Park service-radius coverage of residential land', unit: '%', domain: 'living',
  method: { zh: '居住用地中位于公园服务半径内（5,000 m² 及以上的公园 500 m，1,000–5,000 m² 的 300 m）的椭球面积 ÷ 居住用地椭球面积 × 100', en: 'Residential land within a park\'s service radius (500 m of parks of 5,000 m² or more, 300 m of parks of 1,000–5,000 m²), ellipsoidal area ÷ all residential land × 100' },
  target: atLeast(80), source: 'computed', supplementary: true, inputs: { needs: ['parks', 'residential'] },
  compute: ({ dataset }) => parkServiceCoverage(dataset),
  explain: (r, lang) => {
    const d = r.details as { residentialAreaM2?: number; servedAreaM2?: number; parks500m?: number; parks300m?: number };
    return lang === 'zh'
      ? `居住用地 ${formatKm2(lang, d.residentialAreaM2)} 中 ${formatKm2(lang, d.servedAreaM2)} 在公园服务半径内（500 m：${d.parks500m} 个，300 m：${d.parks300m} 个）`
      : `${formatKm2(lang, d.servedAreaM2)} of ${formatKm2(lang, d.residentialAreaM2)} residential land within a park's reach (500 m: ${d.parks500m}, 300 m: ${d.parks300m} parks)`;
  },
  highlight: () => ({ layers: ['residential', 'parks'], outline: [{ layer: 'parks', all: true }] }),
};
