/**
 * The By-town view as a planner uses it: the towns coloured by an indicator with classes around
 * its target, ranked best first, a town's card from the ranking or from a click on the map, another
 * indicator chosen. Expected values are the core's per-town values (checked by hand on
 * test/fixtures/two-towns in test/by-zone.test.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/io.ts';
import { indicatorsByZone } from '../../src/core/zones/by-zone.ts';
import { classColor, targetClasses } from '../../src/map/choropleth.ts';
import { selectFit, textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { dataset } = await loadDataset((f) => readFile(path.join(ROOT, 'data', f)).then((b) => new Uint8Array(b)).catch(() => null));
const towns = indicatorsByZone(dataset!, 'towns').zones;
const zh2 = (v: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
const best = (id: string) => [...towns].filter((z) => z.indicators[id] !== null).sort((a, b) => b.indicators[id]! - a.indicators[id]! || a.index - b.index);
const suite = appSuite();

describe('by town', () => {
  it('colours the towns by protected share around the 22 % target and ranks them best first', async () => {
    const page = suite.app.page;
    await suite.app.tab('towns');
    await page.waitForSelector('[data-testid="towns-rank"]', { timeout: 60000 });
    const rows = await page.$$eval('[data-testid="towns-rank"] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.length).toBe(21);
    const ranked = best('protectedShare');
    expect(rows.slice(0, 3)).toEqual(ranked.slice(0, 3).map((z, k) => [String(k + 1), z.name, `${zh2(z.indicators.protectedShare!)} %`, z.indicators.protectedShare! >= 22 ? '达标' : '未达标']));
    expect(await page.$$eval('[data-testid="towns-legend"] li', (l) => l.map((x) => x.textContent))).toEqual(['< 11.0 %', '11.0 – 16.5 %', '16.5 – 22.0 %', '22.0 – 27.5 % · 达标', '≥ 27.5 % · 达标', '无数据']);
    // The indicator choice (as wide as its longest name unless allowed to shrink) stays inside the panel.
    const fit = await selectFit(page, 'towns-panel');
    expect(fit.selectRight).toBeLessThanOrEqual(fit.panelRight);
    expect(fit.overflow).toBe(0);
    // The map's colour of each town is its class's.
    const classes = targetClasses(22, true, true);
    await suite.app.showDistrict();
    const paint = await page.evaluate(() => window.__ecoMap!.map.getPaintProperty('towns-choropleth', 'fill-color')) as unknown[];
    const byIndex = new Map<number, string>();
    for (let i = 2; i < paint.length - 1; i += 2) byIndex.set(paint[i] as number, paint[i + 1] as string);
    for (const z of towns) expect(byIndex.get(z.index), z.name).toBe(classColor(z.indicators.protectedShare ?? null, classes));
    expect(await suite.app.renderedCount('towns-choropleth')).toBeGreaterThan(10);
    await suite.app.screenshot('by-town-protected');
  });

  it('opens a town’s card from the ranking and from a click on the map', async () => {
    const page = suite.app.page;
    const top = best('protectedShare')[0]!;
    await page.click(`[data-testid="town-row-${top.index}"]`);
    expect(await textOf(page.locator('[data-testid="town-card"] h3'))).toBe(`${top.name} · ${zh2(top.areaKm2)} km²`);
    expect(await textOf(page.getByTestId('town-value-forestCoverage'))).toBe(top.indicators.forestCoverage == null ? '—' : `${zh2(top.indicators.forestCoverage)} %`);
    await suite.app.mapIdle();
    expect(await suite.app.renderedCount('towns-selection')).toBeGreaterThan(0);
    // 曹娥街道's seat: no protected area or section on it, so the click lands on the town.
    const caoe = towns.find((z) => z.name === '曹娥街道')!;
    await suite.app.showDistrict();
    await suite.app.clickMap(120.838, 29.99);
    await page.waitForFunction(() => document.querySelector('[data-testid="town-card"] h3')?.textContent?.startsWith('曹娥街道'));
    expect(await textOf(page.getByTestId('town-value-protectedShare'))).toBe(`${zh2(caoe.indicators.protectedShare!)} %`);
    // A water rate says how many sections it comes from (one section makes a rate of 0 or 100 %).
    for (const id of ['sectionsGoodRate', 'functionZoneCompliance']) {
      if (caoe.indicators[id] === null) continue;
      expect(await textOf(page.getByTestId(`town-n-${id}`))).toBe(`（n = ${caoe.sections.length} 个断面）`);
    }
    // Values (1.70 m²/人) and 达标/未达标 are not broken across lines: each is one line box.
    const lineBoxes = await page.$$eval('[data-testid="town-card"] td:nth-child(2), [data-testid="town-card"] td:nth-child(4)', (tds) => tds.map((td) => {
      const text = td.firstChild;
      if (!text || !text.textContent?.trim()) return 0;
      const r = document.createRange();
      r.selectNodeContents(text);
      return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size;
    }));
    expect(Math.max(...lineBoxes)).toBe(1);
  });

  it('ranks by another indicator, and the colours go when the view is left', async () => {
    const page = suite.app.page;
    await page.selectOption('[data-testid="towns-indicator"]', 'forestCoverage');
    const top = best('forestCoverage')[0]!;
    await page.waitForFunction((name) => document.querySelector('[data-testid="towns-rank"] tbody tr td:nth-child(2)')?.textContent === name, top.name);
    await suite.app.screenshot('by-town-forest');
    await suite.app.tab('board');
    await suite.app.mapIdle();
    expect(await page.evaluate(() => window.__ecoMap!.map.getLayoutProperty('towns-choropleth', 'visibility'))).toBe('none');
    expect(suite.app.errors).toEqual([]);
    expect(suite.app.external).toEqual([]);
  });
});
