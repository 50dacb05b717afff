/**
 * The core's face for computing: the indicator records, the report, site checks, and the geometry
 * operations behind them. Used by the report worker, the CLI and the sample generator (src/sample);
 * the main thread reads the report they produce (index.ts has the rest).
 */
export { ALL_INDICATORS, indicatorById, meetsTarget } from './indicators/catalog.ts';
export { computeReport, describeMissing, effectiveTarget, reportJson } from './indicators/compute-report.ts';
export { explainIndicator } from './indicators/explain.ts';
export { protectedShareIndicator } from './indicators/protected-share.ts';
export { checkSite, siteStatus } from './site/site-check.ts';
export { siteImpact } from './site/site-impact.ts';
export { makeOverlayContext } from './indicators/overlay-context.ts';
export type { OverlayContext } from './indicators/overlay-context.ts';
export { siteBuffer } from './site/site-buffer.ts';
export { indicatorsByZone } from './zones/by-zone.ts';
export type { ByZone, ZoneIndicators } from './zones/by-zone.ts';
export { compareYears } from './years/compare-years.ts';
export type { YearComparison, YearReport } from './years/compare-years.ts';
export { loadYears } from './years/load-years.ts';
export type { YearData } from './years/load-years.ts';
export { yearValues } from './years/year-values.ts';
export type { YearValues } from './years/year-values.ts';
export { loadGeos as loadOverlayEngine } from './geo/geos-overlay.ts';

// The overlays, the boundary index and distances, for the sample generator, which builds its layers
// with the same geometry the indicators measure them with.
export { differenceOf, intersectionOf, repairNonZero } from './geo/clip.ts';
export type { MultiCoords } from './geo/clip.ts';
export { indexBoundary } from './geo/boundary-index.ts';
export { geodesicDistance } from './geo/geodesic-distance.ts';

// Site files a planner hands on (部标 TXT, DXF, zipped shapefile, GeoJSON) and the Gauss–Krüger plane area.
export { gaussKrugerPlaneArea, parcelTxt, siteDxf, siteGeoJson, siteShapefile, threeDegreeZone } from './export/site-exports.ts';
export type { ExportedFile, ParcelTxtOptions, SiteDxfOptions, SiteFeature, SiteShapefileOptions } from './export/site-exports.ts';
