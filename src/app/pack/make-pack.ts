/**
 * The app's 生成申报材料: the submission pack for the dataset open in the app (replaced layers and
 * joined monitoring data included) — the report on the board, the towns and years and the data
 * inventory from the report worker, the tables from the core (src/core/pack.ts), the maps drawn by
 * the map controller, the workbook and report written by src/pack/ — zipped into one download.
 * The writers load on demand: the first screen does not carry them.
 */
import { zipSync } from 'fflate';
import type { ByZone } from '../../core/compute.ts';
import type { Dataset, Lang, Report } from '../../core/index.ts';
import { packTables } from '../../core/pack.ts';
import type { InventoryRow, PackTables } from '../../core/pack.ts';
import type { LayerSummary, MapController, MapState } from '../../map/index.ts';
import type { YearsSummary } from '../report/worker-protocol.ts';
import { mapSpecsFor, renderPackMaps } from './render-pack-maps.ts';
import type { RenderedMap } from './render-pack-maps.ts';

export interface PackSources {
  readonly dataset: Dataset;
  readonly report: Report;
  readonly summaries: Readonly<Record<string, LayerSummary>>;
  readonly districtBox: readonly [number, number, number, number];
  readonly controller: MapController;
  readonly mapState: MapState;
  readonly lang: Lang;
  fetchByZone(role: string): Promise<ByZone | null>;
  fetchYears(): Promise<YearsSummary | null>;
  fetchInventory(): Promise<readonly InventoryRow[]>;
}

/** What the pack maker is doing, for the progress line. */
export type PackStep = { readonly kind: 'tables' } | { readonly kind: 'maps'; readonly i: number; readonly n: number } | { readonly kind: 'files' };

/** Today as YYYY-MM-DD in local time. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The pack's tables for the dataset open: its report with the towns, years and inventory the worker gives. */
export async function appPackTables(src: Pick<PackSources, 'dataset' | 'report' | 'lang' | 'fetchByZone' | 'fetchYears' | 'fetchInventory'>, date: string): Promise<{ tables: PackTables; byTowns: ByZone | null }> {
  const [byTowns, years, inventory] = await Promise.all([
    src.dataset.layers.towns ? src.fetchByZone('towns') : Promise.resolve(null),
    src.fetchYears(),
    src.fetchInventory(),
  ]);
  const tables = packTables({ dataset: src.dataset, report: src.report, byTowns, years: years ? { values: years.values, comparison: years.comparison } : null, inventory, date, lang: src.lang });
  return { tables, byTowns };
}

/** Draws the pack's maps for the dataset open. */
export async function appPackMaps(src: PackSources, byTowns: ByZone | null, date: string, progress: (step: PackStep) => void): Promise<RenderedMap[]> {
  const specs = mapSpecsFor(src.report, byTowns);
  return renderPackMaps({
    controller: src.controller, base: src.mapState, report: src.report, byTowns, summaries: src.summaries, districtBox: src.districtBox,
    sectionsLayer: src.dataset.layers.sections, datasetName: src.dataset.manifest.name, sample: src.dataset.manifest.sample, lang: src.lang, date,
  }, specs, (i, n) => progress({ kind: 'maps', i: i + 1, n }));
}

/**
 * Makes the whole pack: the tables, the maps, the workbook and report, zipped. Resolves with the
 * zip's name and bytes and how many maps it holds.
 */
export async function makePack(src: PackSources, progress: (step: PackStep) => void): Promise<{ name: string; zip: Uint8Array; maps: number }> {
  const date = today();
  progress({ kind: 'tables' });
  const { tables, byTowns } = await appPackTables(src, date);
  const maps = await appPackMaps(src, byTowns, date, progress);
  progress({ kind: 'files' });
  const { packFiles } = await import('../../pack/pack-files.ts');
  const files = await packFiles(tables, maps);
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level: k.endsWith('.png') ? 0 : 6 }]])));
  const name = `${src.dataset.manifest.name}${src.lang === 'zh' ? '申报材料' : '-submission-pack'}-${date}.zip`;
  return { name, zip, maps: maps.length };
}
