/**
 * The bundled sample data is what the generator writes: `npm run sample` run into a temporary
 * folder (the generator takes the folder as its first argument; data/ by default) reproduces every
 * file of data/ byte for byte. data/README.md is written by hand and is the only other file there.
 * When this fails after a change to src/sample/, run `npm run sample` and commit data/.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/read-fixture.ts';

const ROOT = path.join(FIXTURES, '..', '..');
const DATA = path.join(ROOT, 'data');
const HAND_WRITTEN = ['README.md'];

describe('npm run sample', async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'shangyu-sample-'));
  afterAll(() => rm(out, { recursive: true, force: true }));
  await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'sample', 'generate.ts'), out], { cwd: ROOT });

  /** Every file below a folder, as paths from it (the 2016 baseline is in a subfolder). */
  const files = async (dir: string) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
  it('writes the same files as data/ holds', async () => {
    const inData = (await files(DATA)).filter((f) => !HAND_WRITTEN.includes(f));
    expect(await files(out)).toEqual(inData);
    expect(inData).toContain('2016/manifest.json');
    expect(inData.length).toBeGreaterThan(10);
  });
  it('writes every file byte for byte as in data/', async () => {
    const differing: string[] = [];
    for (const f of await files(out)) {
      const [made, stored] = await Promise.all([readFile(path.join(out, f)), readFile(path.join(DATA, f)).catch(() => null)]);
      if (!stored || !made.equals(stored)) differing.push(f);
    }
    expect(differing).toEqual([]);
  });
});
