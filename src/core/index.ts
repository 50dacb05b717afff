/**
 * The public face of the core: everything the app, the map and the CLI use, except reading files
 * (src/core/io.ts) and computing the report (src/core/compute.ts): those are for the workers and
 * the CLI, so the main bundle carries neither the importers nor the geometry engine.
 * They import from these two only (a lint rule forbids deeper imports), so the core's files can
 * move and change inside.
 */
export { featureKey, formatIssue, hasErrors, parseFeatureKey } from './data/dataset.ts';
export type { DataIssue, Dataset, FeatureId, Layer, LayerFeature, LayerSpec, Manifest, MissingInput, TileSpec } from './data/dataset.ts';
export { FOREST_COVER_CLASSES, featureLabel, isRole, roleName } from './data/roles.ts';
export type { Role } from './data/roles.ts';

export { formatArea, formatKm2, formatNumber } from './format/format-number.ts';
export type { Lang } from './format/format-number.ts';
export { COMPARISON_SIGNS, formatTarget, formatValue, textTable } from './format/format-value.ts';

export { geometryBBox } from './geo/bbox.ts';
export type { BBox } from './geo/bbox.ts';
export { geometryArea } from './geo/ellipsoidal-area.ts';

export type { CrsCandidate } from './import/guess-crs.ts';

export { indicatorStatus, indicatorsFromEdges } from './indicators/indicator-result.ts';
export type { AreaMethod, IndicatorResult, IndicatorStatus, Measured } from './indicators/indicator-result.ts';
export type { ComputeInput, Highlight, Indicator, Outline, Target } from './indicators/indicator.ts';
export { meetsTarget } from './indicators/indicator.ts';
export { sectionId } from './indicators/section-results.ts';
export type { SectionResult } from './indicators/section-results.ts';
export { countByClass } from './indicators/water-indicators.ts';


export { PARAMETER_BY_KEY, UNCLASSED_PARAMETER_INFO } from './water/gb3838-limits.ts';
export { monthlyClasses, parameterMeans } from './water/section-evaluation.ts';
export { CLASS_LABELS, formatWaterClass } from './water/water-class.ts';
export type { WaterClass } from './water/water-class.ts';
export type { Report } from './indicators/compute-report.ts';
export type { ProtectedShareDetails } from './indicators/protected-share.ts';
export type { NearestFeature, SiteCheck, SiteOverlap, SiteRoleCheck, SiteStatus } from './site/site-check.ts';
export { SITE_CHECK_LAYERS } from './site/site-layers.ts';
export type { SiteCheckLayer } from './site/site-layers.ts';
export { findingText, siteFindings, siteVerdict } from './site/site-findings.ts';
export { siteCode, siteName } from './site/site-name.ts';
export type { FindingLevel, SiteFinding } from './site/site-findings.ts';
export type { IndicatorImpact } from './site/site-impact.ts';
export { translate } from './i18n/ui.ts';
export type { StringKey } from './i18n/ui.ts';
export { HELP_SECTION_IDS, helpGuide } from './i18n/help.ts';
export type { HelpGuide, HelpSection, HelpSectionId } from './i18n/help.ts';
export { classText, term, unitText, WORSE_THAN_V } from './i18n/vocabulary.ts';
export { isMessageCode, localizeIssue, localizeIssueLine, localizeMissing, localizeReason, localizeWarning, message, MESSAGES } from './i18n/messages.ts';
export type { Message, MessageCode, MessageParams, ReportWarning } from './i18n/messages.ts';
export { searchFeatures } from './data/search.ts';
export type { PinyinMatch, SearchHit } from './data/search.ts';

/**
 * The coordinate tools (reading typed coordinates, DMS, Gauss-Krüger zone 40), loaded on demand:
 * they carry the projection library, which the first screen does not need.
 */
export function loadCoordinates(): Promise<typeof import('./geo/coordinates.ts')> {
  return import('./geo/coordinates.ts');
}

/** The 界址点坐标表 maker (Gauss-Krüger zone 40 through the projection library), loaded on demand. */
export function loadVertexTable(): Promise<typeof import('./site/vertex-table.ts')> {
  return import('./site/vertex-table.ts');
}
export type { VertexRow } from './site/vertex-table.ts';

/**
 * The site files a planner hands on — 部标 TXT, DXF, zipped shapefile, GeoJSON — and the Gauss–Krüger
 * plane area, loaded on demand (they carry the projection library and the zip writer).
 */
export function loadSiteExports(): Promise<typeof import('./export/site-exports.ts')> {
  return import('./export/site-exports.ts');
}
export { formatLength, formatSurveyArea, MU_M2 } from './format/format-number.ts';
export { lineLength } from './geo/line-length.ts';
export { AREA_COLUMN, attributeTable, tableCsv } from './table/attribute-table.ts';
export type { AttributeTable, Cell, Column } from './table/attribute-table.ts';
export { parseCellFilter, queryRows } from './table/table-filter.ts';
export type { TableQuery } from './table/table-filter.ts';
export { csvCell, csvText } from './table/csv.ts';
