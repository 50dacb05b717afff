/**
 * The years of a dataset: the root manifest's year and the others its `years` names, each loaded
 * by the same loader from its own manifest (whose paths may share the root's files). Each year is
 * checked: its label must be its manifest's `"year"` (when that manifest gives one), so that
 * `"2015": "2016/manifest.json"` cannot pass 2016's data off as 2015's; a label naming the root
 * manifest is the root, checked the same way; the root's own year named with another manifest
 * keeps the root, with an error. At most MAX_YEARS (parse-manifest.ts) are named.
 */
import type { DataIssue, Dataset } from '../data/dataset.ts';
import { loadDataset } from '../data/load-dataset.ts';
import type { ReadFile } from '../data/load-dataset.ts';
import { message } from '../i18n/messages.ts';

export interface YearData {
  readonly year: number;
  /** null when that year's manifest could not be loaded or is not that year's (see issues). */
  readonly dataset: Dataset | null;
  readonly issues: readonly DataIssue[];
}

/**
 * Every year of the dataset whose root manifest is loaded as `root` (from `rootPath`), oldest
 * first; the root's own year (`year` of its manifest, else the label `years` gives it) is `root`
 * itself. Only the root when `years` names no other.
 */
export async function loadYears(read: ReadFile, root: Dataset, rootPath = 'manifest.json'): Promise<YearData[]> {
  const byYear = new Map<number, YearData>();
  const rootYear = root.manifest.year ?? Number(Object.entries(root.manifest.years).find(([, p]) => p === rootPath)?.[0] ?? NaN);
  const rootIssues: DataIssue[] = [];
  const mismatch = (label: string, year: number, path: string): DataIssue => ({ severity: 'error', file: rootPath, ...message('years.labelMismatch', { label, year, path }) });
  for (const [label, path] of Object.entries(root.manifest.years)) {
    const year = Number(label);
    if (path === rootPath) {
      if (year !== rootYear) byYear.set(year, { year, dataset: null, issues: [mismatch(label, rootYear, path)] });
      continue;
    }
    if (year === rootYear) { rootIssues.push({ severity: 'error', file: rootPath, ...message('years.rootConflict', { label, path }) }); continue; }
    const r = await loadDataset(read, path);
    const own = r.dataset?.manifest.year ?? null;
    if (own !== null && own !== year) byYear.set(year, { year, dataset: null, issues: [...r.issues, mismatch(label, own, path)] });
    else byYear.set(year, { year, dataset: r.dataset, issues: r.issues });
  }
  if (Number.isInteger(rootYear)) byYear.set(rootYear, { year: rootYear, dataset: root, issues: rootIssues });
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
