/**
 * English mode (#lang=en): the board with its reported indicators and the years panel, the layers
 * panel and legend, the sections tab and the inspector of a 劣V section, the towns tab and the help
 * dialog show no Chinese except names from the data. The allowed Chinese is read from the data
 * files (every string property and attribute name of every layer, the dataset's name, the
 * monitoring sheet's column names), not typed here; the one other is the language switch's own
 * name (中文, from the catalog). The header's buttons keep to one line each at
 * 1600 × 950, 1920 × 1080 and on a 1024 × 768 tablet.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { computeReport } from '../../src/core/compute.ts';
import { translate } from '../../src/core/i18n/ui.ts';
import { loadDataset } from '../../src/core/io.ts';
import { AppDriver, selectFit, textOf } from './app-driver.ts';
import { launchChromium } from './chromium.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const DATA = path.join(ROOT, 'data');
const { dataset } = await loadDataset((f) => readFile(path.join(DATA, f)).then((b) => new Uint8Array(b)).catch(() => null));
const report = computeReport(dataset!);
/** A section of class 劣V in the sample (the CLI's JSON keeps the Chinese label). */
const worst = report.sections.find((s) => s.cls === 6)!;

/** Runs of Chinese characters and full-width punctuation. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu;

/** Every CJK run of the data's own words: string values and attribute names of each layer (all years), the dataset's name, the monitoring sheets' column names. */
async function dataWords(): Promise<Set<string>> {
  const words = new Set<string>();
  const add = (s: string) => { for (const m of s.matchAll(CJK)) words.add(m[0]); };
  add(dataset!.manifest.name);
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) await walk(file);
      else if (e.name.endsWith('.geojson')) {
        const fc = JSON.parse(await readFile(file, 'utf8')) as { features: { properties: Record<string, unknown> | null }[] };
        for (const f of fc.features) {
          for (const [k, v] of Object.entries(f.properties ?? {})) {
            add(k);
            if (typeof v === 'string') add(v);
          }
        }
      } else if (e.name.endsWith('.csv')) {
        const header = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
        for (const cell of header.split(',')) add(cell);
      }
    }
  };
  await walk(DATA);
  add(translate('en', 'language'));
  return words;
}
const allowed = await dataWords();

/** Everything the page shows as text in a part of it: its text, tooltips, labels, placeholders and SVG text. */
async function shownText(page: Page, selector = 'body'): Promise<string> {
  return page.$eval(selector, (root) => {
    const parts = [(root as HTMLElement).innerText];
    for (const e of root.querySelectorAll('[title], [aria-label], [placeholder]')) {
      for (const a of ['title', 'aria-label', 'placeholder']) { const v = e.getAttribute(a); if (v) parts.push(v); }
    }
    for (const e of root.querySelectorAll('svg text')) parts.push(e.textContent ?? '');
    return parts.join('\n');
  });
}

/** The Chinese in `text` that is not a word of the data, with a little context for the message. */
function strayChinese(text: string): string[] {
  const stray = new Set<string>();
  for (const m of text.matchAll(CJK)) {
    if (!allowed.has(m[0])) stray.add(text.slice(Math.max(0, m.index - 15), m.index + m[0].length + 15).replace(/\s+/g, ' '));
  }
  return [...stray];
}

/** Height of each visible header button and whether its text fits on one line. */
async function headerButtons(page: Page): Promise<{ text: string; height: number; lines: number }[]> {
  return page.$$eval('.app-header button', (els) => els.filter((e) => e.getBoundingClientRect().width > 0 && getComputedStyle(e).visibility !== 'hidden').map((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    return { text: (e.textContent ?? '').trim(), height: Math.round(e.getBoundingClientRect().height), lines: tops.size };
  }));
}

let browser: Browser;
let url: string;
let app: AppDriver;

