/**
 * GeoPackage (.gpkg, QGIS's default format): an SQLite database read by sql.js (SQLite in
 * WebAssembly, loaded on demand the first time a GeoPackage comes). Every feature table of
 * gpkg_contents is read: geometries from GeoPackage binary (a GP header, then WKB), the system from
 * gpkg_spatial_ref_sys (the EPSG code, else its WKT as a .prj is read), the other columns as
 * properties.
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { DataIssue } from '../data/dataset.ts';
import { message } from '../i18n/messages.ts';
import { crsByCode, crsFromPrj } from './crs.ts';
import type { CrsInfo } from './crs.ts';
import { failed, fileWarning } from './source.ts';
import type { ImportSource, ReadOutcome } from './source.ts';
import type { Database, SqlJsStatic } from 'sql.js/dist/sql-wasm-inline.js';

let sqlite: Promise<SqlJsStatic> | null = null;

/** sql.js, instantiated once. */
function loadSqlite(): Promise<SqlJsStatic> {
  sqlite ??= import('sql.js/dist/sql-wasm-inline.js').then((m) => m.default());
  return sqlite;
}

/** A geometry that is not valid GeoPackage binary or WKB. */
class GeometryError extends Error {}

/**
 * A GeoJSON geometry (2D: Z and M dropped) from WKB — ISO (Z/M as +1000/2000/3000) or extended (flag
 * bits) — starting at `o`; and where it ends.
 */
function readWkb(view: DataView, o: number): { geometry: Geometry; end: number } {
  if (o + 5 > view.byteLength) throw new GeometryError('WKB cut short');
  const le = view.getUint8(o) === 1;
  let type = view.getUint32(o + 1, le);
  o += 5;
  let dims = 2;
  if (type & 0x80000000) dims++;
  if (type & 0x40000000) dims++;
  if (type & 0x20000000) o += 4;
  type &= 0x0fffffff;
  if (type >= 1000) { dims += type >= 3000 ? 2 : 1; type %= 1000; }
  const u32 = () => { const v = view.getUint32(o, le); o += 4; return v; };
  const point = (): Position => { const p = [view.getFloat64(o, le), view.getFloat64(o + 8, le)]; o += 8 * dims; return p; };
  const points = () => { const n = u32(); if (o + n * 8 * dims > view.byteLength) throw new GeometryError('WKB cut short'); return Array.from({ length: n }, point); };
  const rings = () => Array.from({ length: u32() }, points);
  const parts = <G extends Geometry>(want: string): G[] => Array.from({ length: u32() }, () => {
    const r = readWkb(view, o);
    o = r.end;
    if (r.geometry.type !== want) throw new GeometryError(`a ${r.geometry.type} inside a Multi${want}`);
    return r.geometry as G;
  });
  let geometry: Geometry;
  switch (type) {
    case 1: geometry = { type: 'Point', coordinates: point() }; break;
    case 2: geometry = { type: 'LineString', coordinates: points() }; break;
    case 3: geometry = { type: 'Polygon', coordinates: rings() }; break;
    case 4: geometry = { type: 'MultiPoint', coordinates: parts<{ type: 'Point'; coordinates: Position }>('Point').map((g) => g.coordinates) }; break;
    case 5: geometry = { type: 'MultiLineString', coordinates: parts<{ type: 'LineString'; coordinates: Position[] }>('LineString').map((g) => g.coordinates) }; break;
    case 6: geometry = { type: 'MultiPolygon', coordinates: parts<{ type: 'Polygon'; coordinates: Position[][] }>('Polygon').map((g) => g.coordinates) }; break;
    case 7: geometry = { type: 'GeometryCollection', geometries: Array.from({ length: u32() }, () => { const r = readWkb(view, o); o = r.end; return r.geometry; }) }; break;
    default: throw new GeometryError(`WKB type ${type}`);
  }
  return { geometry, end: o };
}

/**
 * The geometry of a GeoPackage binary blob (the GP header — magic, version, flags, srs_id, envelope —
 * then WKB); null for an empty one. Throws a GeometryError for bytes that are not one.
 */
