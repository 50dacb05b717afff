/**
 * Loads a dataset folder through a `read` function, so the same code serves Node (files), the
 * browser (bundled or dropped files) and tests (in-memory fixtures).
 */
import type { DataIssue, Dataset, Layer, LayerSource, LayerSpec, MissingInput, Statistic } from './dataset.ts';
import { decodeText } from './decode-text.ts';
import type { FileContent } from './decode-text.ts';
import { validateLayer } from './load-layer.ts';
import { loadGeos } from '../geo/geos-overlay.ts';
import { importFiles } from '../import/import-layer.ts';
import { asRecord, parseManifest } from './parse-manifest.ts';
import { parseJson } from './parse-json.ts';
import { guessFields } from './field-aliases.ts';
import { mergeSampleTable } from './merge-samples.ts';
import { isRole, likelyRole } from './roles.ts';
import { issueReason, message, missingReason } from '../i18n/messages.ts';
import type { Message } from '../i18n/messages.ts';
import { pushAll } from '../push-all.ts';

/**
 * Reads a file of the dataset by its path relative to the folder (always a checked path inside
 * it): its bytes, or its text when already decoded; null when it does not exist.
 */
export type ReadFile = (path: string) => Promise<FileContent | null>;
/** A reader that returns text only (tests, bundled files). */
export type ReadText = (path: string) => Promise<string | null>;

export interface LoadResult {
  /** The dataset with every usable feature; null when the manifest or boundary is unusable. */
  readonly dataset: Dataset | null;
  readonly issues: readonly DataIssue[];
}

/** Parses the statistics file: `{ "values": { id: { "value", "unit", "year", "source", "sourceEn" } } }` (`sourceEn`: the source in English, optional). */
export function parseStatistics(text: string, file: string): { statistics: Record<string, Statistic>; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const statistics: Record<string, Statistic> = {};
  const parsed = parseJson(text);
  if (!parsed.ok) {
    issues.push({ severity: 'error', file, ...message('statistics.invalidJson', { ...parsed.params, detail: parsed.code }) });
    return { statistics, issues };
  }
  const values = asRecord(asRecord(parsed.value)?.values);
  if (!values) {
    issues.push({ severity: 'error', file, ...message('statistics.noValues', {}) });
    return { statistics, issues };
  }
  for (const [id, v] of Object.entries(values)) {
    if (id === '__proto__' || id === 'constructor' || id === 'prototype') {
      issues.push({ severity: 'error', file, ...message('statistics.reservedId', { id }) });
      continue;
    }
    const o = asRecord(v);
    const value = o?.value;
    if (!o || !(typeof value === 'number' || typeof value === 'string' || value === null)) {
      issues.push({ severity: 'error', file, ...message('statistics.noValue', { id }) });
      continue;
    }
    statistics[id] = {
      value: value as number | string | null,
      ...(typeof o.unit === 'string' ? { unit: o.unit } : {}),
      ...(typeof o.year === 'number' ? { year: o.year } : {}),
      ...(typeof o.source === 'string' ? { source: o.source } : {}),
      ...(typeof o.sourceEn === 'string' ? { sourceEn: o.sourceEn } : {}),
      ...(typeof o.target === 'number' ? { target: o.target } : {}),
    };
  }
  return { statistics, issues };
}

/** Layers always loaded from their features, tiles or not: every indicator is measured on the boundary; sections are coloured by their samples. */
const LOADED_WHOLE: ReadonlySet<string> = new Set(['boundary', 'sections']);

/** How to load: `drawTiled` (the app) leaves out the features of layers that have vector tiles, which are drawn from the tiles. */
export interface LoadOptions {
  readonly drawTiled?: boolean;
}

/**
 * Loads `manifest.json` and every layer it names, each through the one importer (GeoJSON with or
 * without a `crs` member, zipped or loose shapefiles), then validates it for its role. Never
 * throws for bad data: every problem is returned as an issue naming the file, the feature and how
 * to fix it, and what an indicator would need but did not load is listed in `dataset.missing`.
 */
