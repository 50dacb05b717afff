/**
 * Paths by construction (issue 27 §1): every path a dataset or a command names resolves inside its
 * root, symbolic links followed; names joined into output paths are plain names. Unit cases of
 * src/cli/safe-path.ts, then each entry point as users run it: the built CLI (indicators, tiles).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputFolderProblem, resolveInside, unsafeName, writeInside } from '../src/cli/safe-path.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

const run = promisify(execFile);
const ROOT = path.join(FIXTURES, '..', '..');
const DB = process.env.SHANGYU_TEST_DB ?? 'postgresql:///shangyu_test';
let work = '';

beforeAll(async () => {
  await run(process.execPath, [path.join(ROOT, 'src', 'cli', 'build-cli.mjs')], { cwd: ROOT });
  work = await mkdtemp(path.join(os.tmpdir(), 'shangyu-paths-'));
}, 120000);
afterAll(async () => { if (work) await rm(work, { recursive: true, force: true }); });

/** A fresh folder in the work folder. */
async function folder(name: string): Promise<string> {
  const d = path.join(work, name);
  await mkdir(d, { recursive: true });
  return d;
}

/** Runs a built command; its exit code and output. */
async function cli(command: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [path.join(ROOT, 'dist', 'cli', `${command}.mjs`), ...args], { cwd: ROOT });
    return { code: 0, ...r };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('resolveInside', () => {
  it('resolves files inside the root, links that stay inside included', async () => {
    const d = await folder('inside');
    await writeFile(path.join(d, 'a.geojson'), '{}');
    await symlink('a.geojson', path.join(d, 'b.geojson'));
    expect(await resolveInside(d, 'a.geojson')).toBe(path.join(d, 'a.geojson'));
    expect(await resolveInside(d, 'b.geojson')).toBe(path.join(d, 'a.geojson'));
    // Not there yet: resolved through its folder.
    expect(await resolveInside(d, 'new/c.pbf')).toBe(path.join(d, 'new', 'c.pbf'));
  });
  it('refuses ../, absolute paths and symbolic links that leave the root (file or folder)', async () => {
    const d = await folder('leaving');
    const secret = path.join(await folder('secret'), 'passwd');
    await writeFile(secret, 'x');
    await symlink(secret, path.join(d, 'layer.geojson'));
    await symlink(path.dirname(secret), path.join(d, '2016'));
    await expect(resolveInside(d, '../secret/passwd')).rejects.toThrow(/outside the dataset folder/);
    await expect(resolveInside(d, secret)).rejects.toThrow(/outside the dataset folder/);
    await expect(resolveInside(d, 'layer.geojson')).rejects.toThrow(/symbolic link to .*passwd, outside/);
    await expect(resolveInside(d, '2016/manifest.json')).rejects.toThrow(/symbolic link .*outside/);
  });
});

describe('unsafeName', () => {
  it('refuses what is not one plain name', () => {
    for (const n of ['', '.', '..', '../../escaped', 'a/b', 'a\\b', 'a\u0000b', 'a\nb', 'C:x']) expect(unsafeName(n), JSON.stringify(n)).not.toBeNull();
    for (const n of ['forestParcels', '森林', '..hidden', 'a.b', 'a b']) expect(unsafeName(n), n).toBeNull();
  });
});

describe('writeInside and outputFolderProblem', () => {
  it('writes through no symbolic link that leaves the root, and creates no folder outside', async () => {
    const out = await folder('out-links');
    const away = await folder('away');
    await symlink(away, path.join(out, 'forest'));
    await expect(writeInside(out, ['forest', '5', '1', '2.pbf'], 'x')).rejects.toThrow(/symbolic link .*outside/);
    expect(await readdir(away)).toEqual([]);
    await mkdir(path.join(out, 'parks'));
    await symlink(path.join(away, 'target'), path.join(out, 'parks', 'tiles.json'));
    await expect(writeInside(out, ['parks', 'tiles.json'], 'x')).rejects.toThrow(/is a symbolic link; not written/);
    expect(await readdir(away)).toEqual([]);
    await expect(writeInside(out, ['..', 'x.pbf'], 'x')).rejects.toThrow(/not written/);
    await writeInside(out, ['towns', '5', '1', '2.pbf'], 'ok');
    expect(await readFile(path.join(out, 'towns', '5', '1', '2.pbf'), 'utf8')).toBe('ok');
  });
  it('says when --out names a file', async () => {
    const f = path.join(await folder('file-out'), 'tiles');
    await writeFile(f, '');
    expect(await outputFolderProblem(f)).toMatch(/--out .*tiles is a file, not a folder/);
    expect(await outputFolderProblem(path.join(f, 'sub'))).toMatch(/cannot be a folder: .*tiles is a file/);
    expect(await outputFolderProblem(path.join(work, 'not-yet', 'there'))).toBeNull();
  });
});

