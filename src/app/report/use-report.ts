/**
 * React hook over the report worker: loads the bundled dataset, or one the user opens, computes
 * its report, replaces layers, and fetches single features of layers kept in the worker. A dataset
 * that cannot be loaded at all leaves the current one (and its worker) in place.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttributeTable, BBox, DataIssue, Dataset, FeatureId, Layer, LayerFeature, Report, SiteCheck, TileSpec, WaterClass } from '../../core/index.ts';
import type { MultiPolygon, Polygon } from 'geojson';
import type { ByZone } from '../../core/compute.ts';
import type { InventoryRow } from '../../core/pack.ts';
import type { LayerSummary } from '../../map/index.ts';
import { featuresBBox } from '../feature-lookup.ts';
import { datasetChoice } from '../data/dataset-url.ts';
import bundled from 'virtual:bundled-report';
import type { WorkerRequest, WorkerResponse, YearsSummary } from './worker-protocol.ts';

export interface ReportState {
  /** The dataset shown and computed; layers listed in `light` come without their features. */
  readonly dataset: Dataset | null;
  readonly light: readonly string[];
  /** Count and legend values of every layer. */
  readonly summaries: Readonly<Record<string, LayerSummary>>;
  /** Object URLs MapLibre reads each layer from (by source id). */
  readonly urls: Readonly<Record<string, string>>;
  /** Layers drawn from the dataset's own vector tiles (not loaded), by name. */
  readonly tiles: Readonly<Record<string, TileSpec>>;
  /** Box of the district as loaded (not changed by replacing layers). */
  readonly districtBox: BBox | null;
  /** Problems found in the last dataset loaded (or rejected). */
  readonly issues: readonly DataIssue[];
  readonly report: Report | null;
  readonly monthly: Readonly<Record<string, readonly (WaterClass | null)[]>>;
  /** Indicators done / total while computing; null when not computing. */
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly status: 'loading' | 'computing' | 'ready' | 'failed';
  readonly error: string | null;
  /** Counts loads, so the app can tell a new set of issues from one already dismissed. */
  readonly loadId: number;
  /** True when the last dataset opened was rejected and the previous one kept. */
  readonly rejected: boolean;
  /** Whether the dataset shown is the bundled one (the app's own), or one the user opened or the page named. */
  readonly bundled: boolean;
  /** The page's `?data=` address when it was refused (not on the app's own server): the bundled dataset is shown instead. */
  readonly refusedData: string | null;
}

export interface ReportApi extends ReportState {
  /** Loads another dataset from the files the user picked (read in the worker). */
  open(files: readonly File[]): void;
  /** Replaces layers of the loaded dataset and recomputes ({}: back to the dataset as loaded). */
  replace(layers: Readonly<Record<string, Layer>>): void;
  /** One feature by identity, from the worker. */
  fetchFeature(id: FeatureId): Promise<LayerFeature | null>;
  /** Joins a monitoring spreadsheet (.xlsx/.csv) to the sections and recomputes; resolves with its problems. */
  addSamples(file: File): Promise<readonly DataIssue[]>;
  /** The attribute table of a layer (null when the dataset has no such layer). */
  fetchTable(layer: string): Promise<AttributeTable | null>;
  /** Features of a layer by index, in the order asked. */
  fetchFeatures(layer: string, indices: readonly number[]): Promise<readonly LayerFeature[]>;
  /** The dataset's other years and what changed (null when its manifest names none). */
  fetchYears(): Promise<YearsSummary | null>;
  /** Every computed indicator for each feature of a polygon layer (null when there is no such layer). */
  fetchByZone(role: string): Promise<ByZone | null>;
  /** The data inventory of the dataset open (files with SHA-256, replaced layers and joined spreadsheets too). */
  fetchInventory(): Promise<readonly InventoryRow[]>;
  /** A site buffered by metres (negative: shrunk) in the worker; null when nothing is left. */
  bufferSite(geometry: Polygon | MultiPolygon, metres: number): Promise<Polygon | MultiPolygon | null>;
  /** A file of the loaded dataset (a vector tile) by its path in it, read by the worker; null when there is none. */
  readFile(path: string): Promise<ArrayBuffer | null>;
  /** Site checks, computed in the worker against the current dataset. */
  checkSites(sites: readonly { id: string; geometry: Polygon | MultiPolygon }[]): Promise<Readonly<Record<string, SiteCheck>>>;
}

