/**
 * The CLI's PostGIS engine (`--engine postgis --db URL`): the overlays of the area indicators —
 * protected share, forest coverage, park green per person, park service coverage — computed in SQL
 * inside a PostgreSQL/PostGIS server, with the same definitions as the JS engine (ST_Union,
 * ST_Intersection, ST_Area(geography, use_spheroid), ST_Buffer in a GRS80 transverse Mercator, 8
 * segments a quarter circle). The layers the loader validated are copied into a schema of their own
 * (dropped afterwards), through `psql` for a server — the connection from the URL or the standard
 * PG* variables and `.pgpass`; no password is ever written anywhere — or inside an embedded PostGIS
 * (PGlite, a WASM build of PostgreSQL with PostGIS) when no server is named. The water indicators
 * evaluate samples, not geometry overlays, and come from the same core as the JS engine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Geometry } from 'geojson';
import { FOREST_COVER_CLASSES } from '../core/index.ts';
import type { Dataset, Measured } from '../core/index.ts';

/** Runs SQL in a PostGIS database: `rows` runs one query (with `schema` first on the search path) and gives its rows as text cells; `execNow`, when the client can, runs SQL before returning (for a signal handler). */
export interface SqlClient {
  exec(sql: string): Promise<void>;
  rows(sql: string, schema: string): Promise<string[][]>;
  close(): Promise<void>;
  execNow?(sql: string): void;
}

/**
 * What went wrong when psql ran: "install the PostgreSQL client" only when there is no psql to run;
 * otherwise psql's own message (a refused connection, an SQL error), or the system's reason.
 */
export function psqlFailure(r: { error?: Error & { code?: string }; status: number | null; signal?: string | null; stderr: string }): string | null {
  const said = (r.stderr ?? '').trim();
  if (r.error?.code === 'ENOENT') return `psql could not be run (${r.error.message}): install the PostgreSQL client, e.g. apt-get install postgresql-client`;
  if (r.error) return said ? `${said} (${r.error.message})` : `psql failed: ${r.error.message}`;
  if (r.status !== 0) return said || (r.signal ? `psql was stopped by ${r.signal}` : `psql exited with code ${r.status}`);
  return null;
}

/** Runs SQL through psql against the database (output as CSV with no header); throws with psql's message on failure. */
function psql(db: string | null, sql: string, csv = false): string {
  const r = spawnSync('psql', ['-X', '-q', '-At', ...(csv ? ['--csv'] : []), '-v', 'ON_ERROR_STOP=1', ...(db ? ['-d', db] : [])], { input: sql, encoding: 'utf8', maxBuffer: 1 << 28 });
  const failure = psqlFailure(r);
  if (failure) throw new Error(failure);
  return r.stdout;
}

