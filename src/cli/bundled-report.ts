/**
 * The report of the bundled sample dataset, computed at build time with the same core as the CLI
 * and the report worker, so the app's first screen shows the numbers at once (the worker still
 * loads the data for the map; any other dataset is computed in the worker). Node only.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { computeReport, loadOverlayEngine } from '../core/compute.ts';
import { monthlyClasses } from '../core/index.ts';
import type { Report, WaterClass } from '../core/index.ts';
import { loadDataset } from '../core/io.ts';

/** The report of the dataset in `dir` and each section's class per month (index 0 = January). */
export async function bundledReport(dir: string): Promise<{ report: Report; monthly: Record<string, (WaterClass | null)[]> }> {
  const [{ dataset, issues }] = await Promise.all([loadDataset((f) => readFile(path.join(dir, f)).then((b) => new Uint8Array(b)).catch(() => null)), loadOverlayEngine()]);
  if (!dataset) throw new Error(`the bundled dataset in ${dir} cannot be loaded`);
  const report = computeReport(dataset, issues.filter((i) => i.severity === 'warning'));
  const monthly: Record<string, (WaterClass | null)[]> = {};
  for (const s of report.sections) {
    const m = monthlyClasses(s.samples, s.waterBody);
    monthly[s.id] = Array.from({ length: 12 }, (_, k) => m.get(k + 1)?.cls ?? null);
  }
  return { report, monthly };
}
