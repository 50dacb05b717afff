/** The site check as files: CSV of the overlap table, GeoJSON of the overlap geometries; the site itself in the formats planners hand on. */
import { csvText, loadSiteExports, siteCode } from '../../core/index.ts';
import type { Site } from './site-store.ts';
import type { SiteCheck } from '../../core/index.ts';

const LAYER_ZH: Readonly<Record<string, string>> = { redLines: '生态保护红线', protectedAreas: '自然保护地', permanentFarmland: '永久基本农田', heritageAreas: '历史文化保护区域', urbanBoundary: '城镇开发边界' };

/**
 * The overlap table as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese): one row per
 * overlapped feature, then the nearest features where nothing of that layer is touched.
 */
export function overlapCsv(siteName: string, check: SiteCheck): string {
  const rows: (string | number)[][] = [['选址 site', '图层 layer', '名称 name', '类型 type', '重叠面积 overlap m²', '占选址 % of site', '最近距离 distance m']];
  for (const o of check.overlaps) rows.push([siteName, LAYER_ZH[o.layer] ?? o.layer, o.name, o.kind, o.areaM2.toFixed(2), o.percentOfSite.toFixed(4), '']);
  for (const n of Object.values(check.nearest)) if (n) rows.push([siteName, LAYER_ZH[n.layer] ?? n.layer, n.name, '', '0', '0', n.distanceM.toFixed(2)]);
  return csvText(rows);
}

/** The overlap geometries as a GeoJSON FeatureCollection with the table's values as properties. */
export function overlapGeoJson(siteName: string, check: SiteCheck): object {
  return {
    type: 'FeatureCollection',
    features: check.overlaps.map((o) => ({
      type: 'Feature',
      properties: { site: siteName, layer: o.layer, name: o.name, kind: o.kind, areaM2: o.areaM2, percentOfSite: o.percentOfSite },
      geometry: o.geometry,
    })),
  };
}

/** Offers text (or a blob, such as a PNG) as a file download. */
export function download(name: string, data: string | Blob, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url; a.download = name;
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The formats a site is handed on in. */
export type SiteFormat = 'txt' | 'dxf' | 'shp' | 'geojson';

const FORMAT_FILE: Readonly<Record<SiteFormat, { ext: string; type: string }>> = {
  txt: { ext: 'txt', type: 'text/plain' }, dxf: { ext: 'dxf', type: 'image/vnd.dxf' }, shp: { ext: 'zip', type: 'application/zip' }, geojson: { ext: 'geojson', type: 'application/geo+json' },
};

/**
 * Downloads a site as a 部标 TXT (GBK, its CGCS2000 3° zone), a DXF in Gauss–Krüger zone 40, a
 * zipped shapefile in EPSG:4549 (with .prj and .cpg) or GeoJSON, made by the core's exporters
 * (src/core/export/, loaded on demand); its name, code, declared area and surveyed point names go along.
 */
export async function downloadSite(site: Site, format: SiteFormat): Promise<void> {
  const x = await loadSiteExports();
  const a = site.attributes ?? {};
  const feature = { type: 'Feature' as const, geometry: site.geometry, properties: { name: site.name, code: siteCode(a), ...(typeof a.declaredAreaM2 === 'number' ? { declaredAreaM2: a.declaredAreaM2 } : {}), ...(Array.isArray(a.pointNames) ? { pointNames: a.pointNames } : {}) } };
  const data = format === 'txt' ? x.parcelTxt([feature]).bytes : format === 'dxf' ? x.siteDxf([feature]).bytes : format === 'shp' ? x.siteShapefile([feature]).bytes : x.siteGeoJson([feature]);
  const f = FORMAT_FILE[format];
  download(`${site.name}.${f.ext}`, new Blob([typeof data === 'string' ? data : data.slice().buffer]), f.type);
}
