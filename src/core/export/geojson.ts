/** Sites as GeoJSON: lon/lat (CGCS2000, which GeoJSON readers take as WGS 84: they agree to centimetres), with their areas. */
import { declaredArea, exportZone, siteAreas, siteCode, siteName } from './sites.ts';
import type { SiteFeature } from './sites.ts';

/**
 * The sites as a GeoJSON FeatureCollection text (RFC 7946, no `crs` member): geometries as given,
 * properties as given plus `name`, `code`, `areaM2` (ellipsoidal), `planeAreaM2` (Gauss–Krüger plane
 * area in the sites' 3° zone, or `zone`) and `declaredAreaM2` (null without one).
 */
export function siteGeoJson(sites: readonly SiteFeature[], options: { readonly zone?: number } = {}): string {
  const zone = exportZone(sites, options.zone);
  return JSON.stringify({
    type: 'FeatureCollection',
    features: sites.map((site, i) => ({
      type: 'Feature',
      properties: { ...site.properties, name: siteName(site, i), code: siteCode(site), ...siteAreas(site, zone), declaredAreaM2: declaredArea(site) },
      geometry: site.geometry,
    })),
  });
}
