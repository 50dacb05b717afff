/** Reads and checks `manifest.json`. */
import { datasetPath } from './dataset-path.ts';
import type { DataIssue, LayerSpec, Manifest, TileSpec } from './dataset.ts';
import { duplicateKeyEntries, parseJson } from './parse-json.ts';
import { message } from '../i18n/messages.ts';
import type { Message } from '../i18n/messages.ts';
import { isRole, likelyRole } from './roles.ts';
import { unknownManifestKeys } from './manifest-keys.ts';
import type { Role } from './roles.ts';

const DEFAULT_PROTECTED: readonly Role[] = ['protectedAreas', 'redLines'];

/** The most years a manifest's `years` may name: each is a whole dataset loaded and measured. */
export const MAX_YEARS = 50;

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
 * naming the role meant, since that layer would silently not count. A manifest in a subfolder of the
 * dataset (a year's, named by the root manifest's `years`) gives paths from its own folder, which
 * may reach the rest of the dataset (`../towns.geojson`) but never leave it; the manifest's paths
 * come back from the dataset's root.
 */
export function parseManifest(text: string, file = 'manifest.json'): { manifest: Manifest | null; issues: DataIssue[] } {
  const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const issues: DataIssue[] = [];
  const err = (m: Message) => issues.push({ severity: 'error', file, ...m });
  const parsed = parseJson(text);
  if (!parsed.ok) {
    err(message('manifest.invalidJson', { ...parsed.params, detail: parsed.code }));
    return { manifest: null, issues };
  }
  const dups = duplicateKeyEntries(text);
  if (dups.length > 0) err(message('manifest.duplicateKeys', { count: dups.length, ...Object.fromEntries(dups.slice(0, 5).flatMap((d, i): [string, string | number][] => [[`key${i}`, d.key], [`line${i}`, d.line]])) }));
  const json = parsed.value;
  const m = asRecord(json);
  if (!m) {
    err(message('manifest.notObject', {}));
    return { manifest: null, issues };
  }
  for (const u of unknownManifestKeys(m)) issues.push({ severity: 'warning', file, ...message('manifest.unknownKey', { key: u.key, layer: u.layer ?? '', belongs: u.belongs ?? '', target: u.target ?? '' }) });
  const layersIn = asRecord(m.layers);
  if (!layersIn) {
    err(message('manifest.noLayers', {}));
    return { manifest: null, issues };
  }
  const layers: Record<string, LayerSpec> = {};
  const safe = (name: string, what: 'file' | 'samples', p: string): string | null => {
    const r = datasetPath(p, base);
    if (r.ok) return r.path;
    err(message(what === 'file' ? 'manifest.badFilePath' : 'manifest.badSamplesPath', { ...r.params, layer: name, detail: r.code }));
    return null;
  };
  for (const [name, spec] of Object.entries(layersIn)) {
    if (RESERVED.has(name)) { err(message('manifest.reservedLayer', { name })); continue; }
    const o = asRecord(spec);
    /** The layer with its vector tiles, when the manifest gives them. */
    const withTiles = (l: LayerSpec): LayerSpec => {
      const tiles = o?.tiles !== undefined ? tileSpec(name, o, base, err) : null;
      return tiles ? { ...l, tiles } : l;
    };
    if (!isRole(name)) {
      const meant = likelyRole(name);
      if (meant && !Object.hasOwn(layersIn, meant)) {
        err(message('manifest.likelyRole', { name, role: meant }));
      }
    }
    if (typeof spec === 'string') { const f = safe(name, 'file', spec); if (f) layers[name] = { file: f, fields: {} }; continue; }
    // A layer in a database table: { "table": "schema.table", "geometry": "geom" }.
    if (o && typeof o.table === 'string' && o.file === undefined) {
      const ident = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;
      const geometry = typeof o.geometry === 'string' ? o.geometry : 'geom';
      if (!ident.test(o.table) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(geometry)) { err(message('manifest.badTable', { layer: name, table: o.table, geometry })); continue; }
      const fields: Record<string, string> = {};
      for (const [canon, src] of Object.entries(asRecord(o.fields) ?? {})) if (!RESERVED.has(canon) && typeof src === 'string') fields[canon] = src;
      layers[name] = withTiles({ file: `${o.table} (table)`, fields, table: { name: o.table, geometry } });
      continue;
    }
    // Vector tiles only: drawn by the app; no indicator can count the layer (tiles are cut and simplified).
    if (o && o.tiles !== undefined && o.file === undefined) {
      const tiles = tileSpec(name, o, base, err);
      if (tiles) layers[name] = { file: tiles.template, fields: {}, tiles };
      continue;
    }
    if (!o || typeof o.file !== 'string') {
      err(message('manifest.layerNoFile', { layer: name }));
      continue;
    }
    const filePath = safe(name, 'file', o.file);
    if (!filePath) continue;
    let samples: string | undefined;
    if (o.samples !== undefined) {
      if (name !== 'sections') err(message('manifest.samplesNotSections', { layer: name }));
      else if (typeof o.samples !== 'string') err(message('manifest.samplesNotString', {}));
      else samples = safe(name, 'samples', o.samples) ?? undefined;
    }
    const fields: Record<string, string> = {};
    const f = asRecord(o.fields);
    if (o.fields !== undefined && !f) err(message('manifest.fieldsNotObject', { layer: name }));
    for (const [canon, src] of Object.entries(f ?? {})) {
      if (RESERVED.has(canon)) err(message('manifest.reservedField', { layer: name, field: canon }));
      else if (typeof src === 'string') fields[canon] = src;
      else err(message('manifest.fieldNotString', { layer: name, field: canon }));
    }
    layers[name] = withTiles({ file: filePath, fields, ...(samples ? { samples } : {}) });
  }
  if (!layers.boundary) err(message('manifest.noBoundary', {}));

  let protectedRoles: Role[] = [...DEFAULT_PROTECTED];
  if (m.protectedRoles !== undefined) {
    if (!Array.isArray(m.protectedRoles)) err(message('manifest.protectedRolesNotList', {}));
    else {
      protectedRoles = [];
      for (const r of m.protectedRoles) {
        if (typeof r === 'string' && isRole(r) && isPolygonRole(r)) protectedRoles.push(r);
        else err(message('manifest.protectedRoleInvalid', { role: String(r) }));
      }
    }
  }
  const targets: Record<string, number> = {};
  const t = asRecord(m.targets);
  if (m.targets !== undefined && !t) err(message('manifest.targetsNotObject', {}));
  for (const [id, v] of Object.entries(t ?? {})) {
    if (RESERVED.has(id)) err(message('manifest.reservedTarget', { id }));
    else if (typeof v === 'number' && Number.isFinite(v)) targets[id] = v;
    else err(message('manifest.targetNotNumber', { id }));
  }
  if (m.statistics !== undefined && typeof m.statistics !== 'string') err(message('manifest.statisticsNotString', {}));
  const statistics = typeof m.statistics === 'string' ? datasetPath(m.statistics, base) : null;
  if (statistics && !statistics.ok) err(message('manifest.badStatisticsPath', { ...statistics.params, detail: statistics.code }));
  if (m.name !== undefined && typeof m.name !== 'string') err(message('manifest.nameNotString', {}));
  if (m.year !== undefined && !Number.isInteger(m.year)) err(message('manifest.yearNotInteger', {}));
  // The database of table layers: a URL without a password (credentials come from PG* variables or .pgpass).
  let database: string | undefined;
  if (m.database !== undefined) {
    if (typeof m.database !== 'string' || !/^postgres(ql)?:\/\//.test(m.database)) err(message('manifest.databaseNotUrl', {}));
    else if (databaseHasPassword(m.database)) err(message('manifest.databasePassword', {}));
    else database = m.database;
  }
  // Other years of the same place: year → the path of that year's manifest.
  const years: Record<string, string> = {};
  const y = asRecord(m.years);
  if (m.years !== undefined && !y) err(message('manifest.yearsNotObject', {}));
  const yearCount = Object.keys(y ?? {}).length;
  if (yearCount > MAX_YEARS) err(message('manifest.yearsTooMany', { count: yearCount, max: MAX_YEARS }));
  for (const [year, p] of Object.entries(yearCount > MAX_YEARS ? {} : y ?? {})) {
    if (!/^\d{4}$/.test(year)) { err(message('manifest.yearsBadYear', { year })); continue; }
    const r = typeof p === 'string' ? datasetPath(p, base) : null;
    if (r?.ok) years[year] = r.path;
    else err(message('manifest.yearsBadPath', { year, ...(r && !r.ok ? { ...r.params, detail: r.code } : { detail: 'path.empty' }) }));
  }

  const manifest: Manifest = {
    name: typeof m.name === 'string' ? m.name : '',
    year: typeof m.year === 'number' && Number.isInteger(m.year) ? m.year : null,
    layers,
    protectedRoles,
    targets,
    statistics: statistics?.ok ? statistics.path : null,
    sample: m.sample === true,
    years,
    ...(database ? { database } : {}),
  };
  return { manifest: layers.boundary ? manifest : null, issues };
}

/**
 * The `tiles` of a manifest layer: a template inside the dataset with `{z}`, `{x}` and `{y}`,
 * zooms 0–24 (defaults 0 and 14), the layer name inside the tiles (default: the manifest's name)
 * and optional bounds; null (with the error reported) when unusable.
 */
function tileSpec(name: string, o: Record<string, unknown>, base: string, err: (m: Message) => void): TileSpec | null {
  const t = o.tiles;
  if (typeof t !== 'string' || !['{z}', '{x}', '{y}'].every((k) => t.includes(k))) { err(message('manifest.badTiles', { layer: name })); return null; }
  const r = datasetPath(t, base);
  if (!r.ok) { err(message('manifest.badFilePath', { ...r.params, layer: name, detail: r.code })); return null; }
  const zoom = (v: unknown, fallback: number) => (v === undefined ? fallback : Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 24 ? (v as number) : null);
  const minzoom = zoom(o.minzoom, 0);
  const maxzoom = zoom(o.maxzoom, 14);
  if (minzoom === null || maxzoom === null || minzoom > maxzoom) { err(message('manifest.badTileZooms', { layer: name, minzoom: String(o.minzoom ?? 0), maxzoom: String(o.maxzoom ?? 14) })); return null; }
  const b = o.bounds;
  const bounds = Array.isArray(b) && b.length === 4 && b.every((x) => typeof x === 'number' && Number.isFinite(x)) && b[0] < b[2] && b[1] < b[3] ? (b as [number, number, number, number]) : undefined;
  if (b !== undefined && !bounds) { err(message('manifest.badTileBounds', { layer: name })); return null; }
  const layer = typeof o.layer === 'string' && o.layer !== '' ? o.layer : name;
  return { template: r.path, minzoom, maxzoom, layer, ...(bounds ? { bounds } : {}) };
}

/**
 * Whether a postgres:// URL holds a password, which no file of a dataset may: user info with a
 * colon (`user:secret@host`), or any parameter naming one — `password`, `sslpassword`, `passfile`
 * or any other key holding "pass", in any case and however often percent-encoded (`pass%77ord=`);
 * also a parameter value that is itself a connection string with one (`dbname=password%3Dx`).
 * @example databaseHasPassword('postgres://gis/db?PASS%2577ORD=x') // true
 */
export function databaseHasPassword(url: string): boolean {
  const decoded = decodeFully(url);
  const rest = decoded.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const authority = rest.split(/[/?#]/, 1)[0] ?? '';
  if (authority.includes('@') && authority.slice(0, authority.lastIndexOf('@')).includes(':')) return true;
  // A key holding "pass" anywhere in the query, a keyword of a connection string inside a value too.
  const query = decoded.includes('?') ? decoded.slice(decoded.indexOf('?')) : '';
  return /pass[^=&?\s]*\s*=/i.test(query);
}

/** `s` percent-decoded until nothing changes (at most 10 times; malformed escapes left as they are). */
function decodeFully(s: string): string {
  let cur = s;
  for (let i = 0; i < 10; i++) {
    const next = cur.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    if (next === cur) return cur;
    cur = next;
  }
  return cur;
}

function isPolygonRole(r: Role): boolean {
  return r !== 'sections';
}