const CHOICE = typeof location === 'undefined' ? { url: null, refused: null } : datasetChoice(location.href);
const DATA_URL = CHOICE.url;
/** The first dataset: one on the app's server named by the page, else the bundled one (its report came with the app). */
const FIRST: WorkerRequest = DATA_URL ? { type: 'compute-url', base: DATA_URL } : { type: 'compute-bundled', precomputed: true };

// The bundled dataset's report comes with the app (built with it): the board has its numbers before
// the worker has loaded the data for the map.
const INITIAL: ReportState = { dataset: null, light: [], summaries: {}, urls: {}, tiles: {}, districtBox: null, issues: [], report: DATA_URL ? null : bundled.report, monthly: DATA_URL ? {} : bundled.monthly, progress: null, status: 'loading', error: null, loadId: 0, rejected: false, bundled: !DATA_URL, refusedData: CHOICE.refused };

/** A request that has an answer, without its request id (each member of the union on its own). */
type Question = Extract<WorkerRequest, { requestId: number }> extends infer R ? R extends unknown ? Omit<R, 'requestId'> : never : never;

const newWorker = () => new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });

/** A worker started before React mounts, with the messages it sent before the app listened. */
let early: { worker: Worker; queued: MessageEvent<WorkerResponse>[] } | null = null;

/**
 * Starts the report worker on the bundled dataset at once (call it before rendering): it loads the
 * data while the page is still being set up. The first useReport takes it over.
 */
export function startReportWorker(): void {
  const worker = newWorker();
  const queued: MessageEvent<WorkerResponse>[] = [];
  worker.onmessage = (e: MessageEvent<WorkerResponse>) => { queued.push(e); };
  worker.postMessage(FIRST);
  early = { worker, queued };
}

