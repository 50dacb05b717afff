/**
 * `npm run bench -- --scale`: how the JS engine's time grows with the size of the data, on copies
 * of the sample: its boundary densified (×1, ×2, ×4, ×8 of 25,000 vertices; the vertices added lie
 * on the edges, straight in lon/lat) against protected share and forest coverage, and tiny forest
 * parcels added inside one parcel (×1, ×2, ×4, ×8 of 12,500) against forest coverage. Prints a
 * table of times (median of 5) and the exponent of a least-squares fit of log time against log
 * size: 1 is linear, 2 quadratic. Where a PostgreSQL server with PostGIS is at hand, each copy is
 * also written to a folder and PostGIS computes the same two indicators on it (postgis.ts, median
 * of 5, its server time without loading), with the largest relative difference of the values.
 * Both indicators run ten times, untimed, on the first copy before the table: its times are then
 * the engine's, not JavaScript's warm-up (the main table's warm median; PostGIS's median leaves
 * out its first query, which loads its library).
 */
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, Polygon, Position } from 'geojson';
import { loadDataset } from '../../src/core/io.ts';
import type { Dataset } from '../../src/core/index.ts';
import { forestCoverage } from '../../src/core/indicators/forest-coverage.ts';
import { makeOverlayContext } from '../../src/core/indicators/overlay-context.ts';
import { protectedShare } from '../../src/core/indicators/protected-share.ts';
import { LiveTable } from './live-table.ts';
import { loadGeos } from '../../src/core/geo/geos-overlay.ts';
import { parseManifest } from '../../src/core/data/parse-manifest.ts';
import { postgisTimes } from './postgis-run.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The median of five timed runs, ms, and the value. */
function time(f: () => { value: number | null }): { ms: number; value: number | null } {
  const ms: number[] = [];
  let value: number | null = null;
  for (let i = 0; i < 5; i++) { const t = performance.now(); value = f().value; ms.push(performance.now() - t); }
  return { ms: ms.sort((a, b) => a - b)[2]!, value };
}