export async function loadDataset(read: ReadFile, manifestPath = 'manifest.json', options: LoadOptions = {}): Promise<LoadResult> {
  const issues: DataIssue[] = [];
  // Polygons are checked and made valid by GEOS (check-geometry.ts): loaded first, so a dataset
  // loads the same wherever and whenever it is read (false, and the older checks, without WebAssembly).
  const geos = loadGeos();
  const content = await safeRead(read, manifestPath, issues);
  await geos;
  if (content === null) {
    if (!issues.length) issues.push({ severity: 'error', file: manifestPath, ...message('manifest.notFound', {}) });
    return { dataset: null, issues };
  }
  const decoded = decodeText(content, manifestPath);
  issues.push(...decoded.issues);
  const pm = parseManifest(decoded.text, manifestPath);
  issues.push(...pm.issues);
  if (!pm.manifest) return { dataset: null, issues };
  const manifest = pm.manifest;
  const layers: Record<string, Layer> = {};
  const missing: MissingInput[] = [];
  const sources: Record<string, readonly LayerSource[]> = {};
  for (const [name, spec] of Object.entries(manifest.layers)) {
    // A layer of vector tiles only (or any tiled layer in the app): drawn from its tiles, never counted.
    if (spec.tiles && ((options.drawTiled && !LOADED_WHOLE.has(name)) || spec.tiles.template === spec.file)) {
      if (isRole(name)) missing.push({ layer: name, file: spec.file, ...missingReason('missing.tilesOnly', {}) });
      continue;
    }
    const r = await loadLayer(read, name, spec);
    pushAll(issues, r.issues);
    if (r.layer) layers[name] = r.layer;
    if (r.layer && r.sources) sources[name] = r.sources;
    pushAll(missing, r.missing ?? []);
    if (!isRole(name)) {
      const meant = likelyRole(name);
      if (meant && !manifest.layers[meant]) missing.push({ layer: meant, file: spec.file, ...missingReason('missing.misnamedLayer', { name, role: meant }) });
      continue;
    }
    const errors = r.issues.filter((i) => i.severity === 'error' && i.file === spec.file);
    if (!r.layer) missing.push({ layer: name, file: spec.file, ...(errors[0] ? issueReason(errors[0]) : missingReason('missing.notLoaded', {})) });
    for (const i of errors) {
      if (r.layer && i.featureIndex !== undefined) missing.push({ layer: name, file: spec.file, feature: i.featureIndex, ...(i.featureId !== undefined ? { id: i.featureId } : {}), ...issueReason(i) });
    }
  }
  let statistics: Record<string, Statistic> = {};
  if (manifest.statistics) {
    const t = await safeRead(read, manifest.statistics, issues);
    if (t === null) issues.push({ severity: 'warning', file: manifest.statistics, ...message('statistics.notFound', {}) });
    else {
      const d = decodeText(t, manifest.statistics);
      issues.push(...d.issues);
      const s = parseStatistics(d.text, manifest.statistics);
      issues.push(...s.issues);
      statistics = s.statistics;
    }
  }
  if (!layers.boundary || layers.boundary.features.length === 0) {
    if (manifest.layers.boundary?.tiles) issues.push({ severity: 'error', file: manifest.layers.boundary.file, ...message('boundary.tiled', {}) });
    else issues.push({ severity: 'error', file: manifest.layers.boundary?.file ?? 'manifest.json', ...message('boundary.unusable', {}) });
  }
  return { dataset: { manifest, layers, statistics, missing, sources }, issues };
}

async function safeRead(read: ReadFile, path: string, issues: DataIssue[]): Promise<FileContent | null> {
  try {
    return await read(path);
  } catch (e) {
    const { code, refused } = e as { code?: unknown; refused?: unknown };
    // A reader refuses a file on purpose (outside the dataset, a server not confirmed: src/cli/dataset-reader.ts): said as such.
    if (refused === true && typeof code === 'string') issues.push({ severity: 'error', file: path, ...message('file.refused', { reason: code }) });
    else issues.push({ severity: 'error', file: path, ...message('file.unreadable', { reason: typeof code === 'string' ? code : '' }) });
    return null;
  }
}

/**
 * One layer of the manifest through the importer: a GeoJSON file, a zipped shapefile (`x.zip`) or
 * a shapefile with its side files (`x.shp`, `x.dbf`, `x.prj`, `x.cpg`); converted to lon/lat from
 * its .prj or `crs` member, then validated for its role.
 */
