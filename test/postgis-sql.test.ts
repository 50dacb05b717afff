/**
 * SQL without string building (issue 27 §3): every value from a dataset reaches PostgreSQL as a
 * literal of sqlLiteral, every name through sqlIdent, the run's tables are numbered with a fixed
 * helper for the zones, and the run's schema goes on error and on a signal — checked against the
 * local server (SHANGYU_TEST_DB, default postgresql:///shangyu_test) with
 * `standard_conforming_strings` off as well as on.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { measureInPostgis, measureZonesInPostgis, parseCsvRows, psqlFailure, serverClient, sqlIdent, sqlLiteral } from '../src/cli/postgis-engine.ts';
import { cutTilesInPostgis } from '../src/cli/postgis-tiles.ts';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import type { Dataset } from '../src/core/data/dataset.ts';
import { FIXTURES } from './helpers/read-fixture.ts';
import { loadValid } from './helpers/load-fixture.ts';

const DB = process.env.SHANGYU_TEST_DB ?? 'postgresql:///shangyu_test';
const ROOT = path.join(FIXTURES, '..', '..');
const psql = (sql: string) => spawnSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-d', DB], { input: sql, encoding: 'utf8' });
const schemasOf = (prefix: string) => psql(`select nspname from pg_namespace where nspname like '${prefix}%'`).stdout.split('\n').filter(Boolean);
let savedOptions: string | undefined;

beforeAll(() => {
  const r = psql('select 1');
  if (r.error || r.status !== 0) throw new Error(`No PostgreSQL server at ${DB} (${(r.error?.message ?? r.stderr).trim()}); see test/postgis-engine.test.ts.`);
  savedOptions = process.env.PGOPTIONS;
});
afterEach(() => {
  if (savedOptions === undefined) delete process.env.PGOPTIONS;
  else process.env.PGOPTIONS = savedOptions;
});

/** Every psql the client starts from here on has standard_conforming_strings off (or on). */
const conforming = (on: boolean) => { process.env.PGOPTIONS = `-c standard_conforming_strings=${on ? 'on' : 'off'}`; };

/** Texts that end a naive literal one way or another. */
const NASTY = [
  "\\'", "'", "''", '\\', '\\\\', '$$', '$s0$', '$s0', 's0$', '$s0$$s1$', 'x$', '$', "'; drop table pg_class; --",
  ":'fc' :fc \\gexec \\! echo pwned", '"quoted" \\"', 'line\nbreak\r\nand\ttab', 'a,b|c', '公园 \u{1F332}', ' ', '',
];

describe('sqlLiteral', () => {
  for (const on of [false, true]) {
    it(`reads back as the same text with standard_conforming_strings ${on ? 'on' : 'off'}, through psql and its CSV`, async () => {
      conforming(on);
      // Random texts over the characters that matter too (seeded).
      let seed = 7;
      const rnd = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
      const chars = ['$', 's', '0', '1', "'", '\\', '"', 'E', '\n', ',', '|', 'x'];
      const random = Array.from({ length: 200 }, () => Array.from({ length: Math.floor(rnd() * 12) }, () => chars[Math.floor(rnd() * chars.length)]).join(''));
      const texts = [...NASTY, ...random];
      const client = serverClient(DB);
      const rows = await client.rows(`select current_setting('standard_conforming_strings'), ${texts.map(sqlLiteral).join(', ')}`, 'public');
      expect(rows).toEqual([[on ? 'on' : 'off', ...texts]]);
    });
  }

  it('refuses a NUL, which no PostgreSQL text can hold', () => {
    expect(() => sqlLiteral('a\0b')).toThrow(/NUL/);
  });
});

