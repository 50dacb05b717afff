/**
 * Credentials never follow data (issue 27 §2): no password in a manifest's "database" in any form,
 * and the database a dataset names is connected to only when the user confirms it with --db.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseHasPassword } from '../src/core/data/parse-manifest.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

const run = promisify(execFile);
const ROOT = path.join(FIXTURES, '..', '..');
let work = '';

beforeAll(async () => {
  await run(process.execPath, [path.join(ROOT, 'src', 'cli', 'build-cli.mjs')], { cwd: ROOT });
  work = await mkdtemp(path.join(os.tmpdir(), 'shangyu-credentials-'));
}, 120000);
afterAll(async () => { if (work) await rm(work, { recursive: true, force: true }); });

describe('databaseHasPassword', () => {
  it('finds a password in user info and in any parameter naming one, however encoded', () => {
    for (const url of [
      'postgres://me:secret@gis.example/db',
      'postgresql://me:@gis.example/db',
      'postgres://me:s%40cret@gis.example/db',
      'postgres://me%3Asecret@gis.example/db',
      'postgres://a@h1,me:x@h2/db',
      'postgres://gis.example/db?password=x',
      'postgres://gis.example/db?PASSWORD=x',
      'postgres://gis.example/db?sslmode=require&pass%77ord=x',
      'postgres://gis.example/db?%70%61%73%73%77%6f%72%64=x',
      'postgres://gis.example/db?pass%2577ord=x',
      'postgres://gis.example/db?passfile=/tmp/p',
      'postgres://gis.example/db?sslpassword=x',
      'postgres://gis.example/db?password =x',
      'postgres://gis.example/db?dbname=password%3Dx',
    ]) expect(databaseHasPassword(url), url).toBe(true);
  });
  it('lets a URL without one pass', () => {
    for (const url of ['postgres://gis.example/db', 'postgres://me@gis.example:5433/db', 'postgres://h1:5432,h2:5433/db?sslmode=require', 'postgres://gis.example/passau?application_name=map']) {
      expect(databaseHasPassword(url), url).toBe(false);
    }
  });
});

/** Runs the built indicators command; its exit code and output. */
async function indicators(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.PGHOST; delete env.PGDATABASE;
  try {
    return { code: 0, ...(await run(process.execPath, [path.join(ROOT, 'dist', 'cli', 'indicators.mjs'), ...args], { cwd: ROOT, env })) };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

/** A copy of two-towns whose forest is a table of `database` (in the manifest, or a year's). */
async function datasetAsking(name: string, database: string, inYear = false): Promise<string> {
  const d = path.join(work, name);
  await cp(path.join(FIXTURES, 'two-towns'), d, { recursive: true });
  const m = JSON.parse(await readFile(path.join(d, 'manifest.json'), 'utf8')) as Record<string, unknown> & { layers: Record<string, unknown> };
  if (!inYear) {
    m.database = database;
    m.layers.forestParcels = { table: 'public.forest', geometry: 'geom' };
  } else {
    const y = { ...m, year: 2016, database, layers: { ...m.layers, forestParcels: { table: 'public.forest', geometry: 'geom' } } };
    await writeFile(path.join(d, 'y2016.json'), JSON.stringify(y).replace(/"([a-z-]+\.geojson)"/g, '"$1"'));
    m.years = { 2016: 'y2016.json' };
  }
  await writeFile(path.join(d, 'manifest.json'), JSON.stringify(m));
  return d;
}

describe('the database a dataset names', () => {
  // Port 1 on this machine: a connection attempt fails at once and says so, which shows whether one was made.
  const ASKED = 'postgres://127.0.0.1:1/stolen';

  it('is not connected to without --db: the command stops, naming the server', async () => {
    const r = await indicators('--data', await datasetAsking('asks', ASKED), '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the dataset asks for the database postgres:\/\/127\.0\.0\.1:1\/stolen for its table layers/);
    expect(r.stderr).toMatch(/If you trust it, run again with --db postgres:\/\/127\.0\.0\.1:1\/stolen/);
    // Said as a refusal, not as a file that could not be read.
    expect(r.stderr).toMatch(/manifest\.json: was not read: .* — A dataset is read only from inside its own folder, and the database it names is used only when you give it with --db\./);
    expect(r.stderr).not.toMatch(/Connection refused|could not connect/i);
  }, 60000);

  it('is used when --db names it (the user confirms): the connection is tried there', async () => {
    const r = await indicators('--data', await datasetAsking('confirmed', ASKED), '--db', ASKED, '--json');
    expect(r.stderr).not.toMatch(/asks for the database/);
    expect(r.stderr).toMatch(/127\.0\.0\.1.*port 1|Connection refused|could not connect/i);
  }, 60000);

  it('in another year\'s manifest stops that year too', async () => {
    const r = await indicators('--data', await datasetAsking('year-asks', ASKED, true), '--years', '--json');
    expect(r.stderr).toMatch(/y2016\.json: was not read: the dataset asks for the database postgres:\/\/127\.0\.0\.1:1\/stolen/);
    expect(r.stderr).not.toMatch(/Connection refused|could not connect/i);
  }, 60000);

  it('with a password in any form is refused by the loader and never connected to', async () => {
    const r = await indicators('--data', await datasetAsking('password', 'postgres://127.0.0.1:1/db?pass%2577ord=x'), '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds a password, which a dataset may never give/);
    expect(r.stderr).not.toMatch(/Connection refused|could not connect/i);
  }, 60000);
});
