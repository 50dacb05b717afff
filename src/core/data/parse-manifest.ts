/** Reads and checks `manifest.json`. */
import type { DataIssue, LayerSpec, Manifest } from './dataset.ts';
import { isRole } from './roles.ts';
import type { Role } from './roles.ts';

const DEFAULT_PROTECTED: readonly Role[] = ['protectedAreas', 'redLines'];

/** A record with string keys, or null when the value is not a plain object. */
export function asRecord(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/**
 * Parses the manifest text. Returns the manifest (null when unusable) and the problems found.
 * A bare string layer is shorthand for `{ "file": … }`; `protectedRoles` defaults to
 * protectedAreas and redLines.
 */
export function parseManifest(text: string, file = 'manifest.json'): { manifest: Manifest | null; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const err = (message: string, hint: string) => issues.push({ severity: 'error', file, message, hint });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    err(`is not valid JSON (${(e as Error).message})`, 'Check the file in a JSON validator; a common cause is a trailing comma.');
    return { manifest: null, issues };
  }
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
  for (const [name, spec] of Object.entries(layersIn)) {
    if (typeof spec === 'string') { layers[name] = { file: spec, fields: {} }; continue; }
    const o = asRecord(spec);
    if (!o || typeof o.file !== 'string') {
      err(`layer "${name}" has no file name`, `Write "${name}": "file.geojson" or "${name}": { "file": "file.geojson", "fields": { … } }.`);
      continue;
    }
    const fields: Record<string, string> = {};
    const f = asRecord(o.fields);
    if (o.fields !== undefined && !f) err(`layer "${name}": "fields" must be an object`, 'Map canonical names to source attribute names, e.g. { "landClass": "地类" }.');
    for (const [canon, src] of Object.entries(f ?? {})) {
      if (typeof src === 'string') fields[canon] = src;
      else err(`layer "${name}": field "${canon}" must name a source attribute (a string)`, 'e.g. "fields": { "id": "小班号" }');
    }
    layers[name] = { file: o.file, fields };
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
    if (typeof v === 'number' && Number.isFinite(v)) targets[id] = v;
    else err(`target "${id}" must be a number`, `e.g. "targets": { "${id}": 40 }`);
  }
  if (m.statistics !== undefined && typeof m.statistics !== 'string') err('"statistics" must be a file name', 'e.g. "statistics": "statistics.json"');
  if (m.name !== undefined && typeof m.name !== 'string') err('"name" must be a string', 'e.g. "name": "上虞区"');
  if (m.year !== undefined && !Number.isInteger(m.year)) err('"year" must be a whole number', 'e.g. "year": 2018');

  const manifest: Manifest = {
    name: typeof m.name === 'string' ? m.name : '',
    year: typeof m.year === 'number' && Number.isInteger(m.year) ? m.year : null,
    layers,
    protectedRoles,
    targets,
    statistics: typeof m.statistics === 'string' ? m.statistics : null,
    sample: m.sample === true,
  };
  return { manifest: layers.boundary ? manifest : null, issues };
}

function isPolygonRole(r: Role): boolean {
  return r !== 'sections';
}