describe('sqlIdent', () => {
  it('makes any name one identifier, and refuses names PostgreSQL would cut', async () => {
    const name = 'a "b"; drop table x; --\\\'';
    const schema = `shangyu_ident_${process.pid}`;
    const r = psql(`create schema ${sqlIdent(schema)}; create table ${sqlIdent(schema)}.${sqlIdent(name)} (v int); select relname from pg_class where relname = ${sqlLiteral(name)}; drop schema ${sqlIdent(schema)} cascade;`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(name);
    expect(() => sqlIdent('x'.repeat(64))).toThrow(/not a usable SQL name/);
    expect(() => sqlIdent('')).toThrow();
  });
});

describe('parseCsvRows', () => {
  it('keeps quoted cells whole: commas, quotes, | and line breaks', () => {
    expect(parseCsvRows('1,"a|b\nc,""d""",,""\n2,3\n')).toEqual([['1', 'a|b\nc,"d"', '', ''], ['2', '3']]);
    expect(parseCsvRows('')).toEqual([]);
    expect(parseCsvRows('\n')).toEqual([['']]);
  });
});

describe("psql's real error", () => {
  it('says to install the client only when there is no psql', () => {
    expect(psqlFailure({ error: Object.assign(new Error('spawnSync psql ENOENT'), { code: 'ENOENT' }), status: null, stderr: '' })).toMatch(/install the PostgreSQL client/);
    expect(psqlFailure({ error: Object.assign(new Error('spawnSync psql EPIPE'), { code: 'EPIPE' }), status: 2, stderr: 'psql: error: connection refused' })).toBe('psql: error: connection refused (spawnSync psql EPIPE)');
    expect(psqlFailure({ status: 0, stderr: '' })).toBeNull();
  });

  it('shows why psql stopped when it quits before reading a large script (was: "install the PostgreSQL client")', async () => {
    const client = serverClient('postgresql:///shangyu_no_such_database');
    const e = await client.exec(`-- ${'x'.repeat(8 << 20)}\nselect 1`).then(() => null, (x: Error) => x);
    expect(e?.message).toMatch(/shangyu_no_such_database" does not exist/);
    expect(e?.message).not.toMatch(/install/);
  });
});

/** two-towns with attributes no naive literal survives, read through the loader. */
async function nastyDataset(): Promise<{ dataset: Dataset; warnings: string[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shangyu-sql-'));
  try {
    await cp(path.join(FIXTURES, 'two-towns'), dir, { recursive: true });
    const file = path.join(dir, 'parks.geojson');
    const fc = JSON.parse(await readFile(file, 'utf8')) as { features: { properties: Record<string, unknown> }[] };
    fc.features.forEach((f, i) => {
      f.properties.name = `${NASTY[i % NASTY.length]!} "O'Brien" \\ 公园 $$`;
      f.properties['nul\0key'] = 'a\0b';
      f.properties.lone = `x\uD800y\uDC00z`;
    });
    await writeFile(file, JSON.stringify(fc));
    const { dataset, issues } = await loadDataset(async (f) => readFile(path.join(dir, f)).then((b) => new Uint8Array(b), () => null));
    return { dataset: dataset!, warnings: issues.filter((x) => x.file.endsWith('parks.geojson')).map((x) => x.message) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the PostGIS engine with data from anyone', () => {
  it('measures attributes with quotes, backslashes, NUL and lone surrogates with standard_conforming_strings off, as the JS engine reads them', async () => {
    const { dataset, warnings } = await nastyDataset();
    // Replaced at load for both engines, and warned.
    const park = dataset.layers.parks!.features[0]!.properties;
    expect(park['nul\uFFFDkey']).toBe('a\uFFFDb');
    expect(park.lone).toBe('x\uFFFDy\uFFFDz');
    expect(warnings.some((w) => /NUL character or a lone surrogate .* in nul\uFFFDkey, lone;/.test(w))).toBe(true);
    conforming(false);
    const m = await measureInPostgis(dataset, serverClient(DB));
    expect(m.parkGreenPerCapita?.value).toBeGreaterThan(0);
    expect(m.parkGreenPerCapita?.details.parks).toBe(dataset.layers.parks!.features.length);
  }, 60000);

  it('takes --by protectedAreas (and parks, boundary): the zones have a helper table of their own', async () => {
    const dataset = await loadValid('two-towns');
    const client = serverClient(DB);
    for (const role of ['protectedAreas', 'parks', 'boundary']) {
      const zones = await measureZonesInPostgis(dataset, role, client);
      expect(zones.length, role).toBe(dataset.layers[role]!.features.length);
      expect(zones.every((z) => z.areaM2 >= 0), role).toBe(true);
    }
    // The boundary as zones: its one zone is the whole district, all of its protected land.
    const [whole] = await measureZonesInPostgis(dataset, 'boundary', client);
    const share = await measureInPostgis(dataset, client);
    expect(whole!.protectedM2).toBeCloseTo(share.protectedShare!.details.protectedAreaM2 as number, 3);
  }, 60000);

  it('drops its schema when a statement fails', async () => {
    const dataset = await loadValid('two-towns');
    const real = serverClient(DB);
    let calls = 0;
    const failing = { ...real, rows: async (sql: string, schema: string) => { if (++calls === 1) throw new Error('boom'); return real.rows(sql, schema); } };
    await expect(measureInPostgis(dataset, failing)).rejects.toThrow('boom');
    expect(schemasOf(`shangyu_${process.pid}_`)).toEqual([]);
  }, 60000);
});

describe('tiles with data from anyone', () => {
  it('names the tile layer with any text (standard_conforming_strings off) and gives colliding layer names tables of their own', async () => {
    const base = await loadValid('two-towns');
    const nasty = "p\\'); select pg_sleep(5); --";
    const dataset: Dataset = { ...base, layers: { ...base.layers, [nasty]: base.layers.parks!, Parks2: base.layers.parks!, parks2: base.layers.protectedAreas! } };
    conforming(false);
    const names = new Map<string, Set<string>>();
    const cut = await cutTilesInPostgis(dataset, [nasty, 'Parks2', 'parks2'], { minzoom: 10, maxzoom: 10 }, serverClient(DB), async (layer, _z, _x, _y, tile) => {
      const t = new VectorTile(new PbfReader(tile));
      const set = names.get(layer) ?? new Set<string>();
      for (const [name, l] of Object.entries(t.layers)) { set.add(name); for (let k = 0; k < l.length; k++) set.add(`#${String(l.feature(k).properties._i)}`); }
      names.set(layer, set);
    });
    expect(cut.map((c) => c.layer)).toEqual([nasty, 'Parks2', 'parks2']);
    expect([...names.get(nasty)!].filter((n) => !n.startsWith('#'))).toEqual([nasty]);
    // Parks2 holds the parks, parks2 the protected areas: one feature index each past the other's count shows they did not meet.
    expect([...names.get('Parks2')!].filter((n) => n.startsWith('#')).length).toBe(base.layers.parks!.features.length);
    expect([...names.get('parks2')!].filter((n) => n.startsWith('#')).length).toBe(base.layers.protectedAreas!.features.length);
  }, 60000);
});

describe('a signal during npm run tiles', () => {
  const work: string[] = [];
  afterAll(async () => { for (const w of work) await rm(w, { recursive: true, force: true }); });

  it('leaves no schema with a copy of the data (SIGINT and SIGTERM)', async () => {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'src', 'cli', 'build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const out = await mkdtemp(path.join(os.tmpdir(), 'shangyu-sig-'));
      work.push(out);
      const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli', 'tiles.mjs'), '--data', 'data', '--out', out, '--db', DB, '--layers', 'forestParcels', '--minzoom', '5', '--maxzoom', '15'], { cwd: ROOT, stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const prefix = `shangyu_tiles_${child.pid}_`;
      const t0 = Date.now();
      while (schemasOf(prefix).length === 0 && Date.now() - t0 < 30000) await new Promise((r) => setTimeout(r, 50));
      expect(schemasOf(prefix).length, 'the run made its schema').toBe(1);
      child.kill(signal);
      expect(await exited).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(schemasOf(prefix)).toEqual([]);
    }
  }, 120000);
});
