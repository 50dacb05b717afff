/**
 * `npm run indicators -- --engine postgis --db URL`: the area indicators' overlays computed in a
 * PostGIS server give the JS engine's report, to 1e-9, on the sample and on the district fixture.
 * Needs a PostgreSQL server with PostGIS, as `.ci/run` starts one: the database is
 * SHANGYU_TEST_DB (default postgresql:///shangyu_test, the local server's socket).
 */
import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/read-fixture.ts';
import { relDiff } from './helpers/closed-form.ts';

const run = promisify(execFile);
const ROOT = path.join(FIXTURES, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'indicators.mjs');
const DB = process.env.SHANGYU_TEST_DB ?? 'postgresql:///shangyu_test';

interface Json { indicators: { id: string; value: number | null; source: string; complete: boolean; pass: boolean | null; details: Record<string, unknown> }[] }
const report = async (...args: string[]) => JSON.parse((await run(process.execPath, [CLI, '--json', ...args], { cwd: ROOT, maxBuffer: 1 << 26 })).stdout) as Json;

beforeAll(async () => {
  const r = spawnSync('psql', ['-X', '-At', '-d', DB, '-c', 'select 1'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(`No PostgreSQL server at ${DB} (${(r.error?.message ?? r.stderr).trim()}). Start one with PostGIS as .ci/run does: apt-get install -y postgresql postgis; pg_ctlcluster 15 main start; su postgres -c "createuser -s $USER"; createdb shangyu_test — or set SHANGYU_TEST_DB.`);
  }
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

  it('refuses to run without a server named, saying how to name one', async () => {
    const r = await run(process.execPath, [CLI, '--engine', 'postgis'], { cwd: ROOT, env: { ...process.env, PGHOST: '', PGDATABASE: '' } }).catch((e: { code: number; stderr: string }) => e);
    expect((r as { code: number }).code).toBe(1);
    expect((r as { stderr: string }).stderr).toMatch(/--engine postgis needs a server: --db postgres:\/\/host\/database/);
  });
});
