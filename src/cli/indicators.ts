/**
 * `npm run indicators -- [--data DIR] [--json] [--strict] [--by ROLE]`: computes the plan's
 * indicators for a dataset folder and prints a table, or the report as JSON; with `--by towns` (any
 * polygon layer) also every computed indicator for each of its features; with `--years` every year
 * the manifest's `years` names, and what changed from the first to the last. Problems in the data go to stderr and
 * the indicators they touch are marked incomplete. Exit code 0 on success; 2 when the dataset
 * cannot be loaded at all (no manifest, no boundary) or, with --strict, when any computed
 * indicator is incomplete; 1 on wrong usage.
 */
import { formatIssue, formatTarget, formatValue, formatWaterClass, hasErrors, indicatorsFromEdges, textTable } from '../core/index.ts';
import { computeReport, describeMissing, indicatorsByZone, loadOverlayEngine, reportJson } from '../core/compute.ts';
import type { ByZone, YearComparison, YearReport } from '../core/compute.ts';
import { computeYears, yearsJson, yearsText } from './years-output.ts';
import { measureInPostgis, measureZonesInPostgis, openClient } from './postgis-engine.ts';
import type { SqlClient, ZoneAreas } from './postgis-engine.ts';
import { loadDataset } from '../core/io.ts';
import { datasetReader } from './dataset-reader.ts';
import type { MissingInput } from '../core/index.ts';

const USAGE = 'Usage: npm run indicators -- [--data DIR] [--json] [--strict] [--by ROLE]\n  --data DIR  dataset folder with manifest.json (default: data/)\n  --json      print the report as JSON\n  --strict    exit with code 2 when any computed indicator is incomplete\n  --by ROLE   also compute every spatial indicator for each feature of a polygon layer (e.g. towns)\n  --years     every year the manifest names ("years"), and what changed from the first to the last\n  --engine postgis [--db URL]\n              compute the area indicators\' overlays in PostGIS: a server (URL or PG* variables), else an embedded one\n  --db URL    the database of table layers too (a manifest\'s "database" is used only when named here)';

