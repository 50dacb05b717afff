/**
 * One benchmark task in its own process (so its peak memory is its own):
 * `node --import tsx bench-task.ts DIR TASK RUNS`. Prints one JSON line:
 * { task, ms: [..], value, features, vertices, peakMB }. Overlays run on GEOS, as in the CLI and
 * the app; a task named `jsts:<indicator>` runs the indicator with JSTS's overlays instead.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { area as turfArea, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Dataset } from '../../src/core/data/dataset.ts';
import { loadDataset } from '../../src/core/data/load-dataset.ts';
import { FOREST_COVER_CLASSES } from '../../src/core/data/roles.ts';
import { forestCoverage } from '../../src/core/indicators/forest-coverage.ts';
import { makeOverlayContext } from '../../src/core/indicators/overlay-context.ts';
import { parkGreenPerCapita, parkServiceCoverage } from '../../src/core/indicators/park-green.ts';
import { protectedShare } from '../../src/core/indicators/protected-share.ts';
import { evaluateSections } from '../../src/core/indicators/section-results.ts';
import { loadGeos } from '../../src/core/geo/geos-overlay.ts';
import { drinkingWaterCompliance, functionZoneCompliance, sectionsGoodRate } from '../../src/core/indicators/water-indicators.ts';
import { checkSite } from '../../src/core/site/site-check.ts';

const [dir, taskArg, runsArg] = process.argv.slice(2) as [string, string, string];
const jsts = taskArg.startsWith('jsts:');
const task = taskArg.replace(/^jsts:/, '');
if (!jsts && !(await loadGeos())) throw new Error('GEOS (geos-wasm) did not load');
const runs = Number(runsArg ?? 3);
const { dataset } = await loadDataset((f) => readFile(path.join(dir, f)).then((b) => new Uint8Array(b)).catch(() => null));
const d = dataset as Dataset;

function size(roles: string[]): { features: number; vertices: number } {
  let features = 0, vertices = 0;
  const count = (c: unknown): number => (Array.isArray(c) ? (typeof c[0] === 'number' ? 1 : c.reduce((s: number, x: unknown) => s + count(x), 0)) : 0);
  for (const r of roles) for (const f of d.layers[r]?.features ?? []) { features++; vertices += count((f.geometry as { coordinates?: unknown }).coordinates); }
  return { features, vertices };
}

/** The naive way: Turf's union of everything (pairwise, as turf.union does), then intersect and Turf's area. */
function naiveShare(roles: string[], keep: (p: Record<string, unknown>) => boolean = () => true): number {
  const feats = roles.flatMap((r) => (d.layers[r]?.features ?? []).filter((f) => keep(f.properties))) as Feature<Polygon | MultiPolygon>[];
  const u = union(featureCollection(feats))!;
  const b = d.layers.boundary!.features[0] as Feature<Polygon | MultiPolygon>;
  const i = intersect(featureCollection([u, b]));
  return ((i ? turfArea(i) : 0) / turfArea(b)) * 100;
}

/**
 * The site check as the app runs it after a vertex is dropped: the overlaps with every line, the
 * findings and the impact on the area indicators, the dataset's boundary prepared once (the report
 * worker keeps it). The site, ~900 m × 780 m, crosses 东部丘陵水土保持生态保护红线 and forest in the
 * south-east hills. Goal: under 100 ms on the sample (issue 26). Value: the site's share in red lines, %.
 */
const SITE: Polygon = { type: 'Polygon', coordinates: [[[120.989, 29.927], [120.998, 29.927], [120.998, 29.934], [120.989, 29.934], [120.989, 29.927]]] };
let siteOverlay: ReturnType<typeof makeOverlayContext> | undefined;

const TASKS: Record<string, { roles: string[]; run: () => number | null }> = {
  siteCheck: { roles: ['redLines', 'protectedAreas', 'forestParcels', 'parks', 'permanentFarmland', 'heritageAreas', 'urbanBoundary'], run: () => {
    siteOverlay ??= makeOverlayContext(d);
    return checkSite(SITE, d, { overlay: siteOverlay }).roles.redLines.percentOfSite;
  } },
  protectedShare: { roles: ['protectedAreas', 'redLines'], run: () => protectedShare(d, makeOverlayContext(d)).value },
  forestCoverage: { roles: ['forestParcels'], run: () => forestCoverage(d, makeOverlayContext(d)).value },
  parkGreenPerCapita: { roles: ['parks', 'urbanAreas'], run: () => parkGreenPerCapita(d).value },
  parkServiceCoverage: { roles: ['parks', 'residential'], run: () => parkServiceCoverage(d).value },
  waterIndicators: { roles: ['sections'], run: () => { const s = evaluateSections(d); sectionsGoodRate(s); functionZoneCompliance(s); return drinkingWaterCompliance(s).value; } },
  'naive:protectedShare': { roles: ['protectedAreas', 'redLines'], run: () => naiveShare(['protectedAreas', 'redLines']) },
  'naive:forestCoverage': { roles: ['forestParcels'], run: () => naiveShare(['forestParcels'], (p) => FOREST_COVER_CLASSES.includes(String(p.landClass))) },
};

const t = TASKS[task];
if (!t) throw new Error(`unknown task ${task}`);
const ms: number[] = [];
let value: number | null = null;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  value = t.run();
  ms.push(performance.now() - t0);
}
const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
process.stdout.write(`${JSON.stringify({ task: taskArg, ms, value, ...size(t.roles), peakMB: hwm ? Number(hwm[1]) / 1024 : null })}\n`);
