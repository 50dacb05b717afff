/// <reference lib="webworker" />
/**
 * Web Worker: loads and validates a dataset and computes the report with the same core as the
 * CLI, posting progress, so the map stays responsive while indicators compute. It keeps the full
 * dataset: the main thread gets a light copy, and MapLibre reads each layer from an object URL.
 */
import { attributeTable, monthlyClasses } from '../../core/index.ts';
import { checkSite, compareYears, computeReport, indicatorsByZone, loadOverlayEngine, loadYears, makeOverlayContext, siteBuffer, yearValues } from '../../core/compute.ts';
import type { ByZone, OverlayContext, YearData } from '../../core/compute.ts';
import { loadDataset, mergeSamplesIntoLayer, TABLE_PREFIX, validateLayer } from '../../core/io.ts';
import type { ReadFile } from '../../core/io.ts';
import type { AttributeTable, DataIssue, Dataset, Layer, Report, SiteCheck, WaterClass } from '../../core/index.ts';
import { datasetInventory } from '../../core/pack.ts';
import { drawingData } from '../../map/tile-data.ts';
import type { WorkerRequest, WorkerResponse, YearsSummary } from './worker-protocol.ts';

/**
 * GEOS for the overlays, loaded when first needed (not for the bundled dataset's precomputed report,
 * so the first screen does not wait for its 2 MB of WebAssembly); computing waits for it (JSTS
 * computes where it cannot load). Loading a dataset starts it, to load alongside the files.
 */
let engine: Promise<boolean> | null = null;
const overlayEngine = (): Promise<boolean> => (engine ??= loadOverlayEngine());

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
/** How the loaded dataset's files are read (the other years are read the same way). */
let readFiles: ReadFile | null = null;
let current: Dataset | null = null;
let urls: string[] = [];
/** Layers the user replaced, and monitoring spreadsheets joined, since the dataset was loaded (for the pack's data inventory). */
let replacedLayers: Readonly<Record<string, Layer>> = {};
let joinedSamples: { name: string; bytes: Uint8Array; modified: string | null }[] = [];
/** When each file was last modified, where the browser says (picked files; Last-Modified of fetched ones). */
const modifiedAt = new Map<string, Date>();
/** Attribute tables made for the current dataset, by layer (a layer object is replaced, never changed). */
const tables = new WeakMap<Layer, AttributeTable>();
/** Indicators per zone made for the current dataset, by zone layer (the dataset object changes when anything is replaced). */
const zoneResults = new WeakMap<Dataset, Map<string, ByZone>>();
/** Each dataset's prepared boundary, made once: site checks reuse it for the impact on the indicators. */
const overlays = new WeakMap<Dataset, OverlayContext | null>();
const overlayOf = (d: Dataset): OverlayContext | null => {
  if (!overlays.has(d)) overlays.set(d, makeOverlayContext(d));
  return overlays.get(d)!;
};

/**
 * Path of a picked file inside the dataset: its path below the picked folder when the browser
 * gives one (folder picking or dropping), else its name.
 */
function pickedPath(f: File): string {
  const rel = f.webkitRelativePath;
  return rel && rel.includes('/') ? rel.slice(rel.indexOf('/') + 1) : f.name;
}

async function loadFrom(req: LoadRequest): Promise<{ dataset: Dataset | null; issues: DataIssue[] }> {
  let read: ReadFile;
  if (req.type === 'compute-files') read = async (f) => (Object.hasOwn(req.files, f) ? req.files[f]! : null);
  else if (req.type === 'compute-url') {
    // Files of a dataset on the app's web server; one that is not there (404) does not exist.
    read = async (f) => {
      if (f.startsWith(TABLE_PREFIX)) return null;
      const r = await fetch(new URL(f, req.base));
      if (r.status === 404) return null;
      if (!r.ok) throw Object.assign(new Error(`HTTP ${r.status}`), { code: `HTTP ${r.status}` });
      const when = r.headers.get('last-modified');
      if (when) modifiedAt.set(f, new Date(when));
      return new Uint8Array(await r.arrayBuffer());
    };
  }
  else if (req.type === 'compute-picked') {
    // Files are read as bytes, as the CLI reads them: shapefiles, spreadsheets, GBK text.
    const byPath = new Map(req.files.map((f) => [pickedPath(f), f]));
    read = async (path) => { const f = byPath.get(path); if (f) modifiedAt.set(path, new Date(f.lastModified)); return f ? new Uint8Array(await f.arrayBuffer()) : null; };
  } else {
    const files = await import('../data/bundled-files.ts');
    const bundled = await files.fetchBundledFiles();
    read = async (f) => (Object.hasOwn(bundled, f) ? bundled[f]! : f.includes('/') ? files.fetchBundledFile(f) : null);
  }
  // Layers with vector tiles are drawn from them: their features are not loaded.
  const r = await loadDataset(read, 'manifest.json', { drawTiled: true });
  if (r.dataset) readFiles = read;
  return { dataset: r.dataset, issues: [...r.issues] };
}

