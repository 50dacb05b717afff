/** React hook: runs the report worker once and exposes its progress and results. */
import { useEffect, useState } from 'react';
import type { DataIssue, Dataset } from '../../core/data/dataset.ts';
import type { Report } from '../../core/indicators/compute-report.ts';
import type { WaterClass } from '../../core/water/water-class.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

export interface ReportState {
  readonly dataset: Dataset | null;
  readonly issues: readonly DataIssue[];
  readonly report: Report | null;
  readonly monthly: Readonly<Record<string, readonly (WaterClass | null)[]>>;
  /** Indicators done / total while computing; null when not computing. */
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly status: 'loading' | 'computing' | 'ready' | 'failed';
  readonly error: string | null;
}

const INITIAL: ReportState = { dataset: null, issues: [], report: null, monthly: {}, progress: null, status: 'loading', error: null };

/** Loads the bundled dataset (or the given files) in a worker and computes its report. */
export function useReport(request: WorkerRequest = { type: 'compute-bundled' }): ReportState {
  const [state, setState] = useState<ReportState>(INITIAL);
  useEffect(() => {
    const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const m = e.data;
      setState((s) => {
        switch (m.type) {
          case 'loaded': return { ...s, dataset: m.dataset, issues: m.issues, status: m.dataset ? 'computing' : 'failed', progress: m.dataset ? { done: 0, total: 1 } : null };
          case 'progress': return { ...s, progress: { done: m.done, total: m.total } };
          case 'report': return { ...s, report: m.report, monthly: m.monthly, progress: null, status: 'ready' };
          case 'failed': return { ...s, status: 'failed', error: m.message, progress: null };
        }
      });
    };
    worker.onerror = (e) => setState((s) => ({ ...s, status: 'failed', error: e.message || 'worker error' }));
    worker.postMessage(request);
    return () => worker.terminate();
    // The request is fixed for the life of the component.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return state;
}
