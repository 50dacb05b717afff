/**
 * A dataset served beside the app (`?data=tiled-data/`) whose forest parcels are drawn from the
 * vector tiles `npm run tiles` cut in PostGIS (the server `.ci/run` starts: SHANGYU_TEST_DB):
 * the map draws and picks the parcels from the tiles without loading them, every request stays
 * on the app's own server, and forest coverage says it is computed by the CLI.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pointOnFeature from '@turf/point-on-feature';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDataset } from '../../src/core/data/load-dataset.ts';
import { AppDriver, textOf } from './app-driver.ts';
import { launchChromium } from './chromium.ts';
import { requireTestDb, TEST_DB } from '../helpers/test-db.ts';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const DB = TEST_DB;
let dir = '';
let browser: Browser;
let app: AppDriver;
type Parcel = { properties: Record<string, unknown>; geometry: import('geojson').Polygon };
let parcels: Parcel[] = [];

beforeAll(async () => {
  requireTestDb();
  await run(process.execPath, [path.join(ROOT, 'src', 'cli', 'build-cli.mjs')], { cwd: ROOT });
  dir = await mkdtemp(path.join(os.tmpdir(), 'shangyu-tiled-data-'));
  await cp(path.join(ROOT, 'data'), dir, { recursive: true });
  await run(process.execPath, [path.join(ROOT, 'dist', 'cli', 'tiles.mjs'), '--data', dir, '--out', path.join(dir, 'tiles'), '--db', DB, '--layers', 'forestParcels', '--minzoom', '9', '--maxzoom', '14', '--manifest'], { cwd: ROOT });
  // The parcels as the CLI loads them (canonical attribute names; the file's are Chinese).
  const { dataset } = await loadDataset(async (f) => readFile(path.join(dir, f)).then((b) => new Uint8Array(b), () => null));
  parcels = dataset!.layers.forestParcels!.features as unknown as Parcel[];
  browser = await launchChromium();
  app = await AppDriver.open(browser, inject('appUrl'), '', undefined, 'data=tiled-data/', { serve: { prefix: '/tiled-data/', dir } });
}, 180000);
afterAll(async () => {
  await app?.close();
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a dataset whose forest parcels come as vector tiles', () => {
  it('loads from the app’s own server and says forest coverage is computed by the CLI from the file', async () => {
    expect(app.served).toContain('/tiled-data/manifest.json');
    // The parcels' GeoJSON is never fetched: the app draws them from the tiles.
    // (The 2016 baseline's parcels are files: the year comparison loads them.)
    expect(app.served).not.toContain('/tiled-data/forest-parcels.geojson');
    await app.tab('board');
    const forest = app.page.locator('[data-testid="indicator-forestCoverage"]');
    expect(await forest.getAttribute('data-status')).not.toBe('pass');
    expect(await textOf(forest)).toMatch(/仅以矢量瓦片显示/);
    // The other indicators are computed as ever (protected share from its layers).
    expect(await app.page.locator('[data-testid="indicator-protectedShare"]').getAttribute('data-status')).toMatch(/pass|fail/);
    expect(app.external).toEqual([]);
  });

  it('draws each parcel from its tiles with its attributes, and picks it on a click', async () => {
    const k = 7;
    const p = parcels[k]!;
    const ring = p.geometry.coordinates[0]!;
    const xs = ring.map((c) => c[0]!), ys = ring.map((c) => c[1]!);
    // Forest parcels are off at first, as ever: switched on in the layer list.
    await app.page.locator('[data-testid="layer-forestParcels"] .layer-toggle input').check();
    await app.page.evaluate((b) => window.__ecoMap!.fitBounds(b, 14), [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as [number, number, number, number]);
    await app.mapIdle();
    const drawn = await app.page.evaluate(() => window.__ecoMap!.renderedFeatures('forestParcels-fill').map((f) => f.properties));
    const mine = drawn.find((f) => f._i === k);
    expect(mine, 'the parcel is drawn from the tiles').toBeDefined();
    expect(mine).toMatchObject({ id: p.properties.id, landClass: p.properties.landClass });
    // Every parcel drawn is one of the file's, with the file's land class.
    for (const f of drawn) expect(f.landClass, `parcel ${String(f._i)}`).toBe(parcels[f._i as number]!.properties.landClass);
    expect(app.served.some((s) => /^\/tiled-data\/tiles\/forestParcels\/14\/\d+\/\d+\.pbf$/.test(s))).toBe(true);
    const [lon, lat] = pointOnFeature(p as never).geometry.coordinates as [number, number];
    await app.clickMap(lon, lat);
    await app.page.waitForSelector('[data-testid="inspector-from-tiles"]');
    expect(await textOf(app.page.getByTestId('inspector-name'))).toBe(String(p.properties.id));
    // The attributes in the tile, the file's own (Chinese) names included.
    await app.page.locator('[data-testid="inspector"] details summary').click();
    const attributes = await textOf(app.page.locator('[data-testid="inspector"] table.attributes'));
    expect(attributes).toContain(String(p.properties.landClass));
    expect(attributes).toContain('优势树种');
    // The layer list offers the layer, without a table (its features are not loaded).
    expect(await app.page.locator('[data-testid="table-forestParcels"]').isDisabled()).toBe(true);
    expect(app.external).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.screenshot('dataset-tiles');
  });
});

describe('a province as a static site: the app and a dataset folder beside it', () => {
  let province = '';
  let page: AppDriver;
  let cli: { id: string; value: number | null }[] = [];
  beforeAll(async () => {
    province = await mkdtemp(path.join(os.tmpdir(), 'shangyu-province-site-'));
    await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'sample', 'generate.ts'), '--province', province, '--parcels', '8000'], { cwd: ROOT });
    await run(process.execPath, [path.join(ROOT, 'dist', 'cli', 'tiles.mjs'), '--data', province, '--out', path.join(province, 'tiles'), '--db', DB, '--layers', 'forestParcels', '--minzoom', '6', '--maxzoom', '11', '--manifest'], { cwd: ROOT });
    cli = (JSON.parse((await run(process.execPath, [path.join(ROOT, 'dist', 'cli', 'indicators.mjs'), '--data', province, '--json'], { cwd: ROOT, maxBuffer: 1 << 26 })).stdout) as { indicators: { id: string; value: number | null }[] }).indicators;
    page = await AppDriver.open(browser, inject('appUrl'), '', undefined, 'data=province/', { serve: { prefix: '/province/', dir: province } });
  }, 180000);
  afterAll(async () => {
    await page?.close();
    if (province) await rm(province, { recursive: true, force: true });
  });

  it('shows the province’s counties with the CLI’s protected share, and the forest parcels from their tiles, all from the one server', async () => {
    await page.tab('board');
    // The header names the dataset, which is not the app's own.
    expect(await textOf(page.page.getByTestId('dataset-name'))).toBe('浙江省（示意）');
    const share = cli.find((i) => i.id === 'protectedShare')!.value!;
    expect(await textOf(page.page.locator('[data-testid="indicator-protectedShare"]'))).toContain(`${share.toFixed(2)} %`);
    // Computed in the browser's report worker, by GEOS as in the CLI.
    expect(await textOf(page.page.getByTestId('board-method'))).toBe('叠加计算：GEOS 3.13.0 (WebAssembly)；面积为 WGS84 椭球面积');
    expect(await textOf(page.page.locator('[data-testid="indicator-forestCoverage"]'))).toMatch(/仅以矢量瓦片显示/);
    await page.page.locator('[data-testid="layer-forestParcels"] .layer-toggle input').check();
    await page.page.evaluate(() => window.__ecoMap!.fitBounds([120.4, 29.9, 120.9, 30.3], 11));
    await page.mapIdle();
    expect(await page.renderedCount('forestParcels-fill')).toBeGreaterThan(20);
    expect(await page.renderedCount('boundary-line')).toBeGreaterThan(0);
    expect(page.served.some((s) => /^\/province\/tiles\/forestParcels\/(9|10|11)\/\d+\/\d+\.pbf$/.test(s))).toBe(true);
    expect(page.served).not.toContain('/province/forest-parcels.geojson');
    expect(page.external).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.screenshot('province-site');
  });
});
