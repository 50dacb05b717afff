/**
 * React hook: runs the report worker on the bundled dataset, and again on any dataset the user
 * opens. A dataset that cannot be loaded at all leaves the current one in place.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataIssue, Dataset } from '../../core/data/dataset.ts';
import type { Report } from '../../core/indicators/compute-report.ts';
import type { WaterClass } from '../../core/water/water-class.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

export interface ReportState {
  /** The dataset as loaded (what "reset" returns to). */
  readonly base: Dataset | null;
  /** The dataset shown and computed (the base with any replaced layers). */
  readonly dataset: Dataset | null;
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
}

const INITIAL: ReportState = { base: null, dataset: null, issues: [], report: null, monthly: {}, progress: null, status: 'loading', error: null, loadId: 0, rejected: false };

function next(s: ReportState, m: WorkerResponse, recompute: boolean): ReportState {
  switch (m.type) {
    case 'loaded':
      if (!m.dataset) return { ...s, issues: m.issues, loadId: s.loadId + 1, rejected: true, status: s.dataset ? s.status : 'failed' };
      if (recompute) return { ...s, dataset: m.dataset, report: null, monthly: {}, status: 'computing', progress: { done: 0, total: 1 } };
      return { ...s, base: m.dataset, dataset: m.dataset, issues: m.issues, report: null, monthly: {}, status: 'computing', progress: { done: 0, total: 1 }, loadId: s.loadId + 1, rejected: false };
    case 'progress': return { ...s, progress: { done: m.done, total: m.total } };
    case 'report': return { ...s, report: m.report, monthly: m.monthly, progress: null, status: 'ready' };
    case 'failed': return { ...s, status: 'failed', error: m.message, progress: null };
  }
}

/**
 * The report state; `open(files)` loads another dataset (file name → text), `recompute(dataset)`
 * computes a changed dataset (a layer replaced) without reloading.
 */
export function useReport(): ReportState & { open: (files: Readonly<Record<string, string>>) => void; recompute: (dataset: Dataset) => void } {
  const [state, setState] = useState<ReportState>(INITIAL);
  const worker = useRef<Worker | null>(null);
  const run = useCallback((req: WorkerRequest) => {
    worker.current?.terminate();
    const w = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    const recompute = req.type === 'compute-dataset';
    w.onmessage = (e: MessageEvent<WorkerResponse>) => setState((s) => next(s, e.data, recompute));
    w.onerror = (e) => setState((s) => ({ ...s, status: 'failed', error: e.message || 'worker error' }));
    w.postMessage(req);
  }, []);
  useEffect(() => {
    run({ type: 'compute-bundled' });
    return () => worker.current?.terminate();
  }, [run]);
  const open = useCallback((files: Readonly<Record<string, string>>) => run({ type: 'compute-files', files }), [run]);
  const recompute = useCallback((dataset: Dataset) => run({ type: 'compute-dataset', dataset }), [run]);
  return { ...state, open, recompute };
}