/** Each loaded dataset's other years, read once (replacing a layer or joining samples changes only the current year). */
const otherYears = new WeakMap<Dataset, Promise<YearData[]>>();
/** The years of each dataset, made once (the years panel and the pack ask for the same). */
const yearSummaries = new WeakMap<Dataset, Promise<YearsSummary | null>>();
/** Reports computed in this worker, by dataset (publish's, and the other years'). */
const reports = new WeakMap<Dataset, Report>();
const reportOf = (d: Dataset): Report => {
  if (!reports.has(d)) reports.set(d, computeReport(d));
  return reports.get(d)!;
};

/**
 * The years of dataset `d` (from its manifest's `years`), each with its computed indicators, and
 * the comparison of the first with the last; null when the manifest names no other year. The
 * dataset's own year is `d` as it is now — with replaced layers and joined monitoring samples, so
 * the years agree with the board — and the other years are the files its manifest names.
 */
async function yearsOf(d: Dataset): Promise<YearsSummary | null> {
  if (!readFiles || !base || Object.keys(d.manifest.years).filter((y) => Number(y) !== d.manifest.year).length === 0) return null;
  const loadedBase = base;
  if (!otherYears.has(loadedBase)) otherYears.set(loadedBase, loadYears(readFiles, loadedBase));
  const loaded = (await otherYears.get(loadedBase)!).map((y) => (y.dataset === loadedBase ? { ...y, dataset: d } : y));
  const years = loaded.flatMap((y) => (y.dataset ? [{ year: y.year, dataset: y.dataset, report: reportOf(y.dataset) }] : []));
  if (years.length < 2) return null;
  return {
    values: yearValues(years),
    comparison: compareYears(years[0]!, years[years.length - 1]!),
    failed: loaded.filter((y) => !y.dataset).map((y) => y.year),
  };
}

/** Joins a dropped monitoring spreadsheet to the current sections and recomputes. */
async function addSamples(requestId: number, file: File): Promise<void> {
  if (!current?.layers.sections) { post({ type: 'samples-added', requestId, issues: [{ severity: 'error', file: file.name, message: 'cannot be joined: the dataset has no sections layer', hint: 'Open a dataset with monitoring sections first.' }] }); return; }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const m = await mergeSamplesIntoLayer(current.layers.sections, file.name, bytes);
  // Re-check the merged sections as the loader would, so a bad row cannot reach the indicators.
  const v = validateLayer(m.layer, current.manifest.layers.sections?.file ?? 'sections', 'sections');
  const issues = [...m.issues, ...v.issues.filter((i) => i.severity === 'error')];
  post({ type: 'samples-added', requestId, issues });
  if (!v.layer) return;
  current = { ...current, layers: { ...current.layers, sections: v.layer }, missing: [...current.missing, ...m.missing] };
  joinedSamples = [...joinedSamples, { name: file.name, bytes, modified: new Date(file.lastModified).toISOString() }];
  await publish(current, issues, true);
}

/**
 * Posts the light dataset, summaries and drawing URLs, then computes and posts the report (unless
 * the app has it already: the bundled dataset's, computed at build time).
 */