describe('entry points (the built CLI)', () => {
  it('indicators: a layer file and a year folder that are symbolic links out of the dataset are refused', async () => {
    const d = path.join(work, 'linked-years');
    await cp(path.join(FIXTURES, 'two-years'), d, { recursive: true });
    const elsewhere = await folder('elsewhere');
    await cp(path.join(d, '2017'), path.join(elsewhere, '2017'), { recursive: true });
    await rm(path.join(d, '2017'), { recursive: true });
    await symlink(path.join(elsewhere, '2017'), path.join(d, '2017'));
    await cp(path.join(d, 'forest.geojson'), path.join(elsewhere, 'forest.geojson'));
    await rm(path.join(d, 'forest.geojson'));
    await symlink(path.join(elsewhere, 'forest.geojson'), path.join(d, 'forest.geojson'));
    const r = await cli('indicators', '--data', d, '--years', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/forest\.geojson: was not read: a symbolic link to .*elsewhere\/forest\.geojson, outside the dataset folder/);
    expect(r.stderr).toMatch(/2017\/manifest\.json: was not read: a symbolic link to .*elsewhere\/2017\/manifest\.json, outside/);
    expect(JSON.parse(r.stdout).years.reports ?? JSON.parse(r.stdout).years).toBeDefined();
  }, 60000);

  it('check-site: a red-line file that is a symbolic link out of the dataset is not read, and the site is not checked against it', async () => {
    const d = path.join(work, 'linked-red-lines');
    await cp(path.join(FIXTURES, 'district'), d, { recursive: true });
    const away = path.join(await folder('red-lines-away'), 'red-lines.geojson');
    await cp(path.join(d, 'red-lines.geojson'), away);
    await rm(path.join(d, 'red-lines.geojson'));
    await symlink(away, path.join(d, 'red-lines.geojson'));
    const site = path.join(work, 'site.geojson');
    await writeFile(site, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { 名称: '半块地' }, geometry: { type: 'Polygon', coordinates: [[[120.065, 30.045], [120.075, 30.045], [120.075, 30.055], [120.065, 30.055], [120.065, 30.045]]] } }] }));
    const r = await cli('check-site', site, '--data', d, '--json', '--lang', 'en');
    expect(r.stderr).toMatch(/red-lines\.geojson: was not read: a symbolic link to .*red-lines-away\/red-lines\.geojson, outside the dataset folder/);
    expect((JSON.parse(r.stdout) as { sites: { lines: Record<string, { checked: boolean }> }[] }).sites[0]!.lines.redLines).toMatchObject({ checked: false });
  }, 60000);

  it('tiles: a layer named ../../escaped or .. writes nothing outside --out', async () => {
    for (const name of ['../../escaped', '..']) {
      const d = path.join(work, `named-${name.length}`);
      await cp(path.join(FIXTURES, 'two-towns'), d, { recursive: true });
      const m = JSON.parse(await readFile(path.join(d, 'manifest.json'), 'utf8')) as { layers: Record<string, unknown> };
      m.layers[name] = 'parks.geojson';
      await writeFile(path.join(d, 'manifest.json'), JSON.stringify(m));
      const out = path.join(d, 'a', 'b', 'out');
      const r = await cli('tiles', '--data', d, '--out', out, '--db', DB, '--minzoom', '10', '--maxzoom', '10');
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`Layer ${JSON.stringify(name)} `);
      expect(r.stderr).toMatch(/cannot name a folder of .*Rename the layer in manifest\.json, or leave it out with --layers/s);
      // Nothing written: before, `OUT/../../escaped/tiles.json` (and `OUT/../tiles.json`) landed beside OUT.
      expect((await readdir(d)).sort()).toEqual((await readdir(path.join(FIXTURES, 'two-towns'))).sort());
    }
  }, 60000);

  it('tiles: --out naming a file is said plainly (not ENOTDIR)', async () => {
    const f = path.join(await folder('out-file'), 'tiles');
    await writeFile(f, '');
    const r = await cli('tiles', '--data', 'data', '--out', f, '--db', DB);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--out .*tiles is a file, not a folder: name a folder/);
    expect(r.stderr).not.toMatch(/ENOTDIR/);
  }, 60000);

  it('tiles: a layer folder of --out that is a symbolic link out of it is not written through; --manifest refuses a linked manifest', async () => {
    const out = await folder('tiles-out');
    const away = await folder('tiles-away');
    await symlink(away, path.join(out, 'parks'));
    const r = await cli('tiles', '--data', path.join(FIXTURES, 'two-towns'), '--out', out, '--db', DB, '--layers', 'parks', '--minzoom', '10', '--maxzoom', '10');
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/Tiles: .*parks.* symbolic link to .*tiles-away.*not written/);
    expect(await readdir(away)).toEqual([]);

    const d = path.join(work, 'linked-manifest');
    await cp(path.join(FIXTURES, 'two-towns'), d, { recursive: true });
    const real = path.join(await folder('manifest-away'), 'manifest.json');
    await cp(path.join(d, 'manifest.json'), real);
    await rm(path.join(d, 'manifest.json'));
    await symlink(real, path.join(d, 'manifest.json'));
    const m = await cli('tiles', '--data', d, '--out', path.join(d, 'tiles'), '--db', DB, '--layers', 'parks', '--manifest');
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/manifest\.json: was not read: a symbolic link to .*manifest-away\/manifest\.json, outside the dataset folder/);
  }, 60000);
});
