/**
 * First load, measured side by side in one run: when the app's board has its numbers (and its first
 * contentful paint), against when a bare MapLibre page drawing the same layers (bare-map/) is idle.
 * Each figure is the median of several loads, each in a fresh browser context (no cache).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Builds and serves the bare MapLibre page; returns its URL and a stop function. */
export async function serveBareMap(): Promise<{ url: string; close: () => Promise<void> }> {
  const root = path.join(HERE, 'bare-map');
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'shangyu-eco-map-bare-'));
  await build({ root, configFile: false, publicDir: false, logLevel: 'warn', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 3000 } });
  const server = await preview({ root, configFile: false, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: async () => { await server.close(); await rm(outDir, { recursive: true, force: true }); } };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface FirstLoad {
  /** Navigation to the board having its values, ms (median). */
  readonly boardMs: number;
  /** First contentful paint of the app, ms (median). */
  readonly fcpMs: number;
  /** Navigation to the bare MapLibre page's first idle, ms (median). */
  readonly bareIdleMs: number;
  readonly loads: number;
}

/** Loads the app and the bare page `loads` times each, alternating, and takes the medians. */
export async function firstLoad(browser: Browser, appUrl: string, bareUrl: string, loads = 3): Promise<FirstLoad> {
  const board: number[] = [];
  const fcp: number[] = [];
  const bare: number[] = [];
  const viewport = { width: 1600, height: 950 };
  for (let i = 0; i < loads; i++) {
    const a = await browser.newContext({ viewport });
    const page = await a.newPage();
    await page.goto(appUrl);
    await page.waitForSelector('[data-testid="indicator-protectedShare"][data-value]:not([data-value=""])', { timeout: 120000, state: 'attached' });
    board.push(await page.evaluate(() => performance.now()));
    fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await a.close();
    const b = await browser.newContext({ viewport });
    const bp = await b.newPage();
    await bp.goto(bareUrl);
    await bp.waitForFunction(() => window.__bareIdle !== undefined, null, { timeout: 120000 });
    bare.push(await bp.evaluate(() => window.__bareIdle!));
    await b.close();
  }
  return { boardMs: median(board), fcpMs: median(fcp), bareIdleMs: median(bare), loads };
}

declare global { interface Window { __bareIdle?: number } }
