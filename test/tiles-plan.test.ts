/**
 * Tiles that say what they will do (issue 27 §5): the tile count estimated from the layers' boxes
 * and the zooms before anything is cut, over the limit refused with the zooms that fit; the cut
 * made in a folder beside --out and each layer's folder swapped in whole (no stale tiles; a failed
 * cut leaves OUT as it was); attribute names with `|` or a line break kept whole in tiles.json.
 * Needs the PostgreSQL server of test/postgis-tiles.test.ts (SHANGYU_TEST_DB).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepestZoomWithin, tilesByZoom } from '../src/cli/postgis-tiles.ts';
import type { LonLatBox } from '../src/cli/postgis-tiles.ts';
import { FIXTURES } from './helpers/read-fixture.ts';
import { requireTestDb, TEST_DB } from './helpers/test-db.ts';

const run = promisify(execFile);
const ROOT = path.join(FIXTURES, '..', '..');
const TILES = path.join(ROOT, 'dist', 'cli', 'tiles.mjs');
const DB = TEST_DB;
let work = '';

beforeAll(async () => {
  requireTestDb();
  await run(process.execPath, [path.join(ROOT, 'src', 'cli', 'build-cli.mjs')], { cwd: ROOT });
  work = await mkdtemp(path.join(os.tmpdir(), 'shangyu-plan-'));
}, 120000);
afterAll(async () => { if (work) await rm(work, { recursive: true, force: true }); });

const WORLD: LonLatBox = [-180, -85.06, 180, 85.06];

describe('the tile count before cutting', () => {
  it('counts the tiles each zoom visits, and the deepest zoom within a limit (by hand: 1, 4, 16, 64 tiles for the world)', () => {
    expect(tilesByZoom([WORLD], 0, 3)).toEqual([{ z: 0, tiles: 1 }, { z: 1, tiles: 4 }, { z: 2, tiles: 16 }, { z: 3, tiles: 64 }]);
    // Two boxes count twice (two layers over the same place are two sets of tiles).
    expect(tilesByZoom([WORLD, WORLD], 1, 1)).toEqual([{ z: 1, tiles: 8 }]);
    expect(deepestZoomWithin([WORLD], 0, 21)).toBe(2);
    expect(deepestZoomWithin([WORLD], 0, 20)).toBe(1);
    expect(deepestZoomWithin([WORLD], 3, 63)).toBeNull();
  });
});

/** A copy of two-towns whose parks are `parks` (properties and a box each). */
async function dataset(name: string, parks: { properties: Record<string, unknown>; box: LonLatBox }[]): Promise<string> {
  const dir = path.join(work, name);
  await cp(path.join(FIXTURES, 'two-towns'), dir, { recursive: true });
  const features = parks.map(({ properties, box: [w, s, e, n] }) => ({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } }));
  await writeFile(path.join(dir, 'parks.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  return dir;
}

const tiles = (...args: string[]) => run(process.execPath, [TILES, '--db', DB, '--layers', 'parks', ...args], { cwd: ROOT }).then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);

describe('npm run tiles, planned', () => {
  it('refuses one large polygon at the default zooms (≈ 500,000 tiles) before writing, naming the zooms that fit', async () => {
    const box: LonLatBox = [60, 10, 120, 50];
    const dir = await dataset('large', [{ properties: { name: '大公园' }, box }]);
    const out = path.join(work, 'large-out');
    const r = await tiles('--data', dir, '--out', out);
    expect(r.code).toBe(1);
    const total = tilesByZoom([box], 5, 12).reduce((n, z) => n + z.tiles, 0);
    expect(total).toBeGreaterThan(200_000);
    expect(r.stderr).toContain(`The cut would write up to ${total.toLocaleString('en')} tiles (z5: `);
    expect(r.stderr).toContain(`more than the limit of 200,000 (--max-tiles): --minzoom 5 --maxzoom ${deepestZoomWithin([box], 5, 200_000)!} fits. Nothing was written.`);
    expect(await readdir(out).catch(() => [])).toEqual([]);
    // A lower limit is honoured the same way; an impossible one says so.
    expect((await tiles('--data', dir, '--out', out, '--minzoom', '9', '--max-tiles', '10')).stderr).toMatch(/even --minzoom 9 alone is more/);
  }, 120000);

  it('swaps each layer in whole: a second cut into the same --out leaves no stale tile of the first, and no staging folder', async () => {
    const dir = await dataset('stale', [{ properties: { name: '甲镇公园' }, box: [120.002, 30.002, 120.003, 30.003] }]);
    const out = path.join(work, 'stale-out');
    expect((await tiles('--data', dir, '--out', out, '--minzoom', '10', '--maxzoom', '12')).code).toBe(0);
    expect((await readdir(path.join(out, 'parks'))).sort()).toEqual(['10', '11', '12', 'tiles.json']);
    await mkdir(path.join(out, 'parks', '14', '1'), { recursive: true });
    await writeFile(path.join(out, 'parks', '14', '1', '2.pbf'), 'stale');
    await mkdir(path.join(out, 'other'));
    await writeFile(path.join(out, 'other', 'keep.txt'), 'another layer’s folder stays');
    const second = await tiles('--data', dir, '--out', out, '--minzoom', '11', '--maxzoom', '11');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/Cutting up to 1 tiles \(z11: 1\)/);
    expect((await readdir(path.join(out, 'parks'))).sort()).toEqual(['11', 'tiles.json']);
    expect(await readFile(path.join(out, 'other', 'keep.txt'), 'utf8')).toMatch(/stays/);
    expect((await readdir(work)).filter((f) => f.includes('.cutting-'))).toEqual([]);
    // A cut that fails leaves OUT as it was.
    const failed = await run(process.execPath, [TILES, '--db', 'postgresql:///shangyu_no_such_database', '--layers', 'parks', '--data', dir, '--out', out, '--minzoom', '12', '--maxzoom', '12'], { cwd: ROOT }).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/shangyu_no_such_database" does not exist/);
    expect((await readdir(path.join(out, 'parks'))).sort()).toEqual(['11', 'tiles.json']);
    expect((await readdir(work)).filter((f) => f.includes('.cutting-'))).toEqual([]);
  }, 120000);

  it('keeps attribute names with | or a line break whole in tiles.json', async () => {
    const dir = await dataset('names', [{ properties: { name: '甲镇公园', 'a|b': 1, 'line\nbreak': 'x', 'comma, "quoted"': 2 }, box: [120.002, 30.002, 120.003, 30.003] }]);
    const out = path.join(work, 'names-out');
    const r = await tiles('--data', dir, '--out', out, '--minzoom', '12', '--maxzoom', '12');
    expect(r.code, r.stderr).toBe(0);
    const tileJson = JSON.parse(await readFile(path.join(out, 'parks', 'tiles.json'), 'utf8')) as { vector_layers: { fields: Record<string, string> }[] };
    expect(Object.keys(tileJson.vector_layers[0]!.fields).sort()).toEqual(['_i', 'a|b', 'comma, "quoted"', 'line\nbreak', 'name'].sort());
  }, 120000);
});
