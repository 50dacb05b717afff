/**
 * The planner's site check: a proposed site's ellipsoidal area, its overlap with every feature of
 * each line a site must respect — ecological red lines, protected areas, permanent basic farmland
 * (永久基本农田), heritage protection areas (文物保护范围与建设控制地带) and the urban development
 * boundary (城镇开发边界) — in m² and % of the site with the overlap geometry, for each line whether
 * the site lies wholly, partly or not at all within it (on the union of its features, so
 * overlapping features count once), and, where it touches none, the nearest one's distance. A
 * dataset without one of these layers says the check did not cover it (status null), never that
 * the site is clear of it.
 */
import { featureLabel } from '../data/roles.ts';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { checkGeometry } from '../data/check-geometry.ts';
import type { Dataset } from '../data/dataset.ts';
import { bboxesTouch, geometryBBox } from '../geo/bbox.ts';
import { asMultiPolygon, intersectionOf, multiArea } from '../geo/clip.ts';
import { geometryArea } from '../geo/ellipsoidal-area.ts';
import { polygonDistance } from '../geo/geodesic-distance.ts';
import { gaussKrugerPlaneArea, threeDegreeZone } from '../geo/plane-area.ts';
import type { OverlayContext } from '../indicators/overlay-context.ts';
import { siteImpact } from './site-impact.ts';
import type { IndicatorImpact } from './site-impact.ts';

import { SITE_CHECK_LAYERS } from './site-layers.ts';
import type { SiteCheckLayer } from './site-layers.ts';

export { SITE_CHECK_LAYERS };
export type { SiteCheckLayer };

/** The attribute each layer's kind column shows: red-line type, protected-area category, farmland code, heritage zone. */
const KIND_KEY: Readonly<Record<SiteCheckLayer, string>> = { redLines: 'type', protectedAreas: 'category', permanentFarmland: 'code', heritageAreas: 'zone', urbanBoundary: 'type' };

/** Where the site lies relative to one line: wholly in it, partly, or not at all. */
export type SiteStatus = 'wholly' | 'partly' | 'none';

/** The site against one line (layer). */
export interface SiteRoleCheck {
  /** The dataset has this layer (else nothing was checked: status null). */
  readonly covered: boolean;
  readonly status: SiteStatus | null;
  /** Area of the site inside the union of the layer's features, m², and as % of the site. */
  readonly areaM2: number;
  readonly percentOfSite: number;
  /** The nearest feature where the site touches none. */
  readonly nearest: NearestFeature | null;
}

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
  /** Ellipsoidal area of the site, m² (as every area of the project). */
  readonly areaM2: number;
  /** Gauss–Krüger plane area in the site's CGCS2000 3° zone, m² (what a 勘测定界 survey reports), and that zone. */
  readonly planeAreaM2: number;
  readonly planeZone: number;
  readonly overlaps: readonly SiteOverlap[];
  /** Each line: covered or not, wholly / partly / not at all, the area inside, the nearest feature. */
  readonly roles: Readonly<Record<SiteCheckLayer, SiteRoleCheck>>;
  /** Nearest feature of each layer the site does not touch (null: the layer is empty or touched). */
  readonly nearest: Readonly<Record<SiteCheckLayer, NearestFeature | null>>;
  /** The site overlaps an ecological red line: development is excluded there. */
  readonly inExclusionZone: boolean;
  /** The site overlaps a protected area: it needs the managing authority's consent. */
  readonly inProtectedArea: boolean;
  /** What building the site would cost each area indicator it takes land from (site-impact.ts); null when not asked for. */
  readonly impact: Readonly<Record<string, IndicatorImpact>> | null;
}

/**
 * Where a site covering `areaM2` lies relative to a line it has `insideM2` within: 'wholly' when
 * what is left outside is under 0.01 m² (or 1e-9 of the site: rounding of the overlay), 'none' at 0.
 */
