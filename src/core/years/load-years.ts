/**
 * The years of a dataset: the root manifest's year and the others its `years` names, each loaded
 * by the same loader from its own manifest (whose paths may share the root's files).
 */
import type { DataIssue, Dataset } from '../data/dataset.ts';
import { loadDataset } from '../data/load-dataset.ts';
import type { ReadFile } from '../data/load-dataset.ts';

export interface YearData {
  readonly year: number;
  /** null when that year's manifest could not be loaded (see issues). */
  readonly dataset: Dataset | null;
  readonly issues: readonly DataIssue[];
}

/**
 * Every year of the dataset whose root manifest is loaded as `root`, oldest first; the root's own
 * year (`year` of its manifest) is `root` itself. Only the root when `years` names no other.
 */
export async function loadYears(read: ReadFile, root: Dataset): Promise<YearData[]> {
  const out: YearData[] = [];
  if (root.manifest.year !== null) out.push({ year: root.manifest.year, dataset: root, issues: [] });
  for (const [y, path] of Object.entries(root.manifest.years)) {
    const year = Number(y);
    if (year === root.manifest.year || path === 'manifest.json') continue;
    const r = await loadDataset(read, path);
    out.push({ year, dataset: r.dataset, issues: r.issues });
  }
  return out.sort((a, b) => a.year - b.year);
}
