/**
 * Opening a dataset with mistakes shows them in a panel (file, feature, what is wrong) instead of
 * a blank page; a dataset that cannot be loaded at all leaves the current data on the map.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './app-driver.ts';
import { launchChromium } from './chromium.ts';

const FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures');
let browser: Browser;
let app: AppDriver;

beforeAll(async () => {
  browser = await launchChromium();
  app = await AppDriver.open(browser, inject('appUrl'));
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

async function folder(name: string): Promise<Record<string, string>> {
  const dir = path.join(FIXTURES, name);
  const out: Record<string, string> = {};
  for (const f of await readdir(dir)) out[f] = await readFile(path.join(dir, f), 'utf8');
  return out;
}

describe('opening a dataset', () => {
  it('keeps the current data when the new one cannot be loaded at all', async () => {
    await app.openDataset({ 'manifest.json': '{"layers": {,}' });
    const lines = await app.issueLines();
    expect(lines[0]).toBe('该数据集无法加载，仍显示原数据。');
    expect(lines[1]).toMatch(/^manifest\.json.*is not valid JSON/);
    expect(await app.renderedCount('sections-circle')).toBe(40);
    await app.page.click('[data-testid="issues-panel"] .close');
  });

  it('lists every problem of a dataset with mistakes and draws what is usable', async () => {
    await app.openDataset(await folder('invalid'));
    const lines = await app.issueLines();
    expect(lines.some((l) => /^red-lines\.geojson #1 \(RL-2\)has no "name" property/.test(l))).toBe(true);
    expect(lines.some((l) => /^projected\.geojson.*look projected/.test(l))).toBe(true);
    expect(lines.some((l) => /^sections\.geojson #1 \(BAD1\)level "区控" is not a monitoring level/.test(l))).toBe(true);
    await app.page.waitForSelector('.app[data-status="ready"]');
    await app.mapIdle();
    // The good red line, the repaired bow-tie and the closed ring are drawn; two valid sections.
    expect(await app.renderedCount('redLines-line')).toBeGreaterThan(0);
    expect(await app.renderedCount('sections-circle')).toBe(2);
    await app.screenshot('app-issues');
    expect(app.external).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
