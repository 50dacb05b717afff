/**
 * The spatial indicators computed by PostGIS, as an independent reference and a speed yardstick:
 * `node --import tsx test/bench/postgis.ts DIR [RUNS]` loads the dataset in DIR into a PostGIS
 * database (PGDATABASE, default shangyu_bench; created when missing) through `psql`, runs the SQL
 * of each indicator RUNS times (default 3) and prints one JSON line per indicator:
 * { task, ms: [..], value }. Times are the server's own (`\timing`), without loading.
 * Needs a PostgreSQL server with PostGIS (e.g. Debian's postgresql and postgis packages); prints
 * `{ "unavailable": reason }` and exits 0 when there is none, so the bench can go on without it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { parseManifest } from '../../src/core/data/parse-manifest.ts';
import { FOREST_COVER_CLASSES } from '../../src/core/data/roles.ts';

const [dir, runsArg] = process.argv.slice(2) as [string, string | undefined];
const runs = Number(runsArg ?? 3);
const db = process.env.PGDATABASE ?? 'shangyu_bench';

function psql(sql: string, database = db): string {
  const r = spawnSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-d', database], { input: sql, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(r.stderr.trim());
  return r.stdout;
}

try {
  try { psql('select 1', db); } catch { execFileSync('createdb', [db], { stdio: 'ignore' }); }
  psql('create extension if not exists postgis');
} catch (e) {
  console.log(JSON.stringify({ unavailable: (e as Error).message.split('\n')[0] }));
  process.exit(0);
}

// Tables named by role, with the features' properties (after the manifest's field mapping) as jsonb.
const { manifest } = parseManifest(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const tables: string[] = [];
let load = 'begin;\n';
for (const [role, spec] of Object.entries(manifest!.layers)) {
  if (!spec.file.endsWith('.geojson')) continue;
  const fc = JSON.parse(readFileSync(path.join(dir, spec.file), 'utf8')) as FeatureCollection;
  const rename = Object.fromEntries(Object.entries(spec.fields ?? {}).map(([k, v]) => [v, k]));
  load += `drop table if exists ${role.toLowerCase()}; create table ${role.toLowerCase()} (fid serial primary key, props jsonb, geom geometry(Geometry, 4326));\n`;
  load += `copy ${role.toLowerCase()} (props, geom) from stdin;\n`;
  for (const f of fc.features) {
    const props = Object.fromEntries(Object.entries(f.properties ?? {}).map(([k, v]) => [rename[k] ?? k, v]));
    const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
    load += `${esc(JSON.stringify(props))}\tSRID=4326;${esc(toWkt(f.geometry))}\n`;
  }
  load += '\\.\n';
  tables.push(role.toLowerCase());
}
psql(`${load}commit;\n${tables.map((t) => `analyze ${t};`).join('\n')}`);

function toWkt(g: FeatureCollection['features'][number]['geometry']): string {
  const ring = (r: number[][]) => `(${r.map((p) => `${p[0]} ${p[1]}`).join(',')})`;
  if (g.type === 'Point') return `POINT(${g.coordinates[0]} ${g.coordinates[1]})`;
  if (g.type === 'Polygon') return `POLYGON(${g.coordinates.map(ring).join(',')})`;
  if (g.type === 'MultiPolygon') return `MULTIPOLYGON(${g.coordinates.map((p) => `(${p.map(ring).join(',')})`).join(',')})`;
  return 'GEOMETRYCOLLECTION EMPTY';
}

const protectedRoles = manifest!.protectedRoles.map((r) => r.toLowerCase()).filter((t) => tables.includes(t));
const forestClasses = FOREST_COVER_CLASSES.map((c) => `'${c}'`).join(',');
// The same definitions as src/core/indicators (data/README.md): ellipsoidal areas (geography,
// use_spheroid), overlaps once (ST_Union), clipped to the boundary.
const SQL: Record<string, string> = {
  protectedShare: `select 100 * st_area(st_intersection(u.g, b.g)::geography, true) / st_area(b.g::geography, true)
    from (select st_union(geom) g from (${protectedRoles.map((t) => `select geom from ${t}`).join(' union all ')}) s) u, (select st_union(geom) g from boundary) b`,
  forestCoverage: `select 100 * st_area(st_intersection(f.g, b.g)::geography, true) / st_area(b.g::geography, true)
    from (select st_union(geom) g from forestparcels where props->>'landClass' in (${forestClasses})) f, (select st_union(geom) g from boundary) b`,
  parkGreenPerCapita: `select st_area(st_intersection(p.g, u.g)::geography, true) / (select sum((props->>'population')::float8) from urbanareas)
    from (select st_union(geom) g from parks) p, (select st_union(geom) g from urbanareas) u`,
  // Service zones: each park of ≥ 5,000 m² buffered 500 m, of ≥ 1,000 m² 300 m (8 segments a
  // quarter circle), in a transverse Mercator on GRS80 centred on the first residential block.
  parkServiceCoverage: `with z as (
      select st_transform(st_union(st_buffer(st_transform(geom, 990001), case when st_area(geom::geography, true) >= 5000 then 500 else 300 end, 'quad_segs=8')), 4326) g
      from parks where st_area(geom::geography, true) >= 1000),
    r as (select st_union(geom) g from residential)
    select 100 * st_area(st_intersection(r.g, z.g)::geography, true) / st_area(r.g::geography, true) from r, z`,
};

if (tables.includes('residential')) {
  const lon = Number(psql('select (st_xmin(geom) + st_xmax(geom)) / 2 from residential order by fid limit 1').trim());
  psql(`delete from spatial_ref_sys where srid = 990001; insert into spatial_ref_sys (srid, auth_name, auth_srid, proj4text) values (990001, 'bench', 990001, '+proj=tmerc +lon_0=${lon} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs');`);
}

const needs: Record<string, string[]> = { protectedShare: ['boundary'], forestCoverage: ['boundary', 'forestparcels'], parkGreenPerCapita: ['parks', 'urbanareas'], parkServiceCoverage: ['parks', 'residential'] };
for (const [task, sql] of Object.entries(SQL)) {
  if (!needs[task]!.every((t) => tables.includes(t)) || (task === 'protectedShare' && protectedRoles.length === 0)) continue;
  const out = psql(`\\timing on\n${Array.from({ length: runs }, () => `${sql};`).join('\n')}\n`);
  const ms = [...out.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
  const value = Number(out.split('\n').find((l) => /^-?[\d.]+(e[-+]?\d+)?$/.test(l.trim())));
  console.log(JSON.stringify({ task, ms, value }));
}