/** Rows of psql's CSV output (RFC 4180: quoted cells may hold commas, quotes, `|` and line breaks). */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const end = text.indexOf('"', i + 1);
      let j = i + 1;
      let k = end;
      for (;;) {
        if (k < 0) throw new Error('psql gave an unterminated CSV cell');
        cell += text.slice(j, k);
        if (text[k + 1] === '"') { cell += '"'; j = k + 2; k = text.indexOf('"', j); continue; }
        i = k + 1;
        break;
      }
    } else if (c === ',') { row.push(cell); cell = ''; i++; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else if (c === '\r') i++;
    else { cell += c; i++; }
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

/** A PostgreSQL/PostGIS server through psql (`db`: a URL, or null for the PG* variables). */
export function serverClient(db: string | null): SqlClient {
  return {
    exec: async (sql) => { psql(db, sql); },
    rows: async (sql, schema) => parseCsvRows(psql(db, `set search_path = ${sqlIdent(schema)}, public;\n${sql}`, true)),
    close: async () => {},
    execNow: (sql) => { psql(db, sql); },
  };
}

/** Where the prepared embedded database (PostGIS created in it) is kept between runs. */
export function embeddedCacheFile(): string {
  return process.env.SHANGYU_PGLITE_CACHE ?? path.join(os.homedir(), '.cache', 'shangyu-eco-map', 'pglite-postgis-0.2.8.tar.gz');
}

/**
 * An embedded PostGIS (PGlite with its PostGIS extension), in memory. Creating the extension takes
 * seconds, so the first run saves the prepared database (a tarball) in the cache and later runs
 * start from it; each run has its own copy, so runs side by side do not meet.
 */
export async function embeddedClient(): Promise<SqlClient> {
  const [{ PGlite }, { postgis }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite-postgis')]);
  const cache = embeddedCacheFile();
  const prepared = existsSync(cache) ? new Blob([readFileSync(cache)]) : null;
  const db = new PGlite({ extensions: { postgis }, ...(prepared ? { loadDataDir: prepared } : {}) });
  await db.waitReady;
  if (!prepared) {
    await db.exec('create extension if not exists postgis');
    mkdirSync(path.dirname(cache), { recursive: true });
    writeFileSync(cache, new Uint8Array(await (await db.dumpDataDir('gzip')).arrayBuffer()));
  }
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return {
    exec: async (sql) => { await db.exec(sql); },
    rows: async (sql, schema) => {
      await db.exec(`set search_path = ${sqlIdent(schema)}, public`);
      // Rows as arrays: columns of the same name (st_area twice) must not collapse into one.
      const r = await db.query<unknown[]>(sql, [], { rowMode: 'array' });
      return r.rows.map((row) => row.map(cell));
    },
    close: async () => { await db.close(); },
  };
}

/**
 * The PostGIS to use: a server when one is named (`db`, or PGHOST / PGDATABASE), else the embedded
 * one, saying on `log` when it is prepared for the first time.
 */
export async function openClient(db: string | null, log: (line: string) => void): Promise<SqlClient> {
  if (db !== null || !!process.env.PGDATABASE || !!process.env.PGHOST) return serverClient(db);
  if (!existsSync(embeddedCacheFile())) log(`Preparing the embedded PostGIS (once; kept in ${embeddedCacheFile()})…`);
  return embeddedClient();
}

function wkt(g: Geometry): string {
  const ring = (r: number[][]) => `(${r.map((p) => `${p[0]} ${p[1]}`).join(',')})`;
  if (g.type === 'Point') return `POINT(${g.coordinates[0]} ${g.coordinates[1]})`;
  if (g.type === 'Polygon') return `POLYGON(${g.coordinates.map(ring).join(',')})`;
  if (g.type === 'LineString') return `LINESTRING${ring(g.coordinates)}`;
  if (g.type === 'MultiLineString') return `MULTILINESTRING(${g.coordinates.map(ring).join(',')})`;
  if (g.type === 'MultiPolygon') return `MULTIPOLYGON(${g.coordinates.map((p) => `(${p.map(ring).join(',')})`).join(',')})`;
  return 'GEOMETRYCOLLECTION EMPTY';
}

const TABLE_ROLES = ['boundary', 'redLines', 'protectedAreas', 'forestParcels', 'urbanAreas', 'parks', 'residential'] as const;

/**
 * A text as an SQL string literal: dollar-quoted with a tag (`$s0$`, `$s1$`, …) that does not occur
 * in the text, so that the first occurrence of the closing tag is the one after the text. Nothing in
 * a dollar-quoted string is an escape — not `'`, not `\\` — so it reads back as the same text whatever
 * `standard_conforming_strings` says, in the server and in psql's own lexer (which neither
 * substitutes `:variables` nor runs `\\commands` inside one). A NUL, which no PostgreSQL text can
 * hold, is refused (the loader has already replaced it: sanitizeText).
 *
 * @example sqlLiteral("it's $$ \\' x") // → "$s0$it's $$ \\' x$s0$"
 */
export function sqlLiteral(text: string): string {
  if (text.includes('\0')) throw new Error('a NUL character cannot be sent to PostgreSQL');
  for (let n = 0; ; n++) {
    const tag = `$s${n}$`;
    if ((text + tag).indexOf(tag) === text.length) return ` ${tag}${text}${tag} `;
  }
}

/**
 * A name as an SQL identifier: always double-quoted, `"` doubled, so it is never a keyword or SQL.
 * Refused when empty, holding a NUL, or longer than PostgreSQL's 63 bytes (it would be cut, and two
 * names could meet).
 */
export function sqlIdent(name: string): string {
  if (name === '' || name.includes('\0') || new TextEncoder().encode(name).length > 63) throw new Error(`not a usable SQL name: ${JSON.stringify(name)}`);
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The tables a run makes in its schema: each layer copied into `layer_1`, `layer_2`, … (in the
 * order given; a layer's name never becomes SQL), and the zones of `--by` into the helper `zones` —
 * a name no layer's table can take, so `--by protectedAreas` has both tables, and two layers whose
 * names differ only in case or punctuation get distinct tables.
 */
export interface RunTables {
  /** The quoted table of a layer (throws for a layer not copied). */
  readonly of: (role: string) => string;
  /** The quoted helper table of the zones. */
  readonly zones: string;
  /** Layers copied, with their tables. */
  readonly layers: readonly (readonly [string, string])[];
}

/** The tables of a run for `roles` (duplicates once). */
export function runTables(roles: readonly string[]): RunTables {
  const layers = [...new Set(roles)].map((r, i) => [r, sqlIdent(`layer_${i + 1}`)] as const);
  const by = new Map(layers);
  return {
    of: (role) => { const t = by.get(role); if (!t) throw new Error(`the layer ${role} was not copied`); return t; },
    zones: sqlIdent('zones'),
    layers,
  };
}

/**
 * The per-zone SQL (`--by ROLE --engine postgis`): every heavy statement joins the layer to the
 * zones it meets and groups by zone, so it runs unchanged on a PostgreSQL sharded by zone (Citus,
 * tables distributed by the zone id): the zone's part inside the district, the protected land and
 * the forest in it. `t` names the run's tables (runTables).
 */
export const ZONE_SQL = {
  area: (t: RunTables) => `select z.fid, st_area(st_intersection(z.geom, b.g)::geography, true)
    from ${t.zones} z, (select st_union(geom) g from ${t.of('boundary')}) b order by z.fid`,
  // Each layer's union per zone is grouped by the zone's id only (grouping by the zone's geometry
  // too made PostgreSQL sort every joined row with its county's outline: 6 min for 90,000 parcels).
  protectedLand: (t: RunTables, roles: readonly string[]) => `with zb as (select z.fid, st_intersection(z.geom, b.g) g from ${t.zones} z, (select st_union(geom) g from ${t.of('boundary')}) b),
    u as (select zb.fid, st_union(p.geom) g from zb join (${roles.map((r) => `select geom from ${t.of(r)}`).join(' union all ')}) p on st_intersects(p.geom, zb.g) group by zb.fid)
    select zb.fid, coalesce(st_area(st_intersection(u.g, zb.g)::geography, true), 0) from zb left join u on u.fid = zb.fid order by zb.fid`,
  forest: (t: RunTables, classes: string) => `with zb as (select z.fid, st_intersection(z.geom, b.g) g from ${t.zones} z, (select st_union(geom) g from ${t.of('boundary')}) b),
    u as (select zb.fid, st_union(f.geom) g from zb join ${t.of('forestParcels')} f on st_intersects(f.geom, zb.g) and f.props->>'landClass' in (${classes}) group by zb.fid)
    select zb.fid, coalesce(st_area(st_intersection(u.g, zb.g)::geography, true), 0) from zb left join u on u.fid = zb.fid order by zb.fid`,
};

/** The forest classes as an SQL list of literals. */
const forestClasses = () => FOREST_COVER_CLASSES.map(sqlLiteral).join(',');

/**
 * Rows of a statement that gives `expected` rows (one per zone, or one), or an error: the embedded
 * PostGIS answers a statement whose overlay fails inside its WebAssembly build with no rows at all
 * (measured: the 90,000-parcel province's protected land ∩ its 134,000-vertex outline), which must
 * never read as "nothing there".
 */
function checkedRows(rows: string[][], expected: number, what: string): string[][] {
  if (rows.length !== expected) throw new Error(`PostGIS gave ${rows.length} row(s) for ${what}, where ${expected} were due: the statement failed without an error (the embedded PostGIS does so on overlays too large for it). Use a PostgreSQL/PostGIS server: --db postgres://host/database`);
  return rows;
}

/**
 * SQL that copies the dataset's layers `tables.layers` (and the zones, `zones`, into the helper
 * table) into tables of the schema: `fid` from 1 in the layer's order, props as jsonb, geometry in
 * EPSG:4326, a spatial index. Every value from the data is a literal of sqlLiteral.
 */
export function loadSql(schema: string, dataset: Dataset, tables: RunTables, zones?: string): string {
  let sql = `create schema ${sqlIdent(schema)}; set search_path = ${sqlIdent(schema)}, public;\n`;
  for (const [role, t] of [...tables.layers, ...(zones ? [[zones, tables.zones] as const] : [])]) {
    sql += `create table ${t} (fid serial primary key, props jsonb, geom geometry(Geometry, 4326));\n`;
    const rows = (dataset.layers[role]?.features ?? []).map((f) => {
      const props = Object.fromEntries(Object.entries(f.properties).filter(([, v]) => v === null || typeof v !== 'object'));
      return `(${sqlLiteral(JSON.stringify(props))}::jsonb, st_geomfromtext(${sqlLiteral(wkt(f.geometry))}, 4326))`;
    });
    for (let i = 0; i < rows.length; i += 500) sql += `insert into ${t} (props, geom) values ${rows.slice(i, i + 500).join(',\n')};\n`;
    // A spatial index, as any PostGIS table has, for the joins of the per-zone statements.
    sql += `create index on ${t} using gist (geom); analyze ${t};\n`;
  }
  return sql;
}

/**
 * Runs `body` with a schema of its own (named after `prefix`, the process and the time), removed
 * afterwards — on success, on error, and on SIGINT or SIGTERM (then the process ends with 130 or
 * 143 after dropping it), so no copy of the data stays in the database.
 */
export async function inRunSchema<T>(client: SqlClient, prefix: string, body: (schema: string) => Promise<T>): Promise<T> {
  const schema = `${prefix}_${process.pid}_${Date.now()}`;
  const drop = `drop schema if exists ${sqlIdent(schema)} cascade`;
  const onSignal = (signal: NodeJS.Signals) => {
    try { client.execNow?.(drop); } catch (e) { process.stderr.write(`The schema ${schema} could not be dropped: ${(e as Error).message}\n`); }
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let failed = false;
  try {
    return await body(schema);
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    // A failure to drop is reported, unless the body's own error is already on its way.
    await client.exec(drop).catch((e: unknown) => { if (!failed) throw e; });
  }
}

/** The last row's cells as numbers (empty: null). */
const numbers = (rows: string[][]) => (rows.at(-1) ?? []).map((x) => (x === '' ? null : Number(x)));

/**
 * The area indicators measured by PostGIS for the dataset (only those whose layers it has), to pass
 * to computeReport as `measured`, computed through `client` (a server or the embedded PostGIS).
 */
export async function measureInPostgis(dataset: Dataset, client: SqlClient): Promise<Record<string, Measured>> {
  await client.exec('create extension if not exists postgis');
  const has = (r: string) => (dataset.layers[r]?.features.length ?? 0) > 0;
  const out: Record<string, Measured> = {};
  const t = runTables([...TABLE_ROLES, ...dataset.manifest.protectedRoles]);
  await inRunSchema(client, 'shangyu', async (schema) => {
    await client.exec(`begin;\n${loadSql(schema, dataset, t)}commit;`);
    const rows = (sql: string) => client.rows(sql, schema);
    const run = async (sql: string) => numbers(checkedRows(await rows(sql), 1, sql.replace(/\s+/g, ' ').slice(0, 60)));
    const boundary = `(select st_union(geom) g from ${t.of('boundary')})`;
    const roles = dataset.manifest.protectedRoles.filter(has);
    if (has('boundary') && roles.length > 0) {
      const union = (table: string) => `(select st_union(geom) g from ${table})`;
      const all = `(select st_union(geom) g from (${roles.map((r) => `select geom from ${t.of(r)}`).join(' union all ')}) s)`;
      const [b, p, ...byRole] = await run(`select st_area(b.g::geography, true), st_area(st_intersection(u.g, b.g)::geography, true)${roles.map((r) => `, (select st_area(st_intersection(x.g, b.g)::geography, true) from ${union(t.of(r))} x)`).join('')} from ${all} u, ${boundary} b`);
      const areaByRoleM2 = Object.fromEntries(roles.map((r, i) => [r, byRole[i]!]));
      const sum = Object.values(areaByRoleM2).reduce((x, y) => x + y, 0);
      out.protectedShare = { value: (p! / b!) * 100, details: { boundaryAreaM2: b, protectedAreaM2: p, areaByRoleM2, overlapCountedOnceM2: Math.max(0, sum - p!) } };
    }
    if (has('boundary') && dataset.layers.forestParcels) {
      const classes = forestClasses();
      const forest = t.of('forestParcels');
      const [b, f, counted, total] = await run(`select st_area(b.g::geography, true), coalesce(st_area(st_intersection(f.g, b.g)::geography, true), 0),
        (select count(*) from ${forest} where props->>'landClass' in (${classes})), (select count(*) from ${forest})
        from (select st_union(geom) g from ${forest} where props->>'landClass' in (${classes})) f, ${boundary} b`);
      const byClass = await rows(`select props->>'landClass', count(*) from ${forest} group by 1 order by 1`);
      out.forestCoverage = {
        value: (f! / b!) * 100,
        details: { boundaryAreaM2: b, forestAreaM2: f, parcelsByClass: Object.fromEntries(byClass.map(([c, n]) => [c, Number(n)])), parcelsCounted: counted, parcelsExcluded: total! - counted! },
      };
    }
    if (has('parks') && has('urbanAreas')) {
      const [area, population, parks] = await run(`select coalesce(st_area(st_intersection(p.g, u.g)::geography, true), 0), (select sum((props->>'population')::float8) from ${t.of('urbanAreas')}), (select count(*) from ${t.of('parks')})
        from (select st_union(geom) g from ${t.of('parks')}) p, (select st_union(geom) g from ${t.of('urbanAreas')}) u`);
      out.parkGreenPerCapita = population! > 0
        ? { value: area! / population!, details: { parkAreaInUrbanM2: area, urbanPopulation: population, parks } }
        : { value: null, details: { missing: ['urbanAreas.population'], urbanPopulation: population } };
    }
    if (has('parks') && has('residential')) {
      // The transverse Mercator centred as the JS engine centres it: on the first residential block's box.
      const [lon] = await run(`select (st_xmin(geom) + st_xmax(geom)) / 2 from ${t.of('residential')} order by fid limit 1`);
      // The projection given as text (no entry in spatial_ref_sys to add and remove).
      const tm = sqlLiteral(`+proj=tmerc +lon_0=${Number(lon)} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs`);
      const [residential, served, large, small] = await run(`with z as (
          select st_transform(st_union(st_buffer(st_transform(geom, ${tm}), case when st_area(geom::geography, true) >= 5000 then 500 else 300 end, 'quad_segs=8')), ${tm}, 4326) g
          from ${t.of('parks')} where st_area(geom::geography, true) >= 1000),
        r as (select st_union(geom) g from ${t.of('residential')})
        select st_area(r.g::geography, true), coalesce(st_area(st_intersection(r.g, z.g)::geography, true), 0),
          (select count(*) from ${t.of('parks')} where st_area(geom::geography, true) >= 5000),
          (select count(*) from ${t.of('parks')} where st_area(geom::geography, true) >= 1000 and st_area(geom::geography, true) < 5000)
        from r, z`);
      out.parkServiceCoverage = residential! > 0
        ? { value: (served! / residential!) * 100, details: { residentialAreaM2: residential, servedAreaM2: served, parks500m: large, parks300m: small } }
        : { value: null, details: { missing: ['residential'] } };
    }
  });
  return out;
}

/**
 * A PostGIS table as a GeoJSON FeatureCollection text: every other column as a property, the
 * geometry column in EPSG:4326 (transformed from the table's SRID; a geometry without SRID is
 * taken as 4326), coordinates with 15 significant digits so nothing is rounded away. `table` and
 * `geometry` are checked identifiers (parse-manifest.ts).
 */
export function tableAsGeoJson(db: string | null, table: string, geometry: string): string {
  // Unquoted names fold to lower case in PostgreSQL: the quoted lower-case name is the same table.
  const name = table.split('.').map((p) => sqlIdent(p.toLowerCase())).join('.');
  const g = `t.${sqlIdent(geometry.toLowerCase())}`;
  return psql(db, `select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
      'type', 'Feature', 'properties', to_jsonb(t) - ${sqlLiteral(geometry.toLowerCase())},
      'geometry', st_asgeojson(case when st_srid(${g}) = 0 then st_setsrid(${g}, 4326) else st_transform(${g}, 4326) end, 15)::json)), '[]'::json))
    from ${name} t`);
}

/** Per zone of the layer `role` (by index in it): its area inside the district, and the protected land and forest in that part, m². */
export interface ZoneAreas { readonly areaM2: number; readonly protectedM2: number; readonly forestM2: number }

/** The zones' areas measured by PostGIS with the grouped statements of ZONE_SQL. */
export async function measureZonesInPostgis(dataset: Dataset, role: string, client: SqlClient): Promise<ZoneAreas[]> {
  await client.exec('create extension if not exists postgis');
  const n = dataset.layers[role]?.features.length ?? 0;
  const out = Array.from({ length: n }, () => ({ areaM2: 0, protectedM2: 0, forestM2: 0 }));
  const roles = dataset.manifest.protectedRoles.filter((r) => (dataset.layers[r]?.features.length ?? 0) > 0);
  const t = runTables([...TABLE_ROLES, ...roles]);
  await inRunSchema(client, 'shangyu_z', async (schema) => {
    await client.exec(`begin;\n${loadSql(schema, dataset, t, role)}commit;`);
    const fill = async (sql: string, key: keyof ZoneAreas) => {
      for (const [fid, v] of checkedRows(await client.rows(sql, schema), n, `the zones' ${key}`)) out[Number(fid) - 1]![key] = Number(v);
    };
    await fill(ZONE_SQL.area(t), 'areaM2');
    if (roles.length) await fill(ZONE_SQL.protectedLand(t, roles), 'protectedM2');
    if (dataset.layers.forestParcels) await fill(ZONE_SQL.forest(t, forestClasses()), 'forestM2');
  });
  return out;
}
