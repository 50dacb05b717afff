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

/** Runs SQL in a PostGIS database: `rows` runs one query (with `schema` first on the search path) and gives its rows as text cells. */
export interface SqlClient {
  exec(sql: string): Promise<void>;
  rows(sql: string, schema: string): Promise<string[][]>;
  close(): Promise<void>;
}

/** Runs SQL through psql against the database; throws with psql's message on failure. */
function psql(db: string | null, sql: string): string {
  const r = spawnSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', ...(db ? ['-d', db] : [])], { input: sql, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw new Error(`psql could not be run (${r.error.message}): install the PostgreSQL client, e.g. apt-get install postgresql-client`);
  if (r.status !== 0) throw new Error(r.stderr.trim());
  return r.stdout;
}

/** A PostgreSQL/PostGIS server through psql (`db`: a URL, or null for the PG* variables). */
export function serverClient(db: string | null): SqlClient {
  return {
    exec: async (sql) => { psql(db, sql); },
    rows: async (sql, schema) => psql(db, `set search_path = ${schema}, public;\n${sql}`).split('\n').filter((l) => l !== '').map((l) => l.split('|')),
    close: async () => {},
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
      await db.exec(`set search_path = ${schema}, public`);
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
 * The per-zone SQL (`--by ROLE --engine postgis`): every heavy statement joins the layer to the
 * zones it meets and groups by zone, so it runs unchanged on a PostgreSQL sharded by zone (Citus,
 * tables distributed by the zone id): the zone's part inside the district, the protected land and
 * the forest in it.
 */
export const ZONE_SQL = {
  area: `select z.fid, st_area(st_intersection(z.geom, b.g)::geography, true)
    from zones z, (select st_union(geom) g from boundary) b order by z.fid`,
  // Each layer's union per zone is grouped by the zone's id only (grouping by the zone's geometry
  // too made PostgreSQL sort every joined row with its county's outline: 6 min for 90,000 parcels).
  protectedLand: (roles: readonly string[]) => `with zb as (select z.fid, st_intersection(z.geom, b.g) g from zones z, (select st_union(geom) g from boundary) b),
    u as (select zb.fid, st_union(p.geom) g from zb join (${roles.map((r) => `select geom from ${tableName(r)}`).join(' union all ')}) p on st_intersects(p.geom, zb.g) group by zb.fid)
    select zb.fid, coalesce(st_area(st_intersection(u.g, zb.g)::geography, true), 0) from zb left join u on u.fid = zb.fid order by zb.fid`,
  forest: (classes: string) => `with zb as (select z.fid, st_intersection(z.geom, b.g) g from zones z, (select st_union(geom) g from boundary) b),
    u as (select zb.fid, st_union(f.geom) g from zb join forestparcels f on st_intersects(f.geom, zb.g) and f.props->>'landClass' in (${classes}) group by zb.fid)
    select zb.fid, coalesce(st_area(st_intersection(u.g, zb.g)::geography, true), 0) from zb left join u on u.fid = zb.fid order by zb.fid`,
};

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

/** The table loadSql makes for a layer: its name in lower case, other characters than a–z, 0–9 and _ as _ (prefixed when it starts with a digit). */
export function tableName(layer: string): string {
  const t = layer.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  return /^[a-z_]/.test(t) ? t : `l_${t}`;
}

/**
 * SQL that copies the dataset's polygon layers (and the zones of `--by`; or the layers named in
 * `only`) into tables of a schema: `fid` from 1 in the layer's order, props as jsonb, geometry in
 * EPSG:4326, a spatial index. A table is named after its layer, in lower case.
 */
export function loadSql(schema: string, dataset: Dataset, zones?: string, only?: readonly string[]): string {
  const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
  let sql = `create schema ${schema}; set search_path = ${schema}, public;\n`;
  for (const role of only ?? [...TABLE_ROLES, ...(zones ? [zones] : [])]) {
    const t = role === zones ? 'zones' : tableName(role);
    sql += `create table ${t} (fid serial primary key, props jsonb, geom geometry(Geometry, 4326));\n`;
    const rows = (dataset.layers[role]?.features ?? []).map((f) => {
      const props = Object.fromEntries(Object.entries(f.properties).filter(([, v]) => v === null || typeof v !== 'object'));
      return `(${lit(JSON.stringify(props))}::jsonb, st_geomfromtext(${lit(wkt(f.geometry))}, 4326))`;
    });
    for (let i = 0; i < rows.length; i += 500) sql += `insert into ${t} (props, geom) values ${rows.slice(i, i + 500).join(',\n')};\n`;
    // A spatial index, as any PostGIS table has, for the joins of the per-zone statements.
    sql += `create index on ${t} using gist (geom); analyze ${t};\n`;
  }
  return sql;
}

/** The last row's cells as numbers (empty: null). */
const numbers = (rows: string[][]) => (rows.at(-1) ?? []).map((x) => (x === '' ? null : Number(x)));

/**
 * The area indicators measured by PostGIS for the dataset (only those whose layers it has), to pass
 * to computeReport as `measured`, computed through `client` (a server or the embedded PostGIS).
 */
export async function measureInPostgis(dataset: Dataset, client: SqlClient): Promise<Record<string, Measured>> {
  await client.exec('create extension if not exists postgis');
  const schema = `shangyu_${process.pid}_${Date.now()}`;
  const has = (r: string) => (dataset.layers[r]?.features.length ?? 0) > 0;
  const out: Record<string, Measured> = {};
  try {
    await client.exec(`begin;\n${loadSql(schema, dataset)}commit;`);
    const rows = (sql: string) => client.rows(sql, schema);
    const run = async (sql: string) => numbers(checkedRows(await rows(sql), 1, sql.replace(/\s+/g, ' ').slice(0, 60)));
    const boundary = `(select st_union(geom) g from boundary)`;
    const roles = dataset.manifest.protectedRoles.filter(has);
    if (has('boundary') && roles.length > 0) {
      const union = (t: string) => `(select st_union(geom) g from ${t})`;
      const all = `(select st_union(geom) g from (${roles.map((r) => `select geom from ${tableName(r)}`).join(' union all ')}) s)`;
      const [b, p, ...byRole] = await run(`select st_area(b.g::geography, true), st_area(st_intersection(u.g, b.g)::geography, true)${roles.map((r) => `, (select st_area(st_intersection(x.g, b.g)::geography, true) from ${union(tableName(r))} x)`).join('')} from ${all} u, ${boundary} b`);
      const areaByRoleM2 = Object.fromEntries(roles.map((r, i) => [r, byRole[i]!]));
      const sum = Object.values(areaByRoleM2).reduce((x, y) => x + y, 0);
      out.protectedShare = { value: (p! / b!) * 100, details: { boundaryAreaM2: b, protectedAreaM2: p, areaByRoleM2, overlapCountedOnceM2: Math.max(0, sum - p!) } };
    }
    if (has('boundary') && dataset.layers.forestParcels) {
      const classes = FOREST_COVER_CLASSES.map((c) => `'${c}'`).join(',');
      const [b, f, counted, total] = await run(`select st_area(b.g::geography, true), coalesce(st_area(st_intersection(f.g, b.g)::geography, true), 0),
        (select count(*) from forestparcels where props->>'landClass' in (${classes})), (select count(*) from forestparcels)
        from (select st_union(geom) g from forestparcels where props->>'landClass' in (${classes})) f, ${boundary} b`);
      const byClass = await rows(`select props->>'landClass', count(*) from forestparcels group by 1 order by 1`);
      out.forestCoverage = {
        value: (f! / b!) * 100,
        details: { boundaryAreaM2: b, forestAreaM2: f, parcelsByClass: Object.fromEntries(byClass.map(([c, n]) => [c, Number(n)])), parcelsCounted: counted, parcelsExcluded: total! - counted! },
      };
    }
    if (has('parks') && has('urbanAreas')) {
      const [area, population, parks] = await run(`select coalesce(st_area(st_intersection(p.g, u.g)::geography, true), 0), (select sum((props->>'population')::float8) from urbanareas), (select count(*) from parks)
        from (select st_union(geom) g from parks) p, (select st_union(geom) g from urbanareas) u`);
      out.parkGreenPerCapita = population! > 0
        ? { value: area! / population!, details: { parkAreaInUrbanM2: area, urbanPopulation: population, parks } }
        : { value: null, details: { missing: ['urbanAreas.population'], urbanPopulation: population } };
    }
    if (has('parks') && has('residential')) {
      // The transverse Mercator centred as the JS engine centres it: on the first residential block's box.
      const [lon] = await run('select (st_xmin(geom) + st_xmax(geom)) / 2 from residential order by fid limit 1');
      // The projection given as text (no entry in spatial_ref_sys to add and remove).
      const tm = `'+proj=tmerc +lon_0=${lon} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs'`;
      const [residential, served, large, small] = await run(`with z as (
          select st_transform(st_union(st_buffer(st_transform(geom, ${tm}), case when st_area(geom::geography, true) >= 5000 then 500 else 300 end, 'quad_segs=8')), ${tm}, 4326) g
          from parks where st_area(geom::geography, true) >= 1000),
        r as (select st_union(geom) g from residential)
        select st_area(r.g::geography, true), coalesce(st_area(st_intersection(r.g, z.g)::geography, true), 0),
          (select count(*) from parks where st_area(geom::geography, true) >= 5000),
          (select count(*) from parks where st_area(geom::geography, true) >= 1000 and st_area(geom::geography, true) < 5000)
        from r, z`);
      out.parkServiceCoverage = residential! > 0
        ? { value: (served! / residential!) * 100, details: { residentialAreaM2: residential, servedAreaM2: served, parks500m: large, parks300m: small } }
        : { value: null, details: { missing: ['residential'] } };
    }
  } finally {
    await client.exec(`drop schema if exists ${schema} cascade`);
  }
  return out;
}

/**
 * A PostGIS table as a GeoJSON FeatureCollection text: every other column as a property, the
 * geometry column in EPSG:4326 (transformed from the table's SRID; a geometry without SRID is
 * taken as 4326), coordinates with 15 significant digits so nothing is rounded away. `table` and
 * `geometry` are checked identifiers (parse-manifest.ts).
 */
export function tableAsGeoJson(db: string | null, table: string, geometry: string): string {
  return psql(db, `select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
      'type', 'Feature', 'properties', to_jsonb(t) - '${geometry}',
      'geometry', st_asgeojson(case when st_srid(t.${geometry}) = 0 then st_setsrid(t.${geometry}, 4326) else st_transform(t.${geometry}, 4326) end, 15)::json)), '[]'::json))
    from ${table} t`);
}

/** Per zone of the layer `role` (by index in it): its area inside the district, and the protected land and forest in that part, m². */
export interface ZoneAreas { readonly areaM2: number; readonly protectedM2: number; readonly forestM2: number }

/** The zones' areas measured by PostGIS with the grouped statements of ZONE_SQL. */
export async function measureZonesInPostgis(dataset: Dataset, role: string, client: SqlClient): Promise<ZoneAreas[]> {
  await client.exec('create extension if not exists postgis');
  const schema = `shangyu_${process.pid}_${Date.now()}_z`;
  const n = dataset.layers[role]?.features.length ?? 0;
  const out = Array.from({ length: n }, () => ({ areaM2: 0, protectedM2: 0, forestM2: 0 }));
  try {
    await client.exec(`begin;\n${loadSql(schema, dataset, role)}commit;`);
    const fill = async (sql: string, key: keyof ZoneAreas) => {
      for (const [fid, v] of checkedRows(await client.rows(sql, schema), n, `the zones' ${key}`)) out[Number(fid) - 1]![key] = Number(v);
    };
    await fill(ZONE_SQL.area, 'areaM2');
    const roles = dataset.manifest.protectedRoles.filter((r) => (dataset.layers[r]?.features.length ?? 0) > 0);
    if (roles.length) await fill(ZONE_SQL.protectedLand(roles), 'protectedM2');
    if (dataset.layers.forestParcels) await fill(ZONE_SQL.forest(FOREST_COVER_CLASSES.map((c) => `'${c}'`).join(',')), 'forestM2');
  } finally {
    await client.exec(`drop schema if exists ${schema} cascade`);
  }
  return out;
}