async function loadLayer(read: ReadFile, name: string, spec: LayerSpec): Promise<{ layer: Layer | null; issues: DataIssue[]; missing?: MissingInput[]; sources?: readonly LayerSource[] }> {
  const file = spec.file;
  const fail = (m: Message) => ({ layer: null, issues: [{ severity: 'error' as const, file, ...m }] });
  const issues: DataIssue[] = [];
  const files: Record<string, FileContent> = {};
  if (spec.table) {
    // A database table: the reader gives it as GeoJSON (the CLI with --db), or has no database (null).
    const c = await safeRead(read, `${TABLE_PREFIX}${spec.table.name}#${spec.table.geometry}`, issues);
    if (c === null) return issues.length > 0 ? { layer: null, issues: issues.map((i) => ({ ...i, file })) } : fail(message('layer.inDatabase', { table: spec.table.name }));
    return finishLayer(read, name, spec, { [`${spec.table.name}.geojson`]: c }, issues);
  }
  if (!/\.(zip|shp|geojson|json)$/i.test(file)) return fail(message('layer.unsupportedFormat', {}));
  const base = file.replace(/\.shp$/i, '');
  for (const path of /\.shp$/i.test(file) ? [file, `${base}.dbf`, `${base}.prj`, `${base}.cpg`] : [file]) {
    const c = await safeRead(read, path, issues);
    if (c !== null) files[path] = c;
    else if (path === file) return issues.length > 0 ? { layer: null, issues } : fail(message('layer.notFound', { layer: name }));
  }
  return finishLayer(read, name, spec, files, issues);
}

/** Prefix of the paths a reader is asked for a database table's layer: `table:schema.table#geometry`. */
export const TABLE_PREFIX = 'table:';

/** Imports a layer's files (one GeoJSON, or a shapefile's parts), joins the sections' samples, and validates it for its role. */
async function finishLayer(read: ReadFile, name: string, spec: LayerSpec, files: Record<string, FileContent>, issues: DataIssue[]): Promise<{ layer: Layer | null; issues: DataIssue[]; missing?: MissingInput[]; sources?: readonly LayerSource[] }> {
  const file = spec.file;
  const fail = (m: Message) => ({ layer: null, issues: [{ severity: 'error' as const, file, ...m }] });
  const r = importFiles(files);
  if (r.kind === 'error') return { layer: null, issues: r.issues.map((i) => ({ ...i, file })) };
  if (r.kind === 'needs-crs') {
    const likely = r.candidates.slice(0, 3).map((c) => `${c.crs.code} (${c.crs.name})`).join(', ');
    return fail(message('layer.needsCrs', { x: r.sample[0], y: r.sample[1], shapefile: /\.(zip|shp)$/i.test(file) ? 1 : 0, likely }));
  }
  let collection = r.collection;
  const extra: MissingInput[] = [];
  if (name === 'sections' && spec.samples) {
    const bytes = await safeRead(read, spec.samples, issues);
    if (bytes === null) {
      if (!issues.some((i) => i.file === spec.samples)) issues.push({ severity: 'error', file: spec.samples, ...message('samples.notFound', {}) });
      extra.push({ layer: 'sections', file: spec.samples, ...missingReason('missing.notFound', {}) });
    } else {
      const guessedIds = guessFields('sections', asRecord(collection.features[0]?.properties) ?? undefined);
      const m = await mergeSampleTable(collection.features, spec.samples, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, { ...guessedIds, ...spec.fields });
      collection = { ...collection, features: m.features };
      issues.push(...m.issues);
      extra.push(...m.missing);
    }
  }
  const guessed = isRole(name) ? guessFields(name, asRecord(collection.features[0]?.properties) ?? undefined) : {};
  for (const k of Object.keys(spec.fields)) delete guessed[k];
  const mapped = Object.entries(guessed).map(([k, a]) => `${a} → ${k}`);
  if (mapped.length > 0) {
    issues.push({ severity: 'warning', file, ...message('layer.guessedFields', {
      keys: Object.keys(guessed).map((k) => `"${k}"`).join(', '), mapped: mapped.join(', '), fields: Object.entries(guessed).map(([k, a]) => `"${k}": "${a}"`).join(', '),
    }) });
  }
  const v = validateLayer(collection, file, name, { ...guessed, ...spec.fields });
  // The importer names the files by their keys here: paths in the dataset (a table: its label).
  const used = r.sources.map((x) => ({ ...x, file: spec.table ? file : x.file }));
  return { layer: v.layer, issues: [...issues, ...r.issues.map((i) => ({ ...i, file })), ...v.issues], missing: extra, sources: used };
}
