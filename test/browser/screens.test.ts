/**
 * Every screen: a phone (390 × 844, and turned), tablets (768 × 1024, and turned) always show the
 * map, with the panels in a bottom sheet or beside it and the layers in a drawer; touch targets of
 * at least 44 px; and the keyboard alone reaches everything: a site typed in, its overlap read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/io.ts';
import { checkSite } from '../../src/core/compute.ts';
import { siteFindings, siteVerdict } from '../../src/core/index.ts';
import { AppDriver, textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { dataset } = await loadDataset((f) => readFile(path.join(ROOT, 'data', f)).then((b) => new Uint8Array(b)).catch(() => null));
const suite = appSuite();
const touch = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** The map canvas's box on the page. */
async function mapBox(app: AppDriver): Promise<{ x: number; y: number; width: number; height: number }> {
  return (await app.page.locator('[data-testid="map"] canvas').boundingBox())!;
}

/** Visible buttons smaller than 44 × 44 px (their text, for the message). */
async function smallTargets(app: AppDriver): Promise<string[]> {
  return app.page.$$eval('button, select, summary, [role=tab]', (els) => els.filter((e) => {
    const r = e.getBoundingClientRect();
    const hidden = r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden';
    return !hidden && r.height < 44 && !e.closest('.maplibregl-ctrl');
  }).map((e) => `${e.tagName} ${(e.textContent ?? '').trim().slice(0, 20)} ${Math.round(e.getBoundingClientRect().height)}px`));
}

describe('on a phone', () => {
  it('shows the map, a menu and a bottom sheet, portrait and landscape', async () => {
    const app = await AppDriver.open(suite.browser, suite.url, '', { width: 390, height: 844 }, '', { device: touch });
    const box = await mapBox(app);
    expect(box.width).toBeGreaterThanOrEqual(389);
    expect(box.height).toBeGreaterThan(300);
    expect(await app.page.isVisible('[data-testid="menu-button"]')).toBe(true);
    expect(await app.page.isVisible('[data-testid="lang-switch"]')).toBe(false);
    // The board is in the sheet below the map.
    const board = (await app.page.locator('[data-testid="board"]').boundingBox())!;
    expect(board.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
    expect(await smallTargets(app)).toEqual([]);
    await app.screenshot('phone-portrait');
    // The menu opens with the header's actions.
    await app.page.tap('[data-testid="menu-button"]');
    expect(await app.page.isVisible('[data-testid="lang-switch"]')).toBe(true);
    await app.screenshot('phone-menu');
    await app.page.tap('[data-testid="menu-button"]');
    // A tapped section opens its details in the sheet.
    const s = dataset!.layers.sections!.features.find((f) => f.properties.id === 'SY39')!;
    const [lon, lat] = (s.geometry as { coordinates: number[] }).coordinates as [number, number];
    await app.page.evaluate(([x, y]) => window.__ecoMap!.fitBounds([x! - 0.02, y! - 0.02, x! + 0.02, y! + 0.02], 12), [lon, lat]);
    await app.mapIdle();
    const p = await app.page.evaluate(([x, y]) => window.__ecoMap!.project(x!, y!), [lon, lat]);
    const c = await mapBox(app);
    await app.page.touchscreen.tap(c.x + p.x, c.y + p.y);
    expect(await textOf(app.page.getByTestId('inspector-name'))).toBe('陈溪');
    // The details open at their top: the name is on screen (it opened scrolled to the bottom).
    const inView = async () => { const b = (await app.page.getByTestId('inspector-name').boundingBox())!; return b.y >= 0 && b.y + b.height <= 844; };
    await expect.poll(inView).toBe(true);
    // Search from the menu: Enter goes to the section and closes the menu over the map.
    await app.page.tap('[data-testid="menu-button"]');
    await app.page.fill('[data-testid="search-input"]', '陈溪');
    await app.page.press('[data-testid="search-input"]', 'Enter');
    await app.page.waitForFunction(() => !document.querySelector('.app')?.classList.contains('menu-open'));
    expect(await app.page.isVisible('[data-testid="lang-switch"]')).toBe(false);
    await expect.poll(inView).toBe(true);
    await app.screenshot('phone-inspector');
    // Turned: the map and the panel side by side, the map still visible.
    await app.page.setViewportSize({ width: 844, height: 390 });
    // The map follows its container's new size (a ResizeObserver tells MapLibre).
    await app.page.waitForFunction(() => (document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement).clientWidth > 400);
    const turned = await mapBox(app);
    expect(turned.width).toBeGreaterThan(400);
    expect(turned.height).toBeGreaterThan(300);
    await app.screenshot('phone-landscape');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('on a tablet', () => {
  it('shows the map with the panel beside it and the layers in a drawer, portrait and landscape', async () => {
    const app = await AppDriver.open(suite.browser, suite.url, '', { width: 768, height: 1024 }, '', { device: touch });
    const box = await mapBox(app);
    expect(box.width).toBeGreaterThan(400);
    expect(box.height).toBeGreaterThan(900);
    expect(await app.page.isVisible('[data-testid="layer-redLines"]')).toBe(false);
    await app.page.tap('[data-testid="layers-button"]');
    await app.page.waitForFunction(() => document.querySelector('.left')!.getBoundingClientRect().left >= -1);
    expect(await app.page.isVisible('[data-testid="layer-redLines"]')).toBe(true);
    expect(await smallTargets(app)).toEqual([]);
    await app.screenshot('tablet-portrait-layers');
    await app.page.keyboard.press('Escape');
    await app.page.setViewportSize({ width: 1024, height: 768 });
    await app.page.waitForFunction(() => (document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement).clientWidth > 600);
    const turned = await mapBox(app);
    expect(turned.width).toBeGreaterThan(600);
    await app.screenshot('tablet-landscape');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('with the keyboard alone', () => {
  it('types a site in and reads its overlap with the red line', async () => {
    const app = suite.app;
    const page = app.page;
    // Shortcut 4: the sites tab. Then Tab to "Enter coordinates…", open it, type the corners.
    await page.locator('body').focus();
    await page.keyboard.press('4');
    await page.waitForSelector('[data-testid="sites-panel"]');
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.closest('[data-testid="coords-entry"]') !== null)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('coords-text');
    // The corners of the site the drawing test draws across 东部丘陵水土保持生态保护红线.
    await page.keyboard.type('120.989, 29.927\n120.998, 29.927\n120.998, 29.934\n120.989, 29.934');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('coords-add');
    await page.keyboard.press('Enter');
    const ring = [[120.989, 29.927], [120.998, 29.927], [120.998, 29.934], [120.989, 29.934], [120.989, 29.927]];
    const expected = checkSite({ type: 'Polygon', coordinates: [ring] }, dataset!);
    expect(expected.overlaps.map((o) => o.name)).toEqual(['东部丘陵水土保持生态保护红线']);
    const rows = await app.overlapRows();
    expect(rows[0]![1]).toBe('东部丘陵水土保持生态保护红线');
    expect(await textOf(page.getByTestId('site-status'))).toBe(siteVerdict(siteFindings(expected), 'zh').text);
    // Esc cancels drawing.
    await page.focus('[data-testid="draw-site"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="cancel-draw"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="draw-site"]');
    // The help dialog lists the shortcuts, and Esc closes it.
    await page.locator('body').focus();
    await page.keyboard.press('?');
    await page.waitForSelector('[data-testid="help-dialog"]');
    await app.screenshot('keyboard-help');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid="help-dialog"]').count()).toBe(0);
    // Every focusable control shows a focus ring (checked on the header's dark background).
    await page.focus('[data-testid="lang-switch"]');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  });
});
