/// <reference lib="webworker" />
/**
 * Web Worker: loads and validates a dataset and computes the report with the same core as the
 * CLI, posting progress, so the map stays responsive while indicators compute.
 */
import { formatIssue } from '../../core/data/dataset.ts';
import { loadDataset } from '../../core/data/load-dataset.ts';
import { computeReport } from '../../core/indicators/compute-report.ts';
import { monthlyClasses } from '../../core/water/section-evaluation.ts';
import type { WaterClass } from '../../core/water/water-class.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

const post = (m: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

async function files(req: WorkerRequest): Promise<Readonly<Record<string, string>>> {
  if (req.type === 'compute-files') return req.files;
  if (req.type === 'compute-dataset') return {};
  return (await import('../data/bundled-files.ts')).BUNDLED_FILES;
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  try {
    const { dataset, issues } = e.data.type === 'compute-dataset'
      ? { dataset: e.data.dataset, issues: [] }
      : await (async () => { const source = await files(e.data); return loadDataset(async (f) => source[f] ?? null); })();
    post({ type: 'loaded', dataset, issues });
    if (!dataset) return;
    const report = computeReport(dataset, issues.filter((i) => i.severity === 'warning').map(formatIssue), (done, total, id) => post({ type: 'progress', done, total, id }));
    const monthly: Record<string, (WaterClass | null)[]> = {};
    for (const s of report.sections) {
      const m = monthlyClasses(s.samples, s.waterBody);
      monthly[s.id] = Array.from({ length: 12 }, (_, k) => m.get(k + 1)?.cls ?? null);
    }
    post({ type: 'report', report, monthly });
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message ?? String(err) });
  }
};
