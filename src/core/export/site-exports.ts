/**
 * The files a planner hands on, in one module the app loads on demand (index.ts: loadSiteExports) and
 * the CLI and workers import through compute.ts: 部标 TXT, DXF, zipped shapefile, GeoJSON, and the
 * Gauss–Krüger plane area they write.
 */
export { parcelTxt } from './parcel-txt.ts';
export type { ParcelTxtOptions } from './parcel-txt.ts';
export { siteDxf } from './dxf.ts';
export type { SiteDxfOptions } from './dxf.ts';
export { siteShapefile } from './shapefile.ts';
export type { SiteShapefileOptions } from './shapefile.ts';
export { siteGeoJson } from './geojson.ts';
export type { ExportedFile, SiteFeature } from './sites.ts';
export { gaussKrugerPlaneArea, threeDegreeZone } from '../geo/plane-area.ts';
