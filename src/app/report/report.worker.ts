/// <reference lib="webworker" />
/**
 * Web Worker: loads and validates a dataset and computes the report with the same core as the
 * CLI, posting progress, so the map stays responsive while indicators compute. It keeps the full
 * dataset: the main thread gets a light copy, and MapLibre reads each layer from an object URL.
 */
import type { DataIssue, Dataset, Layer } from '../../core/data/dataset.ts';
import { formatIssue } from '../../core/data/dataset.ts';
import { loadDataset } from '../../core/data/load-dataset.ts';
import { computeReport } from '../../core/indicators/compute-report.ts';
import { checkSite } from '../../core/site/site-check.ts';
import type { SiteCheck } from '../../core/site/site-check.ts';
import { monthlyClasses } from '../../core/water/section-evaluation.ts';
import type { WaterClass } from '../../core/water/water-class.ts';
import { labelPoints, refOf, tileLayer } from '../../map/display-features.ts';
import { TILE_PROPERTIES, TILED_SOURCE_IDS } from '../../map/map-style.ts';
import { summarizeLayer } from '../../map/layer-summary.ts';
import type { LayerSummary } from '../../map/layer-summary.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

const post = (m: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

/** Layers with more features or vertices than this reach the main thread without their features. */
const LIGHT_FEATURES = 3000;
const LIGHT_VERTICES = 20000;
/** Layers the main thread always needs whole (sections are recoloured there; the boundary and urban areas place the camera). */
const ALWAYS_WHOLE = new Set(['boundary', 'sections', 'urbanAreas']);

function vertexCount(layer: Layer): number {
  let n = 0;
  const count = (c: unknown): void => { if (Array.isArray(c)) { if (typeof c[0] === 'number') n++; else c.forEach(count); } };
  for (const f of layer.features) count((f.geometry as { coordinates?: unknown }).coordinates);
  return n;
}

let base: Dataset | null = null;
let current: Dataset | null = null;
let urls: string[] = [];

async function loadFrom(req: WorkerRequest): Promise<{ dataset: Dataset | null; issues: DataIssue[] }> {
  let source: Readonly<Record<string, string>>;
  if (req.type === 'compute-files') source = req.files;
  else if (req.type === 'compute-picked') {
    const read: Record<string, string> = {};
    for (const f of req.files) read[f.name] = await f.text();
    source = read;
  } else source = (await import('../data/bundled-files.ts')).BUNDLED_FILES;
  const r = await loadDataset(async (f) => source[f] ?? null);
  return { dataset: r.dataset, issues: [...r.issues] };
}

/** Posts the light dataset, summaries and drawing URLs, then computes and posts the report. */
function publish(d: Dataset, issues: DataIssue[], replaced: boolean): void {
  for (const u of urls) URL.revokeObjectURL(u);
  urls = [];
  const summaries: Record<string, LayerSummary> = {};
  const drawUrls: Record<string, string> = {};
  const lightLayers: Record<string, Layer> = {};
  const light: string[] = [];
  const url = (value: unknown) => { const u = URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' })); urls.push(u); return u; };
  for (const [role, layer] of Object.entries(d.layers)) {
    if (!layer) continue;
    summaries[role] = summarizeLayer(layer);
    const big = !ALWAYS_WHOLE.has(role) && (layer.features.length > LIGHT_FEATURES || vertexCount(layer) > LIGHT_VERTICES);
    lightLayers[role] = big ? { type: 'FeatureCollection', features: [] } : layer;
    if (big) light.push(role);
  }
  for (const role of TILED_SOURCE_IDS) if (role !== 'townLabels') drawUrls[role] = url(tileLayer(d.layers[role], TILE_PROPERTIES[role]));
  drawUrls.townLabels = url(labelPoints(d.layers.towns));
  post({ type: 'loaded', dataset: { ...d, layers: lightLayers }, issues, summaries, urls: drawUrls, light, replaced });
  const report = computeReport(d, issues.filter((i) => i.severity === 'warning').map(formatIssue), (done, total, id) => post({ type: 'progress', done, total, id }));
  const monthly: Record<string, (WaterClass | null)[]> = {};
  for (const s of report.sections) {
    const m = monthlyClasses(s.samples, s.waterBody);
    monthly[s.id] = Array.from({ length: 12 }, (_, k) => m.get(k + 1)?.cls ?? null);
  }
  post({ type: 'report', report, monthly });
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  try {
    if (req.type === 'feature') {
      const ref = refOf(req.fid);
      const index = ref ? Number(req.fid.slice(ref.layer.length + 1)) : -1;
      post({ type: 'feature', requestId: req.requestId, layer: ref?.layer ?? '', feature: (ref && current?.layers[ref.layer]?.features[index]) ?? null });
      return;
    }
    if (req.type === 'check-sites') {
      const checks: Record<string, SiteCheck> = {};
      if (current) for (const s of req.sites) checks[s.id] = checkSite(s.geometry, current);
      post({ type: 'site-checks', requestId: req.requestId, checks });
      return;
    }
    if (req.type === 'replace') {
      if (!base) return;
      current = { ...base, layers: { ...base.layers, ...req.layers } };
      publish(current, [], true);
      return;
    }
    const { dataset, issues } = await loadFrom(req);
    if (!dataset) {
      post({ type: 'loaded', dataset: null, issues, summaries: {}, urls: {}, light: [], replaced: false });
      return;
    }
    base = dataset;
    current = dataset;
    publish(dataset, issues, false);
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message ?? String(err) });
  }
};