export function siteStatus(insideM2: number, areaM2: number): SiteStatus {
  if (!(insideM2 > 0)) return 'none';
  return areaM2 - insideM2 <= Math.max(0.01, 1e-9 * areaM2) ? 'wholly' : 'partly';
}

/**
 * Checks one site (a Polygon or MultiPolygon in lon/lat) against the dataset's red lines, protected
 * areas, permanent basic farmland, heritage areas and urban development boundary. An invalid
 * outline (a drawn bow-tie) is made valid first, as every loaded polygon is. With `overlay` (the
 * dataset's prepared boundary, makeOverlayContext) it also gives the impact on the area indicators.
 */
export function checkSite(drawn: Polygon | MultiPolygon, dataset: Dataset, options: { readonly overlay?: OverlayContext | null } = {}): SiteCheck {
  const site = (checkGeometry(drawn, 'polygon').geometry ?? drawn) as Polygon | MultiPolygon;
  const areaM2 = geometryArea(site);
  const siteBox = geometryBBox(site);
  const overlaps: SiteOverlap[] = [];
  const roles = {} as Record<SiteCheckLayer, SiteRoleCheck>;
  const centreLon = (siteBox[0] + siteBox[2]) / 2;
  for (const layer of SITE_CHECK_LAYERS) {
    const source = dataset.layers[layer];
    const features = source?.features ?? [];
    const touching: Geometry[] = [];
    features.forEach((f, index) => {
      if (!bboxesTouch(siteBox, geometryBBox(f.geometry))) return;
      const part = intersectionOf([site], [f.geometry]);
      const a = multiArea(part);
      if (!(a > 0)) return;
      touching.push(f.geometry);
      overlaps.push({
        layer, index, name: featureLabel(f.properties, index), kind: String(f.properties[KIND_KEY[layer]] ?? ''),
        areaM2: a, percentOfSite: areaM2 > 0 ? (a / areaM2) * 100 : 0, geometry: asMultiPolygon(part),
      });
    });
    // The site inside the union of the features it touches: overlapping features count once.
    const inside = touching.length === 0 ? 0 : touching.length === 1 ? overlaps[overlaps.length - 1]!.areaM2 : multiArea(intersectionOf([site], touching));
    const nearest = touching.length === 0 && features.length > 0 ? nearestOf(site, layer, features.map((f) => f.geometry), (i) => featureLabel(features[i]!.properties, i), centreLon) : null;
    roles[layer] = { covered: source !== undefined, status: source ? siteStatus(inside, areaM2) : null, areaM2: inside, percentOfSite: areaM2 > 0 ? (inside / areaM2) * 100 : 0, nearest };
  }
  overlaps.sort((x, y) => (x.layer === y.layer ? y.areaM2 - x.areaM2 : SITE_CHECK_LAYERS.indexOf(x.layer) - SITE_CHECK_LAYERS.indexOf(y.layer)));
  const nearest = Object.fromEntries(SITE_CHECK_LAYERS.map((l) => [l, roles[l].nearest])) as Record<SiteCheckLayer, NearestFeature | null>;
  const impact = options.overlay !== undefined ? siteImpact(site, dataset, options.overlay) : null;
  const planeZone = threeDegreeZone(centreLon);
  return { areaM2, planeAreaM2: gaussKrugerPlaneArea(site, planeZone), planeZone, overlaps, roles, nearest, inExclusionZone: roles.redLines.areaM2 > 0, inProtectedArea: roles.protectedAreas.areaM2 > 0, impact };
}

function nearestOf(site: Geometry, layer: SiteCheckLayer, geoms: readonly Geometry[], name: (i: number) => string, centreLon: number): NearestFeature | null {
  let best: NearestFeature | null = null;
  geoms.forEach((g, index) => {
    const d = polygonDistance(site, g, centreLon);
    if (!best || d.distance < best.distanceM) best = { layer, index, name: name(index), distanceM: d.distance, from: d.from, to: d.to };
  });
  return best;
}