beforeAll(async () => {
  url = inject('appUrl');
  browser = await launchChromium();
  app = await AppDriver.open(browser, url, 'lang=en');
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('English mode', () => {
  it('the sample has a 劣V section to look at', () => {
    expect(worst).toBeDefined();
    expect(allowed.has(worst.name)).toBe(true);
  });

  it('shows no Chinese on the board (reported indicators, years) except data names', async () => {
    const page = app.page;
    expect(await textOf(page.getByTestId('lang-switch'))).toBe('中文');
    await app.tab('board');
    await page.waitForSelector('[data-testid="years-panel"]', { timeout: 60000 });
    expect(await textOf(page.getByTestId('indicator-ecologicalIndexRating'))).toContain('excellent');
    const board = await shownText(page, '[data-testid="board"]');
    expect(board).toContain('Shangyu statistics');
    expect(board).toContain('(eliminate V, reduce IV, increase III)');
    expect(strayChinese(board)).toEqual([]);
    expect(strayChinese(await shownText(page, '.app-header'))).toEqual([]);
    await app.screenshot('english-board');
  });

  it('shows no Chinese in the layers panel and legend', async () => {
    const page = app.page;
    const legend = await shownText(page, '.left');
    expect(legend).toContain('worse than V');
    expect(strayChinese(legend)).toEqual([]);
    // The map labels the 劣V section in English too (the label text of its point).
    const label = await page.evaluate((id) => window.__ecoMap!.renderedFeatures('sections-circle').find((f) => f.properties.id === id)?.properties._label, worst.id);
    expect(label).toBe('worse than V');
    await app.screenshot('english-layers');
  });

  it('shows a 劣V section in English in the sections table and its inspector', async () => {
    const page = app.page;
    await app.tab('sections');
    const row = page.getByTestId(`section-row-${worst.id}`);
    expect(await textOf(row)).toContain('worse than V');
    const sections = await shownText(page, '.right');
    expect(strayChinese(sections)).toEqual([]);
    await app.screenshot('english-sections');
    await row.click();
    await app.tab('inspector');
    expect(await textOf(page.getByTestId('inspector-name'))).toBe(worst.name);
    expect(await textOf(page.getByTestId('inspector-class'))).toBe('worse than V');
    const inspector = await shownText(page, '.right');
    // The month chart: each 劣V month's label reads "worse / than V" under its bar.
    const worseMonths = await page.locator('[data-testid="month-chart"] rect[data-class="劣V"]').count();
    expect(worseMonths).toBeGreaterThan(0);
    const labels = await page.$$eval('[data-testid="month-chart"] text', (ts) => ts.map((t) => t.textContent));
    expect(labels.filter((l) => l === 'worsethan V')).toHaveLength(worseMonths);
    expect(strayChinese(inspector)).toEqual([]);
    await app.screenshot('english-inspector');
  });

  it('shows no Chinese in the towns tab except town names', async () => {
    await app.tab('towns');
    await app.page.waitForSelector('[data-testid="towns-rank"]', { timeout: 60000 });
    const towns = await shownText(app.page, '.right');
    expect(strayChinese(towns)).toEqual([]);
    // The indicator choice, as wide as its longest English name unless allowed to shrink, stays inside the panel.
    const fit = await selectFit(app.page, 'towns-panel');
    expect(fit.selectRight).toBeLessThanOrEqual(fit.panelRight);
    expect(fit.overflow).toBe(0);
    await app.screenshot('english-towns');
  });

  it('shows no Chinese in the help dialog', async () => {
    const page = app.page;
    await page.click('[data-testid="help-button"]');
    await page.waitForSelector('[data-testid="help-dialog"]');
    await page.$$eval('[data-testid="help-dialog"] details', (ds) => { for (const d of ds) (d as HTMLDetailsElement).open = true; });
    const help = await shownText(page, '[data-testid="help-dialog"]');
    expect(help).toContain('(eliminate V, reduce IV, increase III)');
    expect(strayChinese(help)).toEqual([]);
    await app.screenshot('english-help');
    await page.keyboard.press('Escape');
  });

  it('shows no Chinese anywhere on the page after all that', async () => {
    expect(strayChinese(await shownText(app.page))).toEqual([]);
    expect(app.external).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  for (const viewport of [{ width: 1600, height: 950 }, { width: 1920, height: 1080 }, { width: 1024, height: 768 }]) {
    it(`keeps each header button on one line at ${viewport.width} × ${viewport.height}`, async () => {
      const other = await AppDriver.open(browser, url, 'lang=en', viewport);
      const buttons = await headerButtons(other.page);
      expect(buttons.map((b) => b.text)).toContain('中文');
      for (const b of buttons) expect(b.lines, b.text).toBe(1);
      expect(new Set(buttons.map((b) => b.height)).size, JSON.stringify(buttons)).toBe(1);
      const header = (await other.page.locator('.app-header').boundingBox())!;
      const h1 = (await other.page.locator('.app-header h1').boundingBox())!;
      // One row: the header is not much taller than its title.
      expect(header.height).toBeLessThan(h1.height + 24);
      await other.screenshot(`english-header-${viewport.width}`);
      if (viewport.width < 1200) {
        // The less-used actions are in the ☰ menu, one line each too.
        expect(await other.page.isVisible('[data-testid="export-button"]')).toBe(false);
        await other.page.click('[data-testid="menu-button"]');
        await other.page.waitForSelector('[data-testid="export-button"]', { state: 'visible' });
        const inMenu = await headerButtons(other.page);
        expect(inMenu.map((b) => b.text)).toEqual(expect.arrayContaining(['Open dataset…', 'Export map', 'Exhibition mode']));
        for (const b of inMenu) expect(b.lines, b.text).toBe(1);
        await other.screenshot(`english-header-${viewport.width}-menu`);
      }
      await other.close();
    });
  }
});
