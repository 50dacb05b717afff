/**
 * Opening a dataset with mistakes shows them in a panel (file, feature, what is wrong) instead of
 * a blank page; a dataset that cannot be loaded at all leaves the current data on the map.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures');
const suite = appSuite();

async function folder(name: string): Promise<Record<string, string>> {
  const dir = path.join(FIXTURES, name);
  const out: Record<string, string> = {};
  // The files of the folder itself (a year in a subfolder is not opened here).
  for (const f of await readdir(dir, { withFileTypes: true })) if (f.isFile()) out[f.name] = await readFile(path.join(dir, f.name), 'utf8');
  return out;
}

describe('opening a dataset', () => {
  it('keeps the current data when the new one cannot be loaded at all', async () => {
    await suite.app.openDataset({ 'manifest.json': '{"layers": {,}' });
    const lines = await suite.app.issueLines();
    expect(lines[0]).toBe('该数据集无法加载，仍显示原数据。');
    expect(lines[1]).toMatch(/^manifest\.json不是有效的 JSON：第 1 行第 \d+ 列有错误/);
    expect(await suite.app.renderedCount('sections-circle')).toBe(40);
    await suite.app.page.click('[data-testid="issues-panel"] .close');
  });

  it('lists every problem of a dataset with mistakes and draws what is usable', async () => {
    await suite.app.openDataset(await folder('invalid'));
    // The panel speaks the interface's language: Chinese first …
    const zh = await suite.app.issueLines();
    expect(zh.some((l) => /^red-lines\.geojson #3 \(线\)几何类型为 LineString，但该图层需要 Polygon 或 MultiPolygon/.test(l)), zh.join('\n')).toBe(true);
    expect(zh.some((l) => /^sections\.geojson #3 \(BAD3\)第 2 个样品：pH 15 超出 0–14/.test(l))).toBe(true);
    // … then English, after the switch.
    await suite.app.page.click('[data-testid="lang-switch"]');
    const lines = await suite.app.issueLines();
    expect(lines.some((l) => /^red-lines\.geojson1 of 6 features have no "name"/.test(l))).toBe(true);
    expect(lines.some((l) => /^red-lines\.geojson #3 \(线\)has geometry type LineString/.test(l))).toBe(true);
    expect(lines.some((l) => /^projected\.geojson.*look projected/.test(l))).toBe(true);
    expect(lines.some((l) => /^sections\.geojson #1 \(BAD1\)level "区控" is not a monitoring level/.test(l))).toBe(true);
    await suite.app.page.click('[data-testid="lang-switch"]');
    await suite.app.page.waitForSelector('.app[data-status="ready"]');
    await suite.app.mapIdle();
    // The good red line, the repaired bow-tie and the closed ring are drawn; two valid sections.
    expect(await suite.app.renderedCount('redLines-line')).toBeGreaterThan(0);
    expect(await suite.app.renderedCount('sections-circle')).toBe(2);
    await suite.app.screenshot('app-issues');
    // The indicators that read a rejected layer or left-out features say so, instead of a plain fail.
    await suite.app.page.click('[data-testid="issues-panel"] .close');
    await suite.app.tab('board');
    const share = suite.app.page.locator('[data-testid="indicator-protectedShare"]');
    expect(await share.getAttribute('data-status')).toBe('incomplete');
    expect((await share.locator('.badge').textContent())?.trim()).toBe('不完整');
    expect(await share.locator('.ind-how').textContent()).toMatch(/^不完整，缺少：自然保护地（projected\.geojson 坐标形如 \(40500000, 3320000\)/);
    expect(await suite.app.page.locator('[data-testid="indicator-forestCoverage"]').getAttribute('data-status')).toBe('incomplete');
    await suite.app.screenshot('app-incomplete');
    expect(suite.app.external).toEqual([]);
    expect(suite.app.errors).toEqual([]);
  });

  it('joins a monitoring spreadsheet picked on the sections panel and recomputes the classes', async () => {
    await suite.app.openDataset(await folder('../../data'));
    await suite.app.tab('sections');
    // The sample's sections replace those of the dataset opened before.
    await suite.app.page.waitForSelector('[data-testid="section-row-SY01"]', { timeout: 30000 });
    // One more SY01 sample with NH3N 30 mg/L: whatever its twelve monthly values, the annual mean
    // NH3N is at least 30 / 13 = 2.31 mg/L, worse than class V's 2.0, so SY01 becomes 劣V.
    // The second row names no section of the dataset.
    const csv = '\ufeff断面编号,断面名称,采样日期,氨氮(mg/L)\nSY01,,2018-12-28,30\nXX99,无此断面,2018-12-28,0.5\n';
    await suite.app.pickFiles('[data-testid="samples-input"]', { '加测-2018.csv': csv });
    const lines = await suite.app.issueLines();
    expect(lines.some((l) => /^加测-2018\.csv有 1 行找不到对应的断面：第 3 行（/.test(l)), lines.join('\n')).toBe(true);
    await suite.app.page.waitForSelector('.app[data-status="ready"]');
    await expect.poll(() => textOf(suite.app.page.getByTestId('section-row-SY01').locator('.chip')), { timeout: 30000 }).toBe('劣V');
    // An Excel workbook is read in the browser too (test/fixtures/monitoring/quarter3.xlsx: its
    // sections W01… are not in the sample): nothing joins, and the user is told the file seems to be
    // another dataset's, with its sections named — not asked to fix ids. Esc closes the panel.
    await suite.app.page.keyboard.press('Escape');
    await suite.app.page.waitForSelector('[data-testid="issues-panel"]', { state: 'detached' });
    await suite.app.pickFiles('[data-testid="samples-input"]', { 'quarter3.xlsx': await readFile(path.join(FIXTURES, 'monitoring', 'quarter3.xlsx')) });
    const xlsx = await suite.app.issueLines();
    expect(xlsx.some((l) => /^quarter3\.xlsx没有一行能对应到本数据集的断面，未导入任何数据。表中 \d+ 行属于另外 \d+ 个断面（.*W01.*）：这份表格似乎属于其他数据集/.test(l)), xlsx.join('\n')).toBe(true);
    // The panel leaves the map's zoom buttons free.
    const panel = (await suite.app.page.getByTestId('issues-panel').boundingBox())!;
    const zoom = (await suite.app.page.locator('.maplibregl-ctrl-zoom-in').boundingBox())!;
    expect(panel.x + panel.width <= zoom.x || panel.y >= zoom.y + zoom.height).toBe(true);
    await suite.app.page.keyboard.press('Escape');
    await suite.app.page.waitForSelector('[data-testid="issues-panel"]', { state: 'detached' });
    expect(suite.app.errors).toEqual([]);
  });
});

