/**
 * Loads a dataset folder through a `read` function, so the same code serves Node (files), the
 * browser (bundled or dropped files) and tests (in-memory fixtures).
 */
import type { DataIssue, Dataset, Layer, Statistic } from './dataset.ts';
import { parseLayer, validateLayer } from './load-layer.ts';
import { importFiles } from '../import/import-layer.ts';
import { asRecord, parseManifest } from './parse-manifest.ts';

/** Reads a file of the dataset by its path relative to the folder; null when it does not exist. */
export type ReadText = (path: string) => Promise<string | null>;
/** Reads a binary file of the dataset (shapefiles); null when it does not exist. */
export type ReadBytes = (path: string) => Promise<Uint8Array | null>;

export interface LoadResult {
  /** The dataset with every usable feature; null when the manifest or boundary is unusable. */
  readonly dataset: Dataset | null;
  readonly issues: readonly DataIssue[];
}

/** Parses the statistics file: `{ "values": { id: { "value", "unit", "year", "source" } } }`. */
export function parseStatistics(text: string, file: string): { statistics: Record<string, Statistic>; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const statistics: Record<string, Statistic> = {};
  let json: unknown;
  try { json = JSON.parse(text); } catch (e) {
    issues.push({ severity: 'error', file, message: `is not valid JSON (${(e as Error).message})`, hint: 'Check the file in a JSON validator.' });
    return { statistics, issues };
  }
  const values = asRecord(asRecord(json)?.values);
  if (!values) {
    issues.push({ severity: 'error', file, message: 'has no "values" object', hint: 'Write { "values": { "goodAirDays": { "value": 86.3, "unit": "%", "year": 2018, "source": "…" } } }.' });
    return { statistics, issues };
  }
  for (const [id, v] of Object.entries(values)) {
    const o = asRecord(v);
    const value = o?.value;
    if (!o || !(typeof value === 'number' || typeof value === 'string' || value === null)) {
      issues.push({ severity: 'error', file, message: `"${id}" has no value`, hint: `Write "${id}": { "value": 85, "unit": "%", "year": 2018, "source": "…" } (null when not available).` });
      continue;
    }
    statistics[id] = {
      value: value as number | string | null,
      ...(typeof o.unit === 'string' ? { unit: o.unit } : {}),
      ...(typeof o.year === 'number' ? { year: o.year } : {}),
      ...(typeof o.source === 'string' ? { source: o.source } : {}),
      ...(typeof o.target === 'number' ? { target: o.target } : {}),
    };
  }
  return { statistics, issues };
}

/**
 * Loads `manifest.json` and every layer it names. Never throws for bad data: every problem is
 * returned as an issue naming the file, the feature and how to fix it.
 */
export async function loadDataset(read: ReadText, readBytes?: ReadBytes): Promise<LoadResult> {
  const issues: DataIssue[] = [];
  const text = await safeRead(read, 'manifest.json', issues);
  if (text === null) {
    if (!issues.length) issues.push({ severity: 'error', file: 'manifest.json', message: 'was not found', hint: 'A dataset is a folder with manifest.json and GeoJSON files; see data/README.md.' });
    return { dataset: null, issues };
  }
  const pm = parseManifest(text);
  issues.push(...pm.issues);
  if (!pm.manifest) return { dataset: null, issues };
  const manifest = pm.manifest;
  const layers: Record<string, Layer> = {};
  for (const [name, spec] of Object.entries(manifest.layers)) {
    if (/\.(zip|shp)$/i.test(spec.file)) {
      const r = await loadShapefileLayer(spec.file, name, spec.fields, readBytes);
      issues.push(...r.issues);
      if (r.layer) layers[name] = r.layer;
      continue;
    }
    const t = await safeRead(read, spec.file, issues);
    if (t === null) {
      if (!issues.some((i) => i.file === spec.file)) {
        issues.push({ severity: 'error', file: spec.file, message: `was not found (named for layer "${name}" in manifest.json)`, hint: 'Put the file beside manifest.json, or correct its name in manifest.json.' });
      }
      continue;
    }
    const r = parseLayer(t, spec.file, name, spec.fields);
    issues.push(...r.issues);
    if (r.layer) layers[name] = r.layer;
  }
  let statistics: Record<string, Statistic> = {};
  if (manifest.statistics) {
    const t = await safeRead(read, manifest.statistics, issues);
    if (t === null) issues.push({ severity: 'warning', file: manifest.statistics, message: 'was not found; reported indicators are shown as not available', hint: 'Put the statistics file beside manifest.json.' });
    else {
      const s = parseStatistics(t, manifest.statistics);
      issues.push(...s.issues);
      statistics = s.statistics;
    }
  }
  if (!layers.boundary || layers.boundary.features.length === 0) {
    issues.push({ severity: 'error', file: manifest.layers.boundary?.file ?? 'manifest.json', message: 'gives no usable district boundary', hint: 'The boundary layer needs at least one valid Polygon or MultiPolygon.' });
  }
  return { dataset: { manifest, layers, statistics }, issues };
}

async function safeRead(read: ReadText, path: string, issues: DataIssue[]): Promise<string | null> {
  try {
    return await read(path);
  } catch (e) {
    issues.push({ severity: 'error', file: path, message: `could not be read (${(e as Error).message})`, hint: 'Check that the file exists and is readable.' });
    return null;
  }
}

/**
 * A layer given as a zipped shapefile (`x.zip`) or a shapefile with its side files (`x.shp`, `x.dbf`,
 * `x.prj`, `x.cpg`), reprojected to lon/lat from its .prj, then validated like GeoJSON.
 */
async function loadShapefileLayer(file: string, name: string, fields: Readonly<Record<string, string>>, readBytes?: ReadBytes): Promise<{ layer: Layer | null; issues: DataIssue[] }> {
  const fail = (message: string, hint: string) => ({ layer: null, issues: [{ severity: 'error' as const, file, message, hint }] });
  if (!readBytes) return fail('is a shapefile, which this reader cannot open', 'Convert it to GeoJSON, or open the dataset with the CLI.');
  const files: Record<string, Uint8Array> = {};
  const exts = /\.zip$/i.test(file) ? [''] : ['', '.dbf', '.prj', '.cpg'];
  const base = file.replace(/\.shp$/i, '');
  for (const ext of exts) {
    const path = ext ? `${base}${ext}` : file;
    try {
      const b = await readBytes(path);
      if (b) files[path] = b;
      else if (!ext) return fail(`was not found (named for layer "${name}" in manifest.json)`, 'Put the file beside manifest.json, or correct its name in manifest.json.');
    } catch (e) {
      return fail(`could not be read (${(e as Error).message})`, 'Check that the file exists and is readable.');
    }
  }
  const r = importFiles(files);
  if (r.kind === 'error') return { layer: null, issues: r.issues.map((i) => ({ ...i, file })) };
  if (r.kind === 'needs-crs') {
    const likely = r.candidates.slice(0, 3).map((c) => `${c.crs.code} (${c.crs.name})`).join(', ');
    return fail(`has no .prj and its coordinates (${r.sample[0]}, ${r.sample[1]}) look projected`, `Add the .prj that belongs to it${likely ? `; the likely systems are ${likely}` : ''}, or reproject it to EPSG:4490.`);
  }
  return validateLayer(r.collection, file, name, fields);
}