async function main(argv: readonly string[]): Promise<number> {
  let dir = 'data';
  let json = false;
  let strict = false;
  let by: string | null = null;
  let withYears = false;
  let engine: 'js' | 'postgis' = 'js';
  let db: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--strict') strict = true;
    else if (a === '--data' && argv[i + 1]) dir = argv[++i]!;
    else if (a === '--by' && argv[i + 1]) by = argv[++i]!;
    else if (a === '--years') withYears = true;
    else if (a === '--engine' && (argv[i + 1] === 'js' || argv[i + 1] === 'postgis')) engine = argv[++i] as 'js' | 'postgis';
    else if (a === '--db' && argv[i + 1]) db = argv[++i]!;
    else if (a === '--help' || a === '-h') { process.stdout.write(`${USAGE}\n`); return 0; }
    else { process.stderr.write(`Unknown argument: ${a}\n${USAGE}\n`); return 1; }
  }
  const read = datasetReader(dir, db);
  const [{ dataset, issues }] = await Promise.all([loadDataset(read), loadOverlayEngine()]);
  if (!dataset || !dataset.layers.boundary?.features.length) {
    process.stderr.write(`The dataset in ${dir} cannot be loaded:\n${issues.map(formatIssue).join('\n')}\n`);
    return 2;
  }
  if (hasErrors(issues)) process.stderr.write(`The dataset in ${dir} has errors; the indicators they touch are marked incomplete:\n${issues.filter((i) => i.severity === 'error').map(formatIssue).join('\n')}\n\n`);
  let measured = {};
  let zoneAreas: ZoneAreas[] | null = null;
  if (engine === 'postgis') {
    let client: SqlClient | null = null;
    try {
      client = await openClient(db, (l) => process.stderr.write(`${l}\n`));
      measured = await measureInPostgis(dataset, client);
      if (by !== null && dataset.layers[by]) zoneAreas = await measureZonesInPostgis(dataset, by, client);
    } catch (e) {
      process.stderr.write(`PostGIS: ${(e as Error).message}\n`);
      return 2;
    } finally {
      await client?.close();
    }
  }
  const report = computeReport(dataset, issues.filter((i) => i.severity === 'warning'), undefined, measured);
  let byZone: ByZone | null = null;
  if (by !== null) {
    const layer = dataset.layers[by];
    if (!layer || !layer.features.some((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')) {
      process.stderr.write(`--by ${by}: the dataset has no polygon layer of that name (layers: ${Object.keys(dataset.layers).join(', ')})\n`);
      return 1;
    }
    byZone = indicatorsByZone(dataset, by);
    for (const o of byZone.overlaps) process.stderr.write(`Warning: ${o.layer} ${o.feature} lies in ${o.zones.length} zones of ${by} (${o.zones.join(', ')}), which overlap; it is counted in ${o.zones[0]} only (the first in the layer)\n`);
    // With the PostGIS engine the zones' areas, protected land and forest come from its grouped statements.
    if (zoneAreas) {
      const sql = zoneAreas;
      byZone = { ...byZone, zones: byZone.zones.map((z, i) => {
        const a = sql[i]!;
        return { ...z, areaKm2: a.areaM2 / 1e6, areas: { protectedM2: a.protectedM2, forestM2: a.forestM2 }, indicators: { ...z.indicators, protectedShare: a.areaM2 > 0 ? (a.protectedM2 / a.areaM2) * 100 : null, forestCoverage: a.areaM2 > 0 && dataset.layers.forestParcels ? (a.forestM2 / a.areaM2) * 100 : null } };
      }) };
    }
  }
  let years: { reports: YearReport[]; comparison: YearComparison | null } | null = null;
  if (withYears) {
    years = await computeYears(read, dataset, report, (t) => process.stderr.write(t));
  }
  const incomplete = report.indicators.filter((i) => i.source === 'computed' && !i.complete);
  const code = strict && incomplete.length > 0 ? 2 : 0;
  if (json) {
    const out = {
      ...reportJson(report),
      // Indicators incomplete for the district (inputs that did not load) are incomplete in every zone too.
      ...(byZone ? { byZone: { role: byZone.role, incomplete: incomplete.map((i) => i.id), zones: byZone.zones.map((z) => ({ name: z.name, areaKm2: z.areaKm2, indicators: z.indicators })), overlaps: byZone.overlaps } } : {}),
      ...(years ? { years: yearsJson(years.reports, years.comparison) } : {}),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    if (code) process.stderr.write(`--strict: ${incomplete.length} indicator(s) incomplete: ${incomplete.map((i) => i.id).join(', ')}\n`);
    return code;
  }
  const rows = report.indicators.map((i) => [
    i.name, i.id, `${formatValue(i.value)}${i.value !== null && i.unit ? ` ${i.unit}` : ''}`, formatTarget(i.target),
    !i.complete && i.source === 'computed' ? (i.value === null ? 'n/a' : 'INCOMPLETE') : i.pass === null ? '—' : i.pass ? 'pass' : 'FAIL', i.source,
  ]);
  const fromEdges = indicatorsFromEdges(report.indicators);
  const lines = [
    `${report.dataset}${dataset.manifest.year ? ` (${dataset.manifest.year})` : ''}${dataset.manifest.sample ? ' — 示意数据 illustrative sample data' : ''}`,
    '',
    textTable(['指标', 'id', 'value', 'target', 'pass', 'source'], rows),
    ...incomplete.map((i) => `! ${i.id} ${i.value === null ? 'is not available' : 'is incomplete (不完整), not judged'}: ${describeMissing(i.details.missing as readonly MissingInput[] | undefined)}`),
    `Overlays 叠加计算: ${report.overlays}; areas on the WGS84 ellipsoid 椭球面积`,
    ...(fromEdges.length > 0 ? [`Measured from the polygons' edges, without building the union 由多边形的边直接量算: ${fromEdges.map((i) => i.id).join(', ')}`] : []),
    '',
    textTable(['断面 section', 'id', 'class', 'target', 'compliant'], report.sections.map((s) => [
      s.name, s.id, formatWaterClass(s.cls) || 'n/a', formatWaterClass(s.targetClass) || '—', s.compliant === null ? '—' : s.compliant ? 'yes' : 'NO',
    ])),
    ...(byZone ? ['', zoneTable(byZone, report)] : []),
    ...(years ? ['', yearsText(years.reports, years.comparison)] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (report.warnings.length > 0) process.stderr.write(`\n${report.warnings.length} warning(s):\n${report.warnings.join('\n')}\n`);
  if (code) process.stderr.write(`--strict: ${incomplete.length} indicator(s) incomplete\n`);
  return code;
}

/** One row per zone (and the district last): area and every computed indicator, 2 decimals; n/a where there is nothing to measure. */
function zoneTable(byZone: ByZone, report: ReturnType<typeof computeReport>): string {
  const ids = report.indicators.filter((i) => i.source === 'computed').map((i) => i.id);
  const v = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : x.toFixed(2));
  const district = Object.fromEntries(report.indicators.map((i) => [i.id, typeof i.value === 'number' ? i.value : null]));
  const area = (report.indicators.find((i) => i.id === 'protectedShare')?.details.boundaryAreaM2 as number | undefined) ?? null;
  return textTable([`by ${byZone.role}`, 'km²', ...ids], [
    ...byZone.zones.map((z) => [z.name, v(z.areaKm2), ...ids.map((id) => v(z.indicators[id]))]),
    ['全区 district', v(area === null ? null : area / 1e6), ...ids.map((id) => v(district[id]))],
  ]);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(`Unexpected error: ${(e as Error).stack ?? String(e)}\n`); process.exitCode = 1; },
);