/** A copy of the sample's folder with one role's file replaced by these features (their properties by the names the code uses, which postgis.ts keeps). */
async function copyWith(role: string, features: readonly Feature[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shangyu-scale-'));
  for (const f of await readdir(path.join(ROOT, 'data'), { withFileTypes: true })) if (f.isFile()) await copyFile(path.join(ROOT, 'data', f.name), path.join(dir, f.name));
  const { manifest } = parseManifest(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  await writeFile(path.join(dir, manifest!.layers[role]!.file), JSON.stringify({ type: 'FeatureCollection', features }));
  return dir;
}

/** PostGIS's median time (ms) and value of the indicators on a copy of the sample with one role replaced; null without PostGIS. */
async function postgisOn(role: string, features: readonly Feature[]): Promise<Map<string, { ms: number; value: number }> | null> {
  const dir = await copyWith(role, features);
  try {
    const pg = await postgisTimes(dir, 5);
    if (pg.unavailable) return null;
    return new Map([...pg.byTask].map(([k, v]) => [k, { ms: [...v.ms].sort((a, b) => a - b)[Math.floor(v.ms.length / 2)]!, value: v.value }]));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The largest relative difference of the pairs [ours, PostGIS's], as text ('' where no pair has both). */
function largestDelta(...pairs: (readonly [number | null | undefined, number | null | undefined])[]): string {
  const ds = pairs.flatMap(([a, b]) => (a == null || b == null ? [] : [Math.abs(a - b) / Math.abs(b)]));
  return ds.length > 0 ? Math.max(...ds).toExponential(0) : '';
}

/** Exponent of the least-squares line through (log n, log t). */
function exponent(points: readonly (readonly [number, number])[]): number {
  const xs = points.map((p) => Math.log(p[0])), ys = points.map((p) => Math.log(p[1]));
  const mx = xs.reduce((a, b) => a + b) / xs.length, my = ys.reduce((a, b) => a + b) / ys.length;
  return xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
}

/** The dataset with its boundary densified to about `target` vertices. */
function densified(d: Dataset, target: number): { data: Dataset; vertices: number } {
  const b = d.layers.boundary!.features[0]!;
  const g = b.geometry as Polygon;
  const k = Math.max(1, Math.round(target / g.coordinates.reduce((s, r) => s + r.length, 0)));
  const ring = (r: Position[]) => r.flatMap((p, i) => (i === r.length - 1 ? [p] : Array.from({ length: k }, (_, j) => [p[0]! + ((r[i + 1]![0]! - p[0]!) * j) / k, p[1]! + ((r[i + 1]![1]! - p[1]!) * j) / k])));
  const geometry: Polygon = { type: 'Polygon', coordinates: g.coordinates.map(ring) };
  return { data: { ...d, layers: { ...d.layers, boundary: { ...d.layers.boundary!, features: [{ ...b, geometry }] } } }, vertices: geometry.coordinates.reduce((s, r) => s + r.length, 0) };
}

/** The dataset with `n` tiny bamboo parcels in a grid inside its first 乔木林地 parcel. */
function withTinyParcels(d: Dataset, n: number): Dataset {
  const layer = d.layers.forestParcels!;
  const host = layer.features.find((f) => f.properties.landClass === '乔木林地')!;
  const r = (host.geometry as Polygon).coordinates[0]!;
  const xs = r.map((p) => p[0]!), ys = r.map((p) => p[1]!);
  const [cx, cy, w, h] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2, (Math.max(...xs) - Math.min(...xs)) * 0.3, (Math.max(...ys) - Math.min(...ys)) * 0.3];
  const side = Math.ceil(Math.sqrt(n));
  const tiny = Array.from({ length: n }, (_, k) => {
    const x0 = cx - w / 2 + (k % side) * (w / side), y0 = cy - h / 2 + Math.floor(k / side) * (h / side), s = (w / side) * 0.4;
    return { type: 'Feature' as const, properties: { id: `T${k}`, landClass: '竹林地' }, geometry: { type: 'Polygon' as const, coordinates: [[[x0, y0], [x0 + s, y0], [x0 + s, y0 + s], [x0, y0 + s], [x0, y0]]] } };
  });
  return { ...d, layers: { ...d.layers, forestParcels: { ...layer, features: [...layer.features, ...tiny] } } };
}

/** Runs the scale table, printing each row as it is measured; returns the table (bench.ts writes it into README.md). */
export async function benchScale(): Promise<LiveTable> {
  if (!(await loadGeos())) throw new Error('GEOS (geos-wasm) did not load');
const { dataset } = await loadDataset((f) => readFile(path.join(ROOT, 'data', f)).then((b) => new Uint8Array(b)).catch(() => null));
  const d = dataset!;
  const table = new LiveTable(['growth of', 'size', 'protected share ms', 'PostGIS ms', 'forest coverage ms', 'PostGIS ms', 'largest Δ from PostGIS'], [34, 9, 18, 10, 18, 10, 22], 'Scale: the JS engine on copies of the sample, and PostGIS on the same copies');
  const prot: [number, number][] = []; const forestV: [number, number][] = []; const forestF: [number, number][] = [];
  { const warm = densified(d, 25000).data; const c = makeOverlayContext(warm); for (let i = 0; i < 10; i++) { protectedShare(warm, c); forestCoverage(warm, c); } }
  const pgMs = (pg: Map<string, { ms: number }> | null, task: string) => (pg?.get(task) ? pg.get(task)!.ms.toFixed(0) : '');
  let pgMissing = false;
  for (const m of [1, 2, 4, 8]) {
    const { data, vertices } = densified(d, 25000 * m);
    const ctx = makeOverlayContext(data);
    const p = time(() => protectedShare(data, ctx)); const f = time(() => forestCoverage(data, ctx));
    prot.push([vertices, p.ms]); forestV.push([vertices, f.ms]);
    const pg = await postgisOn('boundary', data.layers.boundary!.features);
    pgMissing ||= !pg;
    const worst = largestDelta([p.value, pg?.get('protectedShare')?.value], [f.value, pg?.get('forestCoverage')?.value]);
    table.add(['boundary vertices', String(vertices), p.ms.toFixed(0), pgMs(pg, 'protectedShare'), f.ms.toFixed(0), pgMs(pg, 'forestCoverage'), worst]);
  }
  const ctx = makeOverlayContext(d);
  for (const m of [1, 2, 4, 8]) {
    const n = 12500 * m;
    const data = withTinyParcels(d, n);
    const f = time(() => forestCoverage(data, ctx));
    forestF.push([data.layers.forestParcels!.features.length, f.ms]);
    const pg = await postgisOn('forestParcels', data.layers.forestParcels!.features);
    pgMissing ||= !pg;
    table.add(['forest parcels (tiny ones added)', String(data.layers.forestParcels!.features.length), '', '', f.ms.toFixed(0), pgMs(pg, 'forestCoverage'), largestDelta([f.value, pg?.get('forestCoverage')?.value])]);
  }
  table.add(['exponent (log t / log n)', '', `${exponent(prot).toFixed(2)} (vertices)`, '', `${exponent(forestV).toFixed(2)} (vertices), ${exponent(forestF).toFixed(2)} (parcels)`, '', '']);
  if (pgMissing) table.add(['(PostGIS columns empty: no PostgreSQL server with PostGIS at hand)', '', '', '', '', '', '']);
  // The sizes, once each, with the boundary's own union and index included.
  const big = densified(d, 500000);
  let t = performance.now();
  const bigCtx = makeOverlayContext(big.data);
  protectedShare(big.data, bigCtx);
  table.add(['boundary vertices, with its union', String(big.vertices), (performance.now() - t).toFixed(0), '', '', '', '']);
  const many = withTinyParcels(d, 100000);
  t = performance.now();
  forestCoverage(many, makeOverlayContext(many));
  table.add(['parcels (100,000 tiny), with union', String(many.layers.forestParcels!.features.length), '', '', (performance.now() - t).toFixed(0), '', '']);
  return table;
}