async function publish(d: Dataset, issues: DataIssue[], replaced: boolean, computeIt = true): Promise<void> {
  for (const u of urls) URL.revokeObjectURL(u);
  urls = [];
  const { sources, summaries, tiles } = drawingData(d);
  const drawUrls: Record<string, string> = {};
  const lightLayers: Record<string, Layer> = {};
  const light: string[] = [];
  const url = (value: unknown) => { const u = URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' })); urls.push(u); return u; };
  for (const [role, layer] of Object.entries(d.layers)) {
    if (!layer) continue;
    const big = !ALWAYS_WHOLE.has(role) && (layer.features.length > LIGHT_FEATURES || vertexCount(layer) > LIGHT_VERTICES);
    lightLayers[role] = big ? { type: 'FeatureCollection', features: [] } : layer;
    if (big) light.push(role);
  }
  for (const [id, data] of Object.entries(sources)) drawUrls[id] = url(data);
  post({ type: 'loaded', dataset: { ...d, layers: lightLayers }, issues, summaries, urls: drawUrls, light, tiles, replaced });
  if (!computeIt) return;
  await overlayEngine();
  // Replaced while GEOS loaded: the later publish computes the dataset now current.
  if (d !== current) return;
  const report = computeReport(d, issues.filter((i) => i.severity === 'warning'), (done, total, id) => post({ type: 'progress', done, total, id }));
  reports.set(d, report);
  const monthly: Record<string, (WaterClass | null)[]> = {};
  for (const s of report.sections) {
    const m = monthlyClasses(s.samples, s.waterBody);
    monthly[s.id] = Array.from({ length: 12 }, (_, k) => m.get(k + 1)?.cls ?? null);
  }
  post({ type: 'report', report, monthly });
}

/** A handler of one kind of request; `asked` is the dataset current when the request came. */
type Handler<R extends WorkerRequest> = (req: R, asked: Dataset | null) => void | Promise<void>;
/** The request of one kind. */
type RequestOf<K extends WorkerRequest['type']> = Extract<WorkerRequest, { readonly type: K }>;
/** The requests that load a dataset. */
type LoadRequest = RequestOf<'compute-bundled' | 'compute-files' | 'compute-url' | 'compute-picked'>;

/**
 * Requests that compute wait for GEOS (loading, whose repairs are JSTS's, and reading do not). They
 * answer for the dataset current when they were asked, even if it is replaced meanwhile.
 */
const afterEngine = <R extends WorkerRequest>(handle: Handler<R>): Handler<R> => async (req, asked) => {
  await overlayEngine();
  await handle(req, asked);
};

/** Loads a dataset (bundled, given files, on the web server, picked), posts it and computes its report. */
const load: Handler<LoadRequest> = async (req) => {
  if (!(req.type === 'compute-bundled' && req.precomputed)) void overlayEngine();
  const { dataset, issues } = await loadFrom(req);
  if (!dataset) {
    post({ type: 'loaded', dataset: null, issues, summaries: {}, urls: {}, light: [], tiles: {}, replaced: false });
    return;
  }
  base = dataset;
  current = dataset;
  replacedLayers = {};
  joinedSamples = [];
  await publish(dataset, issues, false, !(req.type === 'compute-bundled' && req.precomputed));
};

/** The handler of each kind of request (worker-protocol.ts); the type makes sure none is missing. */
const HANDLERS: { readonly [K in WorkerRequest['type']]: Handler<RequestOf<K>> } = {
  'compute-bundled': load,
  'compute-files': load,
  'compute-url': load,
  'compute-picked': load,
  feature: (req) => {
    post({ type: 'feature', requestId: req.requestId, feature: current?.layers[req.id.layer]?.features[req.id.index] ?? null });
  },
  table: (req) => {
    const layer = current?.layers[req.layer];
    let table = layer ? tables.get(layer) ?? null : null;
    if (layer && !table) { table = attributeTable(layer); tables.set(layer, table); }
    post({ type: 'table', requestId: req.requestId, table });
  },
  features: (req) => {
    const all = current?.layers[req.layer]?.features ?? [];
    post({ type: 'features', requestId: req.requestId, features: req.indices.flatMap((i) => (all[i] ? [all[i]] : [])) });
  },
  years: afterEngine(async (req, asked) => {
    if (asked && !yearSummaries.has(asked)) yearSummaries.set(asked, yearsOf(asked));
    post({ type: 'years', requestId: req.requestId, years: asked ? await yearSummaries.get(asked)! : null });
  }),
  'by-zone': afterEngine((req, asked) => {
    let byZone: ByZone | null = null;
    if (asked?.layers[req.role]) {
      const cache = zoneResults.get(asked) ?? new Map<string, ByZone>();
      zoneResults.set(asked, cache);
      byZone = cache.get(req.role) ?? indicatorsByZone(asked, req.role);
      cache.set(req.role, byZone);
    }
    post({ type: 'by-zone', requestId: req.requestId, byZone });
  }),
  'buffer-site': afterEngine((req) => {
    post({ type: 'buffered', requestId: req.requestId, geometry: siteBuffer(req.geometry, req.metres) });
  }),
  'check-sites': afterEngine((req, asked) => {
    const checks: Record<string, SiteCheck> = {};
    if (asked) {
      const overlay = overlayOf(asked);
      for (const s of req.sites) checks[s.id] = checkSite(s.geometry, asked, { overlay });
    }
    post({ type: 'site-checks', requestId: req.requestId, checks });
  }),
  'add-samples': (req) => addSamples(req.requestId, req.file),
  inventory: async (req, asked) => {
    const rows = asked && readFiles ? await datasetInventory(asked, readFiles, 'manifest.json', async (f) => modifiedAt.get(f) ?? null, { replaced: replacedLayers, samples: joinedSamples }) : [];
    post({ type: 'inventory', requestId: req.requestId, rows });
  },
  file: async (req) => {
    const c = readFiles ? await readFiles(req.path).catch(() => null) : null;
    const data = c === null ? null : typeof c === 'string' ? new TextEncoder().encode(c).buffer : c.slice().buffer;
    (self as unknown as DedicatedWorkerGlobalScope).postMessage({ type: 'file', requestId: req.requestId, data } satisfies WorkerResponse, data ? [data] : []);
  },
  replace: async (req) => {
    if (!base) return;
    current = { ...base, layers: { ...base.layers, ...req.layers } };
    replacedLayers = req.layers;
    await publish(current, [], true);
  },
};

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  try {
    const handle = HANDLERS[req.type] as Handler<WorkerRequest>;
    await handle(req, current);
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message ?? String(err) });
  }
};
