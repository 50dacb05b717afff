/**
 * The core's face for computing: the indicator records, the report, site checks. Used by the
 * report worker and the CLI; the main thread reads the report they produce (index.ts has the rest).
 */
export { ALL_INDICATORS, indicatorById, meetsTarget } from './indicators/catalog.ts';
export { computeReport, describeMissing, effectiveTarget, reportJson } from './indicators/compute-report.ts';
export { explainIndicator } from './indicators/explain.ts';
export { protectedShareIndicator } from './indicators/protected-share.ts';
export { checkSite } from './site/site-check.ts';
export { siteBuffer } from './site/site-buffer.ts';
export { indicatorsByZone } from './zones/by-zone.ts';
export type { ByZone, ZoneIndicators } from './zones/by-zone.ts';
export { compareYears } from './years/compare-years.ts';
export type { YearComparison, YearReport } from './years/compare-years.ts';
export { loadYears } from './years/load-years.ts';
export type { YearData } from './years/load-years.ts';
export { loadGeos as loadOverlayEngine } from './geo/geos-overlay.ts';
