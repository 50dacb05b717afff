/**
 * `npm run tiles`: vector tiles cut by PostGIS (a server, as `.ci/run` starts one: SHANGYU_TEST_DB,
 * default postgresql:///shangyu_test; and the embedded PostGIS) into a static folder, and the
 * manifest entries that make the app draw a layer from them.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tileRange } from '../src/cli/postgis-tiles.ts';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import { geometryBBox } from '../src/core/geo/bbox.ts';
import { FIXTURES, fixtureReader } from './helpers/read-fixture.ts';
import { requireTestDb, TEST_DB } from './helpers/test-db.ts';

const run = promisify(execFile);
const ROOT = path.join(FIXTURES, '..', '..');
const TILES = path.join(ROOT, 'dist', 'cli', 'tiles.mjs');
const DB = TEST_DB;
let work = '';

beforeAll(async () => {
  requireTestDb();
  await run(process.execPath, [path.join(ROOT, 'src', 'cli', 'build-cli.mjs')], { cwd: ROOT });
  work = await mkdtemp(path.join(os.tmpdir(), 'shangyu-tiles-'));
}, 120000);
afterAll(async () => { if (work) await rm(work, { recursive: true, force: true }); });

describe('tileRange', () => {
  it('gives the XYZ tiles a box touches, computed by hand', () => {
    // 120.87 E at z10: (300.87 / 360) · 1024 = 855.8; 30.0 N: (1 − asinh(tan 30°) / π) / 2 · 1024 = (1 − 0.549306 / π) / 2 · 1024 = 422.5.
    expect(tileRange([120.87, 30, 120.87, 30], 10)).toEqual({ x0: 855, x1: 855, y0: 422, y1: 422 });
    // The whole world at z2: 4 × 4 tiles; a box ending on the antimeridian stays in the last column.
    expect(tileRange([-180, -85.06, 180, 85.06], 2)).toEqual({ x0: 0, x1: 3, y0: 0, y1: 3 });
    // A box whose east edge lies exactly on a tile edge (0° at z1) does not touch the tile east of it.
    expect(tileRange([-10, 10, 0, 20], 1)).toEqual({ x0: 0, x1: 0, y0: 0, y1: 0 });
  });
});

/** Every tile under `dir/layer` as [z, x, y, decoded layer]. */
async function readTiles(dir: string, layer: string) {
  const out: { z: number; x: number; y: number; tile: VectorTile }[] = [];
  for (const z of await readdir(path.join(dir, layer)).catch(() => [] as string[])) {
    if (!/^\d+$/.test(z)) continue;
    for (const x of await readdir(path.join(dir, layer, z))) {
      for (const y of await readdir(path.join(dir, layer, z, x))) {
        out.push({ z: Number(z), x: Number(x), y: Number(y.replace('.pbf', '')), tile: new VectorTile(new PbfReader(await readFile(path.join(dir, layer, z, x, y)))) });
      }
    }
  }
  return out;
}

