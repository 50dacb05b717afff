/**
 * The province dataset for scale tests (npm run sample -- --province DIR --parcels N): Zhejiang's
 * real county outlines, synthetic parcels wholly inside a county, and `--by counties` on it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { locatePoint } from '../src/core/geo/point-location.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

const run = promisify(execFile);
const ROOT = path.join(FIXTURES, '..', '..');

describe('the province dataset', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shangyu-province-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'sample', 'generate.ts'), '--province', dir, '--parcels', '8000'], { cwd: ROOT });
  const read = async (f: string) => JSON.parse(await readFile(path.join(dir, f), 'utf8')) as { features: { properties: Record<string, string>; geometry: { type: string; coordinates: number[][][] | number[][][][] } }[] };

  it('has the 89 counties of Zhejiang, and parcels each wholly inside its county', async () => {
    const counties = (await read('counties.geojson')).features;
    expect(counties.length).toBe(89);
    expect(counties.map((c) => c.properties.name)).toEqual(expect.arrayContaining(['上虞区', '西湖区', '普陀区', '龙泉市']));
    const parcels = (await read('forest-parcels.geojson')).features;
    expect(parcels.length).toBeGreaterThan(4000);
    const byName = new Map(counties.map((c) => [c.properties.name, c.geometry]));
    for (const p of parcels.filter((_, i) => i % 97 === 0)) {
      const g = byName.get(p.properties.county!)!;
      const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
      for (const v of (p.geometry.coordinates as number[][][])[0]!) expect(polys.some((rings) => locatePoint(v[0]!, v[1]!, rings) !== 'outside'), p.properties.id).toBe(true);
    }
  });

  it('gives every county its indicators with --by counties; the counties tile the province', async () => {
    await run(process.execPath, [path.join(ROOT, 'src', 'cli', 'build-cli.mjs')], { cwd: ROOT });
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'dist', 'cli', 'indicators.mjs'), '--data', dir, '--by', 'counties', '--json'], { cwd: ROOT, maxBuffer: 1 << 26 });
    const j = JSON.parse(stdout) as { indicators: { id: string; value: number | null; details: Record<string, number> }[]; byZone: { zones: { name: string; areaKm2: number; indicators: Record<string, number | null> }[] } };
    expect(j.byZone.zones.length).toBe(89);
    const district = j.indicators.find((i) => i.id === 'protectedShare')!.details.boundaryAreaM2! / 1e6;
    expect(Math.abs(j.byZone.zones.reduce((s, z) => s + z.areaKm2, 0) - district) / district).toBeLessThan(1e-6);
    expect(j.byZone.zones.every((z) => z.indicators.forestCoverage !== null && z.indicators.forestCoverage! >= 0 && z.indicators.forestCoverage! <= 100)).toBe(true);
  }, 180000);
});