export function readGeoPackageGeometry(blob: Uint8Array): Geometry | null {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new GeometryError('no GP header');
  const flags = blob[3]!;
  const envelope = [0, 32, 48, 48, 64][(flags >> 1) & 7];
  if (envelope === undefined) throw new GeometryError('bad envelope indicator');
  if (flags & 0x10) return null;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  return readWkb(view, 8 + envelope).geometry;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The rows of a query as objects. */
function rows(db: Database, sql: string, params: readonly unknown[] = []): Record<string, unknown>[] {
  const r = db.exec(sql, params)[0];
  return r ? r.values.map((v) => Object.fromEntries(r.columns.map((c, i) => [c, v[i]]))) : [];
}

/** The system of an srs_id: its EPSG code when supported, else its WKT read as a .prj; null for the undefined systems (−1, 0). */
function systemOf(file: string, db: Database, srsId: number): { crs: CrsInfo | null; declared: string | null; warning?: DataIssue } | ReadOutcome {
  const srs = rows(db, 'SELECT organization, organization_coordsys_id AS code, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?', [srsId])[0];
  if (!srs || srsId === -1 || srsId === 0) return { crs: null, declared: null };
  const org = String(srs.organization ?? '');
  const declared = `${org}:${String(srs.code ?? srsId)}`;
  const byCode = /^epsg$/i.test(org) ? crsByCode(String(srs.code)) : null;
  if (byCode) return { crs: byCode, declared };
  const c = crsFromPrj(String(srs.definition ?? ''));
  if ('error' in c) return failed(file, message('crs.prjRefused', { ...c.errorPart.params, detail: c.errorPart.code }));
  return { crs: c.crs, declared, ...(c.warning ? { warning: fileWarning(file, message('prj.uncommon', { name: c.crs.name })) } : {}) };
}

/**
 * Reads a GeoPackage's feature tables (see the module comment): a source per table (named
 * `file` for one table, `file (table)` for several), features in the table's own coordinates with
 * every other column as a property (BLOBs left out), the system from gpkg_spatial_ref_sys. Points and
 * lines are skipped with a warning. Errors: not SQLite, not a GeoPackage, no feature table, a
 * geometry that is not GeoPackage binary (naming table and fid), a system refused. Never rejects.
 */
export async function readGeoPackage(file: string, bytes: Uint8Array): Promise<ReadOutcome> {
  let SQL: SqlJsStatic;
  try { SQL = await loadSqlite(); } catch (e) {
    sqlite = null;
    return failed(file, message('gpkg.noSqlite', { reason: e instanceof Error ? e.message : String(e) }));
  }
  let db: Database | null = null;
  try {
    db = new SQL.Database(bytes);
    let tables: Record<string, unknown>[];
    try {
      tables = rows(db, "SELECT c.table_name AS name, g.column_name AS geom, g.srs_id AS srs FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features'");
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return failed(file, /no such table/i.test(reason) ? message('gpkg.notGeoPackage', {}) : message('gpkg.unreadable', { reason }));
    }
    if (tables.length === 0) return failed(file, message('gpkg.noFeatures', {}));
    const sources: ImportSource[] = [];
    for (const t of tables) {
      const table = String(t.name), geom = String(t.geom);
      const source = tables.length > 1 ? `${file} (${table})` : file;
      const system = systemOf(source, db, Number(t.srs));
      if (!('crs' in system)) return system;
      const warnings: DataIssue[] = system.warning ? [system.warning] : [];
      const features: Feature<Geometry | null, Record<string, unknown>>[] = [];
      let skipped = 0;
      for (const row of rows(db, `SELECT rowid AS __rowid, * FROM ${quote(table)}`)) {
        const blob = row[geom];
        let geometry: Geometry | null = null;
        if (blob instanceof Uint8Array) {
          try { geometry = readGeoPackageGeometry(blob); } catch (e) {
            return failed(source, message('gpkg.badGeometry', { table, fid: Number(row.__rowid), reason: e instanceof Error ? e.message : '' }));
          }
        }
        if (!geometry || !/Polygon$/.test(geometry.type)) { skipped++; continue; }
        const properties: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(row)) if (k !== geom && k !== '__rowid' && !(v instanceof Uint8Array)) properties[k] = v;
        features.push({ type: 'Feature', geometry, properties });
      }
      if (skipped > 0) warnings.push(fileWarning(source, message('gpkg.skipped', { table, count: skipped })));
      if (features.length > 0) sources.push({ file: source, features, crs: system.crs, declared: system.declared, encoding: 'utf-8', warnings });
    }
    if (sources.length === 0) return failed(file, message('gpkg.noPolygons', {}));
    return { sources };
  } catch (e) {
    return failed(file, message('gpkg.unreadable', { reason: e instanceof Error ? e.message : String(e) }));
  } finally {
    db?.close();
  }
}