describe('npm run tiles', () => {
  it('cuts every forest parcel of the sample into the deepest zoom, with its index and attributes, where it lies', async () => {
    const out = path.join(work, 'server');
    const { stdout } = await run(process.execPath, [TILES, '--data', 'data', '--out', out, '--db', DB, '--layers', 'forestParcels', '--minzoom', '9', '--maxzoom', '13'], { cwd: ROOT });
    expect(stdout).toMatch(/forestParcels\s+\d+ tiles/);
    const { dataset } = await loadDataset(fixtureReader('../../data'));
    const parcels = dataset!.layers.forestParcels!.features;
    const tiles = await readTiles(out, 'forestParcels');
    expect(new Set(tiles.map((t) => t.z))).toEqual(new Set([9, 10, 11, 12, 13]));
    const seen = new Map<number, Record<string, unknown>>();
    for (const { z, x, y, tile } of tiles) {
      const layer = tile.layers.forestParcels!;
      expect(layer.length, `${z}/${x}/${y} is written only with features`).toBeGreaterThan(0);
      for (let k = 0; k < layer.length; k++) {
        const f = layer.feature(k);
        const i = f.properties._i as number;
        if (z === 13) seen.set(i, f.properties);
        // Back in lon/lat, the piece lies within the parcel's box (to the 4096 grid: 1.2 m at z13, 9.6 m at z10) and within the tile's buffered box.
        const g = f.toGeoJSON(x, y, z).geometry;
        const b = geometryBBox(g);
        const p = geometryBBox(parcels[i]!.geometry);
        const tol = (360 / 2 ** z / 4096) * 1.5;
        expect(b[0], `${i} at ${z}/${x}/${y}`).toBeGreaterThanOrEqual(p[0] - tol);
        expect(b[2]).toBeLessThanOrEqual(p[2] + tol);
        expect(b[1]).toBeGreaterThanOrEqual(p[1] - tol);
        expect(b[3]).toBeLessThanOrEqual(p[3] + tol);
      }
    }
    // At z13 no parcel is smaller than the grid: every one of the layer's parcels is there, with its attributes.
    expect(seen.size).toBe(parcels.length);
    parcels.forEach((p, i) => expect(seen.get(i), `parcel ${i}`).toMatchObject({ landClass: p.properties.landClass, id: p.properties.id }));
    // The parcel's tile at z13 is the one its first vertex lies in (or beside it, for a vertex on a tile's edge).
    const first = (parcels[0]!.geometry as { coordinates: number[][][] }).coordinates[0]![0]!;
    const r = tileRange([first[0]!, first[1]!, first[0]!, first[1]!], 13);
    const holding = tiles.filter((t) => t.z === 13 && Array.from({ length: t.tile.layers.forestParcels!.length }, (_, k) => t.tile.layers.forestParcels!.feature(k).properties._i).includes(0));
    expect(holding.some((t) => Math.abs(t.x - r.x0) <= 1 && Math.abs(t.y - r.y0) <= 1)).toBe(true);
    const tileJson = JSON.parse(await readFile(path.join(out, 'forestParcels', 'tiles.json'), 'utf8')) as { minzoom: number; maxzoom: number; bounds: number[]; vector_layers: { id: string; fields: Record<string, string> }[] };
    expect(tileJson).toMatchObject({ minzoom: 9, maxzoom: 13, vector_layers: [{ id: 'forestParcels' }] });
    expect(Object.keys(tileJson.vector_layers[0]!.fields)).toEqual(expect.arrayContaining(['_i', 'landClass', 'id']));
    const all = parcels.map((p) => geometryBBox(p.geometry));
    expect(tileJson.bounds[0]).toBeCloseTo(Math.min(...all.map((b) => b[0])), 9);
    expect(tileJson.bounds[3]).toBeCloseTo(Math.max(...all.map((b) => b[3])), 9);
  }, 120000);

  it('writes the manifest entries (--manifest): the app draws the layer from its tiles, the CLI still counts its file', async () => {
    const dir = path.join(work, 'dataset');
    await cp(path.join(FIXTURES, 'two-towns'), dir, { recursive: true });
    const before = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { layers: Record<string, unknown> };
    await run(process.execPath, [TILES, '--data', dir, '--out', path.join(dir, 'tiles'), '--db', DB, '--layers', 'protectedAreas', '--minzoom', '10', '--maxzoom', '12', '--manifest'], { cwd: ROOT });
    const m = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { layers: Record<string, Record<string, unknown>> };
    const file = typeof before.layers.protectedAreas === 'string' ? before.layers.protectedAreas : (before.layers.protectedAreas as { file: string }).file;
    expect(m.layers.protectedAreas).toMatchObject({ file, tiles: 'tiles/protectedAreas/{z}/{x}/{y}.pbf', minzoom: 10, maxzoom: 12 });
    const read = async (f: string) => readFile(path.join(dir, f)).then((b) => new Uint8Array(b), () => null);
    const cli = await loadDataset(read);
    expect(cli.dataset!.layers.protectedAreas!.features.length).toBeGreaterThan(0);
    const app = await loadDataset(read, 'manifest.json', { drawTiled: true });
    expect(app.dataset!.layers.protectedAreas).toBeUndefined();
    expect(app.dataset!.manifest.layers.protectedAreas!.tiles).toMatchObject({ template: 'tiles/protectedAreas/{z}/{x}/{y}.pbf', layer: 'protectedAreas' });
    const tiles = await readTiles(path.join(dir, 'tiles'), 'protectedAreas');
    const ids = new Set(tiles.filter((t) => t.z === 12).flatMap((t) => Array.from({ length: t.tile.layers.protectedAreas!.length }, (_, k) => t.tile.layers.protectedAreas!.feature(k).properties._i)));
    expect(ids.size).toBe(cli.dataset!.layers.protectedAreas!.features.length);
  }, 180000);

  it('refuses an unknown layer and a manifest outside the dataset, saying what to do', async () => {
    const fail = async (...args: string[]) => run(process.execPath, [TILES, ...args], { cwd: ROOT }).then(() => null, (e: { code: number; stderr: string }) => e);
    const unknown = await fail('--data', 'data', '--out', path.join(work, 'x'), '--db', DB, '--layers', 'forest');
    expect(unknown?.code).toBe(1);
    expect(unknown?.stderr).toMatch(/forest is not a loaded layer that can be tiled \(these are: .*forestParcels/);
    const outside = await fail('--data', 'data', '--out', path.join(work, 'y'), '--db', DB, '--manifest');
    expect(outside?.code).toBe(1);
    expect(outside?.stderr).toMatch(/is not inside the dataset/);
    expect((await fail('--data', 'data'))?.stderr).toMatch(/--out DIR is needed/);
    // The embedded PostGIS (no --db, no PG* variables) is built without ST_AsMVT: it says to use a server.
    const env = { ...process.env };
    delete env.PGHOST; delete env.PGDATABASE;
    const embedded = await run(process.execPath, [TILES, '--data', 'data', '--out', path.join(work, 'z'), '--layers', 'parks'], { cwd: ROOT, env }).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(embedded?.code).toBe(2);
    expect(embedded?.stderr).toMatch(/cannot make vector tiles .*run with --db and a PostgreSQL\/PostGIS server/);
  }, 120000);
});
