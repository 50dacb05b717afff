/**
 * Messages between the app and the report worker. The worker holds the full dataset; the main
 * thread gets a light copy (large layers without their features), a summary of every layer, and
 * object URLs from which MapLibre's own worker reads each layer for drawing.
 */
import type { ByZone, YearComparison, YearValues } from '../../core/compute.ts';
import type { AttributeTable, DataIssue, Dataset, FeatureId, Layer, LayerFeature, Report, SiteCheck, TileSpec, WaterClass } from '../../core/index.ts';
import type { MultiPolygon, Polygon } from 'geojson';
import type { InventoryRow } from '../../core/pack.ts';
import type { LayerSummary } from '../../map/index.ts';

export type WorkerRequest =
  /** The bundled dataset; `precomputed`: the app has its report already (built with the app), only load it. */
  | { readonly type: 'compute-bundled'; readonly precomputed: boolean }
  | { readonly type: 'compute-files'; readonly files: Readonly<Record<string, string>> }
  /** A dataset folder on the app's own web server (`?data=province/`): its files fetched from `base` (a URL ending in /). */
  | { readonly type: 'compute-url'; readonly base: string }
  /** Files the user picked or dropped: read in the worker, so their text never passes the main thread. */
  | { readonly type: 'compute-picked'; readonly files: readonly File[] }
  /** Replace layers of the loaded dataset (an empty object: back to the dataset as loaded). */
  | { readonly type: 'replace'; readonly layers: Readonly<Record<string, Layer>> }
  /** A monitoring spreadsheet (.xlsx/.csv) dropped on the sections panel: joined to the sections, then recomputed. */
  | { readonly type: 'add-samples'; readonly requestId: number; readonly file: File }
  /** One feature by identity, for a layer the main thread does not hold. */
  | { readonly type: 'feature'; readonly requestId: number; readonly id: FeatureId }
  /** The attribute table of a layer (every feature, held by the worker). */
  | { readonly type: 'table'; readonly requestId: number; readonly layer: string }
  /** Some features of a layer, by index (to export the rows of a filtered table). */
  | { readonly type: 'features'; readonly requestId: number; readonly layer: string; readonly indices: readonly number[] }
  /** The dataset's other years and what changed (its own year as it is now: replaced layers and joined samples included). */
  | { readonly type: 'years'; readonly requestId: number }
  /** Every computed indicator for each feature of a polygon layer (the By-town view). */
  | { readonly type: 'by-zone'; readonly requestId: number; readonly role: string }
  /** A site buffered by a distance in metres (negative: shrunk). */
  | { readonly type: 'buffer-site'; readonly requestId: number; readonly geometry: Polygon | MultiPolygon; readonly metres: number }
  /** A file of the loaded dataset by its path in it (a vector tile the map asks for); null data when there is none. */
  | { readonly type: 'file'; readonly requestId: number; readonly path: string }
  /** The data inventory of the dataset open (the submission pack's 数据清单): every file with its hash, replaced layers and added samples included. */
  | { readonly type: 'inventory'; readonly requestId: number }
  /** Site checks against the red lines and protected areas the worker holds. */
  | { readonly type: 'check-sites'; readonly requestId: number; readonly sites: readonly { readonly id: string; readonly geometry: Polygon | MultiPolygon }[] };

export type WorkerResponse =
  | {
    readonly type: 'loaded'; readonly dataset: Dataset | null; readonly issues: readonly DataIssue[];
    readonly summaries: Readonly<Record<string, LayerSummary>>; readonly urls: Readonly<Record<string, string>>;
    /** Layers sent without their features (too large for the main thread). */
    readonly light: readonly string[];
    /** Layers drawn from the dataset's vector tiles (their features not loaded), by name. */
    readonly tiles: Readonly<Record<string, TileSpec>>;
    readonly replaced: boolean;
  }
  | { readonly type: 'progress'; readonly done: number; readonly total: number; readonly id: string }
  | { readonly type: 'report'; readonly report: Report; readonly monthly: Readonly<Record<string, readonly (WaterClass | null)[]>> }
  | { readonly type: 'feature'; readonly requestId: number; readonly feature: LayerFeature | null }
  | { readonly type: 'table'; readonly requestId: number; readonly table: AttributeTable | null }
  | { readonly type: 'features'; readonly requestId: number; readonly features: readonly LayerFeature[] }
  | { readonly type: 'by-zone'; readonly requestId: number; readonly byZone: ByZone | null }
  | { readonly type: 'years'; readonly requestId: number; readonly years: YearsSummary | null }
  | { readonly type: 'buffered'; readonly requestId: number; readonly geometry: Polygon | MultiPolygon | null }
  | { readonly type: 'site-checks'; readonly requestId: number; readonly checks: Readonly<Record<string, SiteCheck>> }
  | { readonly type: 'samples-added'; readonly requestId: number; readonly issues: readonly DataIssue[] }
  | { readonly type: 'file'; readonly requestId: number; readonly data: ArrayBuffer | null }
  | { readonly type: 'inventory'; readonly requestId: number; readonly rows: readonly InventoryRow[] }
  | { readonly type: 'failed'; readonly message: string };

/** The years of a dataset for the board and the pack: each year's indicator values and the first-to-last comparison. */
export interface YearsSummary {
  /** Each year's indicator values (computed, and reported where that year has a statistics file). */
  readonly values: readonly YearValues[];
  readonly comparison: YearComparison;
  /** Years whose manifest could not be loaded. */
  readonly failed: readonly number[];
}
