/**
 * Year against year in the app, on the sample's 2016 baseline: each indicator's 2016 and 2018
 * values and the change on the board, the sections per class per year (灭Ⅴ减Ⅳ增Ⅲ), forest gained
 * and lost, and the change outlined on the map. Expected values: the core's, on the same files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareYears, computeReport, loadYears } from '../../src/core/compute.ts';
import { formatWaterClass } from '../../src/core/index.ts';
import { loadDataset } from '../../src/core/io.ts';
import { textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const read = (f: string) => readFile(path.join(ROOT, 'data', f)).then((b) => new Uint8Array(b)).catch(() => null);
const { dataset } = await loadDataset(read);
const years = await loadYears(read, dataset!);
const [first, last] = [years[0]!, years.at(-1)!].map((y) => ({ year: y.year, dataset: y.dataset!, report: computeReport(y.dataset!) }));
const c = compareYears(first!, last!);
const zh2 = (v: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
const suite = appSuite();

describe('year against year', () => {
  it('shows each indicator in 2016 and 2018 with the change, and the sections per class per year', async () => {
    const page = suite.app.page;
    expect([c.from, c.to]).toEqual([2016, 2018]);
    const forest = c.indicators.find((i) => i.id === 'forestCoverage')!;
    await page.waitForSelector('[data-testid="years-line-forestCoverage"]', { timeout: 60000 });
    expect(await textOf(page.getByTestId('years-line-forestCoverage'))).toBe(`2016 年 ${zh2(forest.from!)} → 2018 年 ${zh2(forest.to!)}（+${zh2(forest.change!)}）`);
    const rows = await page.$$eval('[data-testid="years-classes"] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['2016', ...Object.values(c.classCounts.from).map(String)],
      ['2018', ...Object.values(c.classCounts.to).map(String)],
    ]);
    // 灭Ⅴ减Ⅳ增Ⅲ in the sample: fewer 劣V and IV, more III.
    expect(c.classCounts.to['劣V']!).toBeLessThan(c.classCounts.from['劣V']!);
    expect(c.classCounts.to.III!).toBeGreaterThan(c.classCounts.from.III!);
    expect(await textOf(page.getByTestId('years-sections'))).toContain(`水质变好 ${c.sections.filter((s) => s.change === 'improved').length} 个`);
    const gain = c.forest!.intoForestM2;
    expect(await textOf(page.getByTestId('years-forest'))).toContain(`有林地增加 ${zh2(gain / 1e6)} km²`);
  });

  it('outlines on the map the parcels that became forest, the new protected area and the sections that changed', async () => {
    const page = suite.app.page;
    await page.click('[data-testid="years-show-change"]');
    await suite.app.showDistrict();
    const into = new Set(c.forest!.intoForest);
    const drawn = await page.evaluate(() => window.__ecoMap!.renderedFeatures('change-forest-in').map((f) => Number(f.properties._i)));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((i) => into.has(i))).toBe(true);
    expect(await suite.app.renderedCount('change-protected-added')).toBeGreaterThan(0);
    expect(await suite.app.renderedCount('change-sections-improved')).toBeGreaterThan(5);
    expect(await suite.app.renderedCount('change-sections-worsened')).toBe(1);
    await suite.app.screenshot('years-change');
    await page.click('[data-testid="years-show-change"]');
    await suite.app.mapIdle();
    expect(await page.evaluate(() => !!window.__ecoMap!.map.getLayer('change-forest-in'))).toBe(false);
    expect(suite.app.errors).toEqual([]);
    expect(suite.app.external).toEqual([]);
  });

  it('compares the data open: a joined sample that makes SY01 劣V moves one section in the 2018 row', async () => {
    const page = suite.app.page;
    const before = formatWaterClass(last!.report.sections.find((s) => s.id === 'SY01')!.cls);
    expect(before).not.toBe('劣V');
    await page.getByTestId('tab-sections').click();
    await page.waitForSelector('[data-testid="section-row-SY01"]', { timeout: 30000 });
    await suite.app.pickFiles('[data-testid="samples-input"]', { '加测-2018.csv': '\ufeff断面编号,断面名称,采样日期,氨氮(mg/L)\nSY01,,2018-12-28,30\n' });
    await expect.poll(() => textOf(page.getByTestId('section-row-SY01').locator('.chip')), { timeout: 60000 }).toBe('劣V');
    await page.getByTestId('tab-board').click();
    // Before → after: SY01 leaves its class for 劣V, 2016 stays, and the 2018 total is the same.
    const to: Record<string, number> = { ...c.classCounts.to, [before]: c.classCounts.to[before]! - 1, 劣V: c.classCounts.to['劣V']! + 1 };
    await expect.poll(() => page.$$eval('[data-testid="years-classes"] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))), { timeout: 60000 })
      .toEqual([['2016', ...Object.values(c.classCounts.from).map(String)], ['2018', ...Object.keys(c.classCounts.to).map((k) => String(to[k]))]]);
    expect(Object.values(to).reduce((a, b) => a + b, 0)).toBe(Object.values(c.classCounts.to).reduce((a, b) => a + b, 0));
    expect(suite.app.errors).toEqual([]);
  });
});
