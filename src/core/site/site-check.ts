/**
 * The planner's site check: a proposed site's ellipsoidal area, its overlap with every ecological
 * red line and protected area (m² and % of the site, with the overlap geometry), and, where it
 * touches none of a kind, the shortest distance to the nearest one.
 */
import { featureLabel } from '../data/roles.ts';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { checkGeometry } from '../data/check-geometry.ts';
import type { Dataset } from '../data/dataset.ts';
import { bboxesTouch, geometryBBox } from '../geo/bbox.ts';
import { asMultiPolygon, intersectionOf, multiArea } from '../geo/clip.ts';
import { geometryArea } from '../geo/ellipsoidal-area.ts';
import { polygonDistance } from '../geo/geodesic-distance.ts';

/** The layers a site is checked against. */
export const SITE_CHECK_LAYERS = ['redLines', 'protectedAreas'] as const;
export type SiteCheckLayer = (typeof SITE_CHECK_LAYERS)[number];

export interface SiteOverlap {
  readonly layer: SiteCheckLayer;
  /** Index of the feature in its layer. */
  readonly index: number;
  readonly name: string;
  /** Red line type or protected-area category. */
  readonly kind: string;
  readonly areaM2: number;
  /** Overlap as a percentage of the site's area. */
  readonly percentOfSite: number;
  readonly geometry: MultiPolygon;
}

export interface NearestFeature {
  readonly layer: SiteCheckLayer;
  readonly index: number;
  readonly name: string;
  readonly distanceM: number;
  /** The nearest points, on the site and on the feature, [lon, lat]. */
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
}

export interface SiteCheck {
  readonly areaM2: number;
  readonly overlaps: readonly SiteOverlap[];
  /** Nearest feature of each layer the site does not touch (null: the layer is empty or touched). */
  readonly nearest: Readonly<Record<SiteCheckLayer, NearestFeature | null>>;
  /** The site overlaps an ecological red line: development is excluded there. */
  readonly inExclusionZone: boolean;
  /** The site overlaps a protected area: it needs the managing authority's consent. */
  readonly inProtectedArea: boolean;
}

/**
 * Checks one site (a Polygon or MultiPolygon in lon/lat) against the dataset's red lines and
 * protected areas. A self-crossing outline (a drawn bow-tie) is repaired first by the non-zero rule.
 */
export function checkSite(drawn: Polygon | MultiPolygon, dataset: Dataset): SiteCheck {
  const site = (checkGeometry(drawn, 'polygon').geometry ?? drawn) as Polygon | MultiPolygon;
  const areaM2 = geometryArea(site);
  const siteBox = geometryBBox(site);
  const overlaps: SiteOverlap[] = [];
  const nearest: Record<SiteCheckLayer, NearestFeature | null> = { redLines: null, protectedAreas: null };
  const centreLon = (siteBox[0] + siteBox[2]) / 2;
  for (const layer of SITE_CHECK_LAYERS) {
    const features = dataset.layers[layer]?.features ?? [];
    let touched = false;
    features.forEach((f, index) => {
      if (!bboxesTouch(siteBox, geometryBBox(f.geometry))) return;
      const part = intersectionOf([site], [f.geometry]);
      const a = multiArea(part);
      if (!(a > 0)) return;
      touched = true;
      overlaps.push({
        layer, index, name: featureLabel(f.properties, index), kind: String((layer === 'redLines' ? f.properties.type : f.properties.category) ?? ''),
        areaM2: a, percentOfSite: areaM2 > 0 ? (a / areaM2) * 100 : 0, geometry: asMultiPolygon(part),
      });
    });
    if (!touched && features.length > 0) nearest[layer] = nearestOf(site, layer, features.map((f) => f.geometry), (i) => featureLabel(features[i]!.properties, i), centreLon);
  }
  overlaps.sort((x, y) => (x.layer === y.layer ? y.areaM2 - x.areaM2 : x.layer === 'redLines' ? -1 : 1));
  return { areaM2, overlaps, nearest, inExclusionZone: overlaps.some((o) => o.layer === 'redLines'), inProtectedArea: overlaps.some((o) => o.layer === 'protectedAreas') };
}

function nearestOf(site: Geometry, layer: SiteCheckLayer, geoms: readonly Geometry[], name: (i: number) => string, centreLon: number): NearestFeature | null {
  let best: NearestFeature | null = null;
  geoms.forEach((g, index) => {
    const d = polygonDistance(site, g, centreLon);
    if (!best || d.distance < best.distanceM) best = { layer, index, name: name(index), distanceM: d.distance, from: d.from, to: d.to };
  });
  return best;
}
