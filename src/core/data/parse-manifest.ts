/** Reads and checks `manifest.json`. */
import { datasetPath } from './dataset-path.ts';
import type { DataIssue, LayerSpec, Manifest } from './dataset.ts';
import { duplicateKeys, parseJson } from './parse-json.ts';
import { isRole, likelyRole } from './roles.ts';
import type { Role } from './roles.ts';

const DEFAULT_PROTECTED: readonly Role[] = ['protectedAreas', 'redLines'];

/** A record with string keys, or null when the value is not a plain object. */
export function asRecord(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** Keys a manifest may not use as names: they are members of every JavaScript object. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses the manifest text. Returns the manifest (null when unusable) and the problems found.
 * A bare string layer is shorthand for `{ "file": … }`; `protectedRoles` defaults to
 * protectedAreas and redLines. File paths must lie inside the dataset folder; keys written twice
 * are errors (JSON keeps only the last); a layer name close to a role (`redline`) is an error
 * naming the role meant, since that layer would silently not count.
 */
export function parseManifest(text: string, file = 'manifest.json'): { manifest: Manifest | null; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const err = (message: string, hint: string) => issues.push({ severity: 'error', file, message, hint });
  const parsed = parseJson(text);
  if (!parsed.ok) {
    err(parsed.message, 'Check the file in a JSON validator; a common cause is a trailing comma.');
    return { manifest: null, issues };
  }
  const dups = duplicateKeys(text);
  if (dups.length > 0) err(`has keys written twice in the same object: ${dups.slice(0, 5).join(', ')}${dups.length > 5 ? ` and ${dups.length - 5} more` : ''}; only the last of each would count`, 'Keep one entry per key, e.g. one line per layer in "layers".');
  const json = parsed.value;
  const m = asRecord(json);
  if (!m) {
    err('must be a JSON object', 'Write { "name": …, "layers": { "boundary": "boundary.geojson", … } }.');
    return { manifest: null, issues };
  }
  const layersIn = asRecord(m.layers);
  if (!layersIn) {
    err('has no "layers" object', 'Add "layers": { "boundary": "boundary.geojson", … } naming a file for each role.');
    return { manifest: null, issues };
  }
  const layers: Record<string, LayerSpec> = {};
  const safe = (name: string, what: string, p: string): string | null => {
    const r = datasetPath(p);
    if (r.ok) return r.path;
    err(`${what} of layer "${name}" ${r.message}`, 'Name the file relative to manifest.json, e.g. "red-lines.geojson" or "layers/red-lines.geojson".');
    return null;
  };
  for (const [name, spec] of Object.entries(layersIn)) {
    if (RESERVED.has(name)) { err(`names a layer "${name}", which is not allowed as a layer name`, 'Use a role name such as "redLines", or a plain name for a context layer.'); continue; }
    if (!isRole(name)) {
      const meant = likelyRole(name);
      if (meant && !Object.hasOwn(layersIn, meant)) {
        err(`names a layer "${name}", which is not a role; "${meant}" was probably meant. As written it would be drawn only and no indicator would count it`, `Rename "${name}" to "${meant}" in "layers". Roles are case-sensitive; see data/README.md.`);
      }
    }
    if (typeof spec === 'string') { const f = safe(name, 'the file', spec); if (f) layers[name] = { file: f, fields: {} }; continue; }
    const o = asRecord(spec);
    if (!o || typeof o.file !== 'string') {
      err(`layer "${name}" has no file name`, `Write "${name}": "file.geojson" or "${name}": { "file": "file.geojson", "fields": { … } }.`);
      continue;
    }
    const filePath = safe(name, 'the file', o.file);
    if (!filePath) continue;
    let samples: string | undefined;
    if (o.samples !== undefined) {
      if (name !== 'sections') err(`layer "${name}" has "samples", which only the "sections" layer takes`, 'Move "samples" to the sections layer.');
      else if (typeof o.samples !== 'string') err('layer "sections": "samples" must name a spreadsheet (.xlsx or .csv)', 'e.g. "samples": "monitoring-2018.xlsx"');
      else samples = safe(name, '"samples"', o.samples) ?? undefined;
    }
    const fields: Record<string, string> = {};
    const f = asRecord(o.fields);
    if (o.fields !== undefined && !f) err(`layer "${name}": "fields" must be an object`, 'Map canonical names to source attribute names, e.g. { "landClass": "地类" }.');
    for (const [canon, src] of Object.entries(f ?? {})) {
      if (RESERVED.has(canon)) err(`layer "${name}": "${canon}" cannot be mapped`, 'Map canonical names such as "name", "landClass" or "population".');
      else if (typeof src === 'string') fields[canon] = src;
      else err(`layer "${name}": field "${canon}" must name a source attribute (a string)`, 'e.g. "fields": { "id": "小班号" }');
    }
    layers[name] = { file: filePath, fields, ...(samples ? { samples } : {}) };
  }
  if (!layers.boundary) err('names no "boundary" layer', 'Every dataset needs the district boundary: add "boundary": "boundary.geojson" to "layers".');

  let protectedRoles: Role[] = [...DEFAULT_PROTECTED];
  if (m.protectedRoles !== undefined) {
    if (!Array.isArray(m.protectedRoles)) err('"protectedRoles" must be a list of role names', 'e.g. ["protectedAreas", "redLines"]');
    else {
      protectedRoles = [];
      for (const r of m.protectedRoles) {
        if (typeof r === 'string' && isRole(r) && isPolygonRole(r)) protectedRoles.push(r);
        else err(`"protectedRoles" names "${String(r)}", which is not a polygon role`, 'Use roles such as "protectedAreas" and "redLines".');
      }
    }
  }
  const targets: Record<string, number> = {};
  const t = asRecord(m.targets);
  if (m.targets !== undefined && !t) err('"targets" must be an object', 'e.g. "targets": { "forestCoverage": 40 }');
  for (const [id, v] of Object.entries(t ?? {})) {
    if (RESERVED.has(id)) err(`"targets" names "${id}", which is not an indicator`, 'Use indicator ids such as "forestCoverage".');
    else if (typeof v === 'number' && Number.isFinite(v)) targets[id] = v;
    else err(`target "${id}" must be a number`, `e.g. "targets": { "${id}": 40 }`);
  }
  if (m.statistics !== undefined && typeof m.statistics !== 'string') err('"statistics" must be a file name', 'e.g. "statistics": "statistics.json"');
  const statistics = typeof m.statistics === 'string' ? datasetPath(m.statistics) : null;
  if (statistics && !statistics.ok) err(`"statistics" ${statistics.message}`, 'Name the file relative to manifest.json, e.g. "statistics.json".');
  if (m.name !== undefined && typeof m.name !== 'string') err('"name" must be a string', 'e.g. "name": "上虞区"');
  if (m.year !== undefined && !Number.isInteger(m.year)) err('"year" must be a whole number', 'e.g. "year": 2018');

  const manifest: Manifest = {
    name: typeof m.name === 'string' ? m.name : '',
    year: typeof m.year === 'number' && Number.isInteger(m.year) ? m.year : null,
    layers,
    protectedRoles,
    targets,
    statistics: statistics?.ok ? statistics.path : null,
    sample: m.sample === true,
  };
  return { manifest: layers.boundary ? manifest : null, issues };
}

function isPolygonRole(r: Role): boolean {
  return r !== 'sections';
}