export function useReport(): ReportApi {
  const [state, setState] = useState<ReportState>(INITIAL);
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, (r: never) => void>());
  const nextId = useRef(1);
  /** True while the bundled dataset (whose report came with the app) is being loaded. */
  const precomputed = useRef(false);
  /** Whether the dataset being loaded is the bundled one. */
  const loadingBundled = useRef(!DATA_URL);

  const attach = useCallback((w: Worker) => {
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const m = e.data;
      if (m.type === 'file' || m.type === 'feature' || m.type === 'site-checks' || m.type === 'samples-added' || m.type === 'table' || m.type === 'features' || m.type === 'buffered' || m.type === 'by-zone' || m.type === 'years' || m.type === 'inventory') {
        (pending.current.get(m.requestId) as ((r: typeof m) => void) | undefined)?.(m);
        pending.current.delete(m.requestId);
        return;
      }
      if (m.type === 'loaded') {
        if (!m.dataset) {
          // Rejected: keep the worker (and data) we had; this one is dropped.
          if (worker.current !== w) w.terminate();
          setState((s) => ({ ...s, issues: m.issues, loadId: s.loadId + 1, rejected: true, status: s.dataset ? s.status : 'failed' }));
          return;
        }
        if (worker.current !== w) { worker.current?.terminate(); worker.current = w; }
        const d = m.dataset;
        // The bundled dataset's report came with the app: it is ready as soon as its data is loaded.
        const keep = precomputed.current && !m.replaced;
        precomputed.current = false;
        setState((s) => ({
          ...s, dataset: d, light: m.light, summaries: m.summaries, urls: m.urls, tiles: m.tiles,
          ...(keep ? { status: 'ready' as const, progress: null } : { report: null, monthly: {}, status: 'computing' as const, progress: { done: 0, total: 1 } }),
          ...(m.replaced ? {} : { districtBox: featuresBBox(d.layers.boundary?.features ?? []), issues: m.issues, loadId: s.loadId + 1, rejected: false, bundled: loadingBundled.current }),
        }));
        return;
      }
      if (worker.current !== w) return;
      setState((s) => {
        switch (m.type) {
          case 'progress': return { ...s, progress: { done: m.done, total: m.total } };
          case 'report': return { ...s, report: m.report, monthly: m.monthly, progress: null, status: 'ready' };
          case 'failed': return { ...s, status: 'failed', error: m.message, progress: null };
        }
      });
    };
    w.onerror = (e) => setState((s) => ({ ...s, status: 'failed', error: e.message || 'worker error' }));
  }, []);

  const load = useCallback((req: WorkerRequest) => {
    const w = newWorker();
    attach(w);
    if (!worker.current) worker.current = w;
    w.postMessage(req);
  }, [attach]);

  useEffect(() => {
    precomputed.current = !DATA_URL;
    if (early) {
      // Take over the worker started before React, and hear what it said meanwhile.
      const { worker: w, queued } = early;
      early = null;
      attach(w);
      worker.current = w;
      for (const e of queued) w.onmessage?.(e);
    } else load(FIRST);
    return () => { worker.current?.terminate(); worker.current = null; };
  }, [load, attach]);

  const open = useCallback((files: readonly File[]) => { precomputed.current = false; loadingBundled.current = false; load({ type: 'compute-picked', files }); }, [load]);
  const replace = useCallback((layers: Readonly<Record<string, Layer>>) => worker.current?.postMessage({ type: 'replace', layers } satisfies WorkerRequest), []);
  /** Sends a request that has an answer, and resolves with what `pick` takes from the answer. */
  const ask = useCallback(<T, M>(req: Question, pick: (m: M) => T) => new Promise<T>((resolve) => {
    const requestId = nextId.current++;
    pending.current.set(requestId, ((m: M) => resolve(pick(m))) as (r: never) => void);
    worker.current?.postMessage({ ...req, requestId } as WorkerRequest);
  }), []);
  const fetchFeature = useCallback((id: FeatureId) => ask({ type: 'feature', id }, (m: { feature: LayerFeature | null }) => m.feature), [ask]);
  const checkSites = useCallback((sites: readonly { id: string; geometry: Polygon | MultiPolygon }[]) => ask({ type: 'check-sites', sites }, (m: { checks: Readonly<Record<string, SiteCheck>> }) => m.checks), [ask]);
  const addSamples = useCallback((file: File) => ask({ type: 'add-samples', file }, (m: { issues: readonly DataIssue[] }) => m.issues), [ask]);
  const fetchTable = useCallback((layer: string) => ask({ type: 'table', layer }, (m: { table: AttributeTable | null }) => m.table), [ask]);
  const fetchFeatures = useCallback((layer: string, indices: readonly number[]) => ask({ type: 'features', layer, indices }, (m: { features: readonly LayerFeature[] }) => m.features), [ask]);
  const bufferSite = useCallback((geometry: Polygon | MultiPolygon, metres: number) => ask({ type: 'buffer-site', geometry, metres }, (m: { geometry: Polygon | MultiPolygon | null }) => m.geometry), [ask]);
  const fetchByZone = useCallback((role: string) => ask({ type: 'by-zone', role }, (m: { byZone: ByZone | null }) => m.byZone), [ask]);
  const readFile = useCallback((path: string) => ask({ type: 'file', path }, (m: { data: ArrayBuffer | null }) => m.data), [ask]);
  const fetchYears = useCallback(() => ask({ type: 'years' }, (m: { years: YearsSummary | null }) => m.years), [ask]);
  const fetchInventory = useCallback(() => ask({ type: 'inventory' }, (m: { rows: readonly InventoryRow[] }) => m.rows), [ask]);
  return { ...state, open, replace, fetchFeature, checkSites, addSamples, fetchTable, fetchFeatures, bufferSite, fetchByZone, fetchYears, readFile, fetchInventory };
}
