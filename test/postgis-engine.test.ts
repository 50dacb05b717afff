/**
 * `npm run indicators -- --engine postgis [--db URL]`: the area indicators' overlays computed in a
 * PostGIS server, or in the embedded PostGIS without one, give the JS engine's report, to 1e-9, on
 * the sample and on the district fixture.
 * Needs a PostgreSQL server with PostGIS, as `.ci/run` starts one: the database is
 * SHANGYU_TEST_DB (default postgresql:///shangyu_test, the local server's socket).
 */
import { execFile, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/read-fixture.ts';
import { relDiff } from './helpers/closed-form.ts';
import { loadValid } from './helpers/load-fixture.ts';
import { seededSampleFiles } from './helpers/seeded-sample.ts';
import { measureInPostgis, measureZonesInPostgis } from '../src/cli/postgis-engine.ts';
import type { SqlClient } from '../src/cli/postgis-engine.ts';
import { requireTestDb, TEST_DB } from './helpers/test-db.ts';

const run = promisify(execFile);
const ROOT = path.join(FIXTURES, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'indicators.mjs');
const DB = TEST_DB;

interface Json { indicators: { id: string; value: number | null; source: string; complete: boolean; pass: boolean | null; details: Record<string, unknown> }[] }
const report = async (...args: string[]) => JSON.parse((await run(process.execPath, [CLI, '--json', ...args], { cwd: ROOT, maxBuffer: 1 << 26 })).stdout) as Json;

beforeAll(async () => {
  requireTestDb();
  await run(process.execPath, [path.join(ROOT, 'src', 'cli', 'build-cli.mjs')], { cwd: ROOT });
}, 120000);

describe('the PostGIS engine', () => {
  for (const [name, dir] of [['the sample', path.join(ROOT, 'data')], ['the district fixture', path.join(FIXTURES, 'district')]] as const) {
    it(`gives the JS engine's report on ${name}, to 1e-9`, async () => {
      const [js, pg] = await Promise.all([report('--data', dir), report('--data', dir, '--engine', 'postgis', '--db', DB)]);
      const computed = js.indicators.filter((i) => i.source === 'computed');
      expect(computed.filter((i) => i.value !== null).length).toBeGreaterThanOrEqual(3);
      for (const i of computed) {
        const p = pg.indicators.find((x) => x.id === i.id)!;
        expect([p.complete, p.pass], i.id).toEqual([i.complete, i.pass]);
        if (i.value === null) expect(p.value, i.id).toBeNull();
        else expect(relDiff(p.value!, i.value), i.id).toBeLessThan(1e-9);
        for (const k of ['boundaryAreaM2', 'protectedAreaM2', 'forestAreaM2', 'parkAreaInUrbanM2', 'servedAreaM2']) {
          if (typeof i.details[k] === 'number') expect(relDiff(p.details[k] as number, i.details[k] as number), `${i.id} ${k}`).toBeLessThan(1e-9);
        }
      }
      // What each engine counts beside the areas is the same too.
      const forest = (r: Json) => r.indicators.find((x) => x.id === 'forestCoverage')!.details;
      if (forest(js).parcelsByClass) expect(forest(pg).parcelsByClass).toEqual(forest(js).parcelsByClass);
    }, 120000);
  }

  it('gives the JS engine\'s report on datasets the sample generator draws with other seeds', async () => {
    for (const seed of [11, 2024]) {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'shangyu-seeded-'));
      try {
        for (const [name, content] of Object.entries(seededSampleFiles(seed))) await writeFile(path.join(dir, name), JSON.stringify(content));
        const [js, pg] = await Promise.all([report('--data', dir), report('--data', dir, '--engine', 'postgis', '--db', DB)]);
        for (const id of ['protectedShare', 'forestCoverage']) {
          const a = js.indicators.find((i) => i.id === id)!.value!, b = pg.indicators.find((i) => i.id === id)!.value!;
          expect(relDiff(b, a), `${id}, seed ${seed}`).toBeLessThan(1e-9);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  }, 120000);

  it('measures an invalid polygon as PostGIS\'s own ST_MakeValid(geom, \'method=structure\') of the raw shape does', async () => {
    // The raw shapes of test/fixtures/invalid-polygons go to the server as GeoJSON text in a psql
    // variable (quoted by psql as a literal), made valid and measured there, with no code of ours.
    const dir = path.join(FIXTURES, 'invalid-polygons');
    const raw = JSON.parse(await readFile(path.join(dir, 'protected-areas.geojson'), 'utf8')) as { features: { geometry: unknown }[] };
    const usable = raw.features.filter((_, i) => i !== 9); // P10, a ring of two distinct points, is refused by the loader
    const fc = JSON.stringify({ type: 'FeatureCollection', features: usable.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })) });
    const sql = `select st_area(st_union(st_makevalid(st_setsrid(st_geomfromgeojson(f->>'geometry'), 4326), 'method=structure'))::geography, true) from jsonb_array_elements((:'fc')::jsonb->'features') f;`;
    const r = spawnSync('psql', ['-X', '-At', '-v', 'ON_ERROR_STOP=1', '-v', `fc=${fc}`, '-d', DB], { input: sql, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const postgis = Number(r.stdout.trim());
    const [js, pg] = await Promise.all([report('--data', dir), report('--data', dir, '--engine', 'postgis', '--db', DB)]);
    const area = (j: Json) => j.indicators.find((i) => i.id === 'protectedShare')!.details.protectedAreaM2 as number;
    // The JS engine (from the edges, the report says) and the PostGIS engine measure the loaded, made-valid shapes.
    expect(js.indicators.find((i) => i.id === 'protectedShare')!.details.areaMethod).toBe('edges');
    expect(relDiff(area(js), postgis)).toBeLessThan(1e-9);
    expect(relDiff(area(pg), postgis)).toBeLessThan(1e-9);
  }, 120000);

  it('gives each town’s area, protected share and forest coverage by the grouped per-zone statements (--by towns), as the JS engine does', async () => {
    type ByZone = { byZone: { zones: { name: string; areaKm2: number; indicators: Record<string, number | null> }[] } };
    for (const dir of [path.join(FIXTURES, 'two-towns'), path.join(ROOT, 'data')]) {
      const [js, pg] = await Promise.all([report('--data', dir, '--by', 'towns'), report('--data', dir, '--by', 'towns', '--engine', 'postgis', '--db', DB)]) as unknown as [ByZone, ByZone];
      js.byZone.zones.forEach((z, i) => {
        const p = pg.byZone.zones[i]!;
        expect(p.name).toBe(z.name);
        // The zone ∩ district overlay differs by one or two units in the 9th digit for one town of the sample.
        expect(relDiff(p.areaKm2, z.areaKm2), `${z.name} area`).toBeLessThan(2e-9);
        for (const k of ['protectedShare', 'forestCoverage']) {
          const a = z.indicators[k] ?? null, b = p.indicators[k] ?? null;
          if (a === null || a === 0) expect(b, `${z.name} ${k}`).toBe(a);
          else expect(relDiff(b!, a), `${z.name} ${k}`).toBeLessThan(1e-9);
        }
      });
    }
  }, 120000);

  it('uses an embedded PostGIS (PGlite) when no server is named, prepared once and kept in a cache: the same report', async () => {
    const cache = path.join(await mkdtemp(path.join(os.tmpdir(), 'shangyu-pglite-')), 'pglite.tar.gz');
    const env = { ...process.env, PGHOST: '', PGDATABASE: '', SHANGYU_PGLITE_CACHE: cache };
    try {
      for (const dir of [path.join(FIXTURES, 'district'), path.join(ROOT, 'data')]) {
        const [js, embedded] = await Promise.all([report('--data', dir), run(process.execPath, [CLI, '--json', '--data', dir, '--engine', 'postgis'], { cwd: ROOT, env, maxBuffer: 1 << 26 })]);
        const pg = JSON.parse(embedded.stdout) as Json;
        for (const i of js.indicators.filter((x) => x.source === 'computed')) {
          const p = pg.indicators.find((x) => x.id === i.id)!;
          if (i.value === null) expect(p.value, i.id).toBeNull();
          else expect(relDiff(p.value!, i.value), `${dir} ${i.id}`).toBeLessThan(1e-9);
        }
      }
      // The prepared database was kept for the next run.
      expect((await readFile(cache)).length).toBeGreaterThan(1e6);
    } finally {
      await rm(path.dirname(cache), { recursive: true, force: true });
    }
  }, 180000);

  it('reads a layer from a database table (a manifest layer { "table", "geometry" }), in its SRID or in EPSG:4326', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shangyu-table-'));
    const t = `t_forest_${process.pid}`;
    try {
      await cp(path.join(FIXTURES, 'district'), dir, { recursive: true });
      const fc = JSON.parse(await readFile(path.join(dir, 'forest.geojson'), 'utf8')) as { features: { properties: Record<string, unknown>; geometry: unknown }[] };
      const rows = fc.features.map((f) => `('${String(f.properties['小班号'])}', '${String(f.properties['地类'])}', st_setsrid(st_geomfromgeojson('${JSON.stringify(f.geometry)}'), 4326))`).join(',');
      const sql = `create table ${t} ("小班号" text, "地类" text, geom geometry); insert into ${t} values ${rows};
        create table ${t}_gk as select "小班号", "地类", st_transform(geom, 4549) geom from ${t};`;
      const r = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', DB], { input: sql, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { layers: Record<string, unknown> };
      const fields = { id: '小班号', landClass: '地类' };
      const files = await report('--data', path.join(FIXTURES, 'district'));
      const forest = (j: Json) => j.indicators.find((i) => i.id === 'forestCoverage')!.value!;
      // In EPSG:4326 the table gives the files' values to 1e-9. Through EPSG:4549 and back, F1 and F2's
      // south edges (on the boundary's, 4 km long) come back 7e-15° outside it, and the clip keeps the
      // boundary's one geodesic edge instead of their two: 325 m² of 10.69 km² (the noding effect of a
      // geodesic edge, ≈ L³·tan φ / 16R for a 4 km edge at 30°N), 3e-5.
      for (const [table, tolerance] of [[t, 1e-9], [`${t}_gk`, 5e-5]] as const) {
        manifest.layers.forestParcels = { table: `public.${table}`, geometry: 'geom', fields };
        await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
        const fromTable = await report('--data', dir, '--db', DB);
        expect(relDiff(forest(fromTable), forest(files)), table).toBeLessThan(tolerance);
      }
      // Without a database the layer is an error that says how to read it; the rest is computed.
      const none = await run(process.execPath, [CLI, '--data', dir], { cwd: ROOT, env: { ...process.env, PGHOST: '', PGDATABASE: '' } });
      expect(none.stderr).toMatch(/no database: pass --db postgres:\/\/host\/database/);
      expect(none.stdout).toMatch(/protectedShare\s+\d/);
    } finally {
      spawnSync('psql', ['-X', '-q', '-d', DB, '-c', `drop table if exists ${t}; drop table if exists ${t}_gk`]);
      await rm(dir, { recursive: true, force: true });
    }
  }, 120000);
});

describe('a statement that fails without an error', () => {
  it('is an error naming what failed and what to do, never an indicator of nothing (the embedded PostGIS answers too-large overlays with no rows)', async () => {
    const dataset = await loadValid('two-towns');
    // A client whose every statement "succeeds" with no rows, as the embedded PostGIS does there.
    const silent: SqlClient = { exec: async () => {}, rows: async () => [], close: async () => {} };
    await expect(measureInPostgis(dataset, silent)).rejects.toThrow(/PostGIS gave 0 row\(s\) for .*--db postgres:\/\/host\/database/);
    await expect(measureZonesInPostgis(dataset, 'towns', silent)).rejects.toThrow(/gave 0 row\(s\) for the zones' areaM2, where 2 were due/);
  });
});
