/** Types of a loaded dataset and of the problems found while loading it. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Role } from './roles.ts';

/** A file of a layer and how its attribute names map to the canonical ones. */
export interface LayerSpec {
  /** Path inside the dataset folder (checked: never outside it). */
  readonly file: string;
  /** canonical property name → attribute name in the source file */
  readonly fields: Readonly<Record<string, string>>;
  /** Sections only: a monitoring spreadsheet (.xlsx or .csv) whose rows are the sections' samples. */
  readonly samples?: string;
  /** A layer in a PostGIS table of the database named by the CLI's --db (or the manifest's `database`): `file` is then a label. */
  readonly table?: { readonly name: string; readonly geometry: string };
  /** Vector tiles of the layer (cut by `npm run tiles`), which the app draws instead of loading the features. */
  readonly tiles?: TileSpec;
}

/** A layer's vector tiles in the dataset folder: `{z}/{x}/{y}` in the template, the zooms cut, the layer name inside each tile. */
export interface TileSpec {
  /** Path template inside the dataset folder, e.g. `tiles/forestParcels/{z}/{x}/{y}.pbf` (checked: never outside it). */
  readonly template: string;
  readonly minzoom: number;
  /** The deepest zoom cut; the map overzooms beyond it. */
  readonly maxzoom: number;
  /** The layer's name inside each tile (`npm run tiles` names it after the role). */
  readonly layer: string;
  /** [west, south, east, north] of the features, when known: no tile is asked for outside it. */
  readonly bounds?: readonly [number, number, number, number];
}

export interface Manifest {
  readonly name: string;
  readonly year: number | null;
  /** Layers by role (or by any other name for context layers). */
  readonly layers: Readonly<Record<string, LayerSpec>>;
  readonly protectedRoles: readonly Role[];
  /** Target overrides by indicator id. */
  readonly targets: Readonly<Record<string, number>>;
  readonly statistics: string | null;
  /** True for illustrative sample data (示意数据), shown as such. */
  readonly sample: boolean;
  /** The database of layers given as tables (a URL without a password), when the manifest names one. */
  readonly database?: string;
  /** Other years of the same place: year → path of that year's manifest (from the dataset's root); may include this one. */
  readonly years: Readonly<Record<string, string>>;
}

/** A reported (non-spatial) statistic. */
export interface Statistic {
  readonly value: number | string | null;
  readonly unit?: string;
  readonly year?: number;
  readonly source?: string;
  /** The source in English (`sourceEn` in the file), shown in English mode; without it the source shows as written. */
  readonly sourceEn?: string;
  /** Target value where the plan's target depends on outside data (e.g. the provincial mean). */
  readonly target?: number;
}

export type LayerFeature = Feature<Geometry, Record<string, unknown>>;
export type Layer = FeatureCollection<Geometry, Record<string, unknown>>;

/**
 * Input an indicator may need that did not load: a whole layer (no `feature`) or one feature left
 * out for an error. Indicators reading that layer say they are incomplete and list these.
 */
export interface MissingInput {
  /** The role (layer name in the manifest) the input belongs to. */
  readonly layer: string;
  readonly file: string;
  /** 0-based index of the feature in its file, when one feature was left out. */
  readonly feature?: number;
  readonly id?: string;
  /** English, after the file name ("towns.geojson was not found"). */
  readonly reason: string;
  /** The reason's message in src/core/i18n/messages.ts, to show it in another language (localizeReason). */
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A dataset whose features passed validation; properties carry canonical names. */
export interface Dataset {
  readonly manifest: Manifest;
  readonly layers: Readonly<Partial<Record<string, Layer>>>;
  readonly statistics: Readonly<Record<string, Statistic>>;
  /** What failed to load, by role: the indicators that read those roles are incomplete. */
  readonly missing: readonly MissingInput[];
  /**
   * Where each loaded layer came from: its files as read, with the coordinate system they were
   * converted from (an EPSG code) and their text encoding (null when not text). Absent for datasets
   * built in memory.
   */
  readonly sources?: Readonly<Record<string, readonly LayerSource[]>>;
}

/** A file a layer was read from: its path in the dataset, its coordinate system (EPSG code) and its encoding. */
export interface LayerSource {
  readonly file: string;
  readonly crs: string;
  readonly encoding: string | null;
}

/** A problem found while loading: where it is, what is wrong, how to fix it. */
export interface DataIssue {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** 0-based index of the feature in its file, when the problem is in one feature. */
  readonly featureIndex?: number;
  readonly featureId?: string;
  /** English, after the file (and feature): "was not found". */
  readonly message: string;
  /** English: how to fix it. */
  readonly hint: string;
  /** The message in src/core/i18n/messages.ts, to show it in another language (localizeIssue). */
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** One line of text for an issue: `file feature #3 (id X): message — hint`. */
export function formatIssue(i: DataIssue): string {
  const where = i.featureIndex === undefined ? i.file
    : `${i.file} feature #${i.featureIndex}${i.featureId ? ` (id ${i.featureId})` : ''}`;
  return `${i.severity === 'error' ? 'Error' : 'Warning'}: ${where}: ${i.message}${i.hint ? ` — ${i.hint}` : ''}`;
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly DataIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/**
 * The identity of one feature of a loaded dataset: its layer (role or context-layer name) and its
 * index in that layer. Tiles carry the index as `_i`; the worker, the URL and the inspector use
 * this pair.
 */
export interface FeatureId {
  readonly layer: string;
  readonly index: number;
}

/** The feature id written as text (`redLines:3`), for URLs and keys. */
export function featureKey(id: FeatureId): string {
  return `${id.layer}:${id.index}`;
}

/** Parses `layer:index` back into a feature id; null when the text is not one. */
export function parseFeatureKey(key: unknown): FeatureId | null {
  if (typeof key !== 'string') return null;
  const k = key.lastIndexOf(':');
  const index = Number(key.slice(k + 1));
  return k > 0 && Number.isInteger(index) && index >= 0 ? { layer: key.slice(0, k), index } : null;
}
