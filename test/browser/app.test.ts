/**
 * The built app in headless Chromium, driven like a user: the map renders offline with Chinese
 * labels, the board equals the CLI, sections open their inspector, the month selector recolours
 * them, and a shared URL reopens the same map.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/data/load-dataset.ts';
import { computeReport } from '../../src/core/indicators/compute-report.ts';
import { monthlyClasses } from '../../src/core/water/section-evaluation.ts';
import { formatWaterClass } from '../../src/core/water/water-class.ts';
import { AppDriver, textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const readData = (f: string) => readFile(path.join(ROOT, 'data', f), 'utf8').catch(() => null);

const suite = appSuite();

describe('the map app', async () => {
  const { dataset } = await loadDataset(readData);
  const report = computeReport(dataset!);

  it('renders the map: canvas not blank, red lines and sections drawn', async () => {
    expect(await suite.app.canvasColours()).toBeGreaterThan(20);
    expect(await suite.app.renderedCount('redLines-fill')).toBeGreaterThan(0);
    expect(await suite.app.renderedCount('sections-circle')).toBe(40);
    expect(await suite.app.renderedCount('towns-label')).toBeGreaterThan(5);
    await suite.app.screenshot('app-main');
  });

  it('renders Chinese as glyphs, not tofu boxes, in the map font and the page', async () => {
    expect(await suite.app.chineseGlyphsRender("32px 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif")).toBe(true);
    expect(await suite.app.chineseGlyphsRender('32px sans-serif')).toBe(true);
    expect(await textOf(suite.app.page.locator('h1'))).toBe('上虞生态文明示范区空间指标地图');
  });

  it('shows the sample-data note', async () => {
    expect(await textOf(suite.app.page.getByTestId('sample-badge'))).toBe('示意数据');
  });

  it('shows on the board exactly the values of the CLI', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/indicators.ts'), '--json'], { cwd: ROOT });
    const cli = JSON.parse(stdout) as { indicators: { id: string; value: number | string | null; unit: string }[] };
    const board = await suite.app.boardValues();
    expect(Object.keys(board)).toHaveLength(cli.indicators.length);
    for (const i of cli.indicators) {
      if (typeof i.value === 'number') {
        // Same code, another JavaScript engine: equal to 1e-9 (the last digits of Math.sin and
        // friends may differ between Node's and Chromium's V8), and equal as shown.
        expect(Math.abs(Number(board[i.id]) - i.value) / Math.abs(i.value), i.id).toBeLessThan(1e-9);
        const shown = await textOf(suite.app.page.locator(`[data-testid="indicator-${i.id}"] .ind-value`));
        expect(shown, i.id).toBe(`${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(i.value)}${i.unit ? ` ${i.unit}` : ''}`);
      } else {
        expect(board[i.id], i.id).toBe(i.value === null ? '' : i.value);
      }
    }
    // And says, as the CLI does, what computed the overlays (the report precomputed at build time).
    expect(await textOf(suite.app.page.getByTestId('board-method'))).toBe(`叠加计算：${(JSON.parse(stdout) as { overlays: string }).overlays}；面积为 WGS84 椭球面积`);
    expect((JSON.parse(stdout) as { overlays: string }).overlays).toBe('GEOS 3.13.0 (WebAssembly)');
    // And which areas were measured from the polygons' edges (the CLI's report says the same).
    const fromEdges = (JSON.parse(stdout) as { indicators: { name: string; details: { areaMethod?: string } }[] }).indicators.filter((i) => i.details.areaMethod === 'edges').map((i) => i.name);
    expect(fromEdges).toEqual(['受保护地区占国土面积比例', '城镇人均公园绿地面积', '公园绿地服务半径覆盖率']);
    expect(await textOf(suite.app.page.getByTestId('board-edges'))).toBe(`${fromEdges.join('、')}：由多边形的边直接量算，不构建并集（与叠加计算结果相同）`);
  });

  it('opens the inspector of a clicked section with its class', async () => {
    const s = report.sections.find((x) => x.id === 'SY32')!; // 杭州湾新城, 劣V
    await suite.app.clickMap(s.coordinates[0], s.coordinates[1]);
    await suite.app.page.waitForSelector('[data-testid="inspector"]');
    expect(await textOf(suite.app.page.getByTestId('inspector-name'))).toBe(s.name);
    expect(await textOf(suite.app.page.locator('[data-testid="inspector-class"] .chip'))).toBe(formatWaterClass(s.cls));
    expect(await suite.app.page.getByTestId('month-chart').isVisible()).toBe(true);
    await suite.app.screenshot('app-inspector');
  });

  it('recolours the sections by a month’s class', async () => {
    const annual = await suite.app.renderedSectionClasses();
    expect(annual).toEqual(Object.fromEntries(report.sections.map((s) => [s.id, s.cls ?? 0])));
    await suite.app.chooseMonth(1);
    const january = await suite.app.renderedSectionClasses();
    const expected = Object.fromEntries(report.sections.map((s) => [s.id, monthlyClasses(s.samples, s.waterBody).get(1)?.cls ?? 0]));
    expect(january).toEqual(expected);
    const changed = report.sections.find((s) => expected[s.id] !== (s.cls ?? 0))!;
    expect(changed).toBeDefined();
    expect(await textOf(suite.app.page.getByTestId(`section-row-${changed.id}`).locator('.chip'))).toBe(formatWaterClass(expected[changed.id] as never));
    // The compliance column and the map caption refer to the month too.
    const row = suite.app.page.getByTestId(`section-row-${changed.id}`);
    const jc = expected[changed.id]!;
    const januaryCompliant = changed.targetClass === null || jc === 0 ? '—' : jc <= changed.targetClass ? '是' : '否';
    expect(await textOf(row.locator('td').nth(5))).toBe(januaryCompliant);
    expect(await textOf(suite.app.page.getByTestId('map-month'))).toBe('2018年1月 断面水质');
    expect(await textOf(suite.app.page.getByTestId('sections-view'))).toMatch(/^显示 1 月/);
    await suite.app.screenshot('app-sections-january');
    await suite.app.chooseMonth(null);
    expect(await suite.app.renderedSectionClasses()).toEqual(annual);
    expect(await suite.app.page.getByTestId('map-month').count()).toBe(0);
  });

  it('shows a reservoir section’s TN class beside its class, and its trophic state', async () => {
    // SY10 汤浦水库坝前: its samples come from data/monitoring-2018.csv; class II, TN class II and
    // TLI(Σ) 33.01 (中营养) by an independent evaluation of the spreadsheet (test/sample-data.test.ts).
    await suite.app.tab('sections');
    await suite.app.page.click('[data-testid="section-row-SY10"]');
    await suite.app.tab('inspector');
    expect(await textOf(suite.app.page.getByTestId('inspector-class'))).toBe('II');
    // TN as a value with its class; the TLI with each of its five parts as an annual mean and a partial index.
    expect(await textOf(suite.app.page.getByTestId('inspector-tn'))).toMatch(/^年均 [\d.]+ mg\/L，II 类（湖库总氮单独评价，不参与定类）$/);
    expect(await textOf(suite.app.page.getByTestId('inspector-tli'))).toMatch(/^TLI\(Σ\) 33\.0 · 中营养/);
    const parts = await suite.app.page.$$eval('[data-testid="inspector-tli-parts"] tr', (trs) => trs.map((tr) => tr.querySelector('td')!.textContent));
    expect(parts).toEqual(['叶绿素a', '总磷', '总氮', '透明度', '高锰酸盐指数']);
    await suite.app.screenshot('app-inspector-reservoir');
  });

  it('says when a lake’s trophic state cannot be computed, and which parts are missing', async () => {
    // SY34 皂李湖湖心: no chlorophyll a and no Secchi depth among its samples (data/sections.geojson).
    await suite.app.tab('sections');
    await suite.app.page.click('[data-testid="section-row-SY34"]');
    await suite.app.tab('inspector');
    expect(await textOf(suite.app.page.getByTestId('inspector-tli-missing'))).toBe('无法计算综合营养状态指数：缺少 叶绿素a、透明度 的监测值');
    expect(await suite.app.page.getByTestId('inspector-tn').count()).toBe(1);
  });

  it('keeps the table and the map in step', async () => {
    await suite.app.tab('sections');
    await suite.app.page.click('[data-testid="section-row-SY05"]');
    await suite.app.mapIdle();
    expect(await suite.app.renderedCount('selection-circle')).toBe(1);
    expect(await suite.app.page.getAttribute('[data-testid="section-row-SY05"]', 'class')).toBe('selected');
    const s = report.sections.find((x) => x.id === 'SY39')!; // 陈溪, standing alone
    await suite.app.showDistrict();
    await suite.app.clickMap(s.coordinates[0], s.coordinates[1]);
    await suite.app.page.waitForSelector('[data-testid="section-row-SY39"].selected');
    // Filter by class: only the 劣V sections remain.
    await suite.app.page.selectOption('[data-testid="class-filter"]', '劣V');
    const rows = await suite.app.page.$$eval('[data-testid^="section-row-"]', (els) => els.map((e) => e.getAttribute('data-testid')));
    expect(rows).toEqual(report.sections.filter((x) => x.cls === 6).map((x) => `section-row-${x.id}`));
    await suite.app.page.selectOption('[data-testid="class-filter"]', '');
  });

  it('highlights the features of a clicked indicator', async () => {
    await suite.app.showDistrict();
    await suite.app.tab('board');
    await suite.app.page.click('[data-testid="indicator-sectionsGoodRate"] button');
    await suite.app.mapIdle();
    const failing = report.sections.filter((x) => ['国控', '省控', '市控'].includes(x.level ?? '') && (x.cls ?? 0) > 3);
    expect(failing.length).toBe(3);
    expect(await suite.app.renderedCount('highlight-circle')).toBe(failing.length);
    await suite.app.page.click('[data-testid="indicator-sectionsGoodRate"] button');
    await suite.app.mapIdle();
    expect(await suite.app.renderedCount('highlight-circle')).toBe(0);
  });

  it('keeps the legend in step with the visible layers', async () => {
    await suite.app.showDistrict();
    expect(await suite.app.page.locator('[data-testid="legend-forestParcels"]').count()).toBe(0);
    await suite.app.page.check('[data-testid="layer-forestParcels"] input[type=checkbox]');
    await suite.app.mapIdle();
    const labels = await suite.app.page.$$eval('[data-testid="legend-forestParcels"] li', (els) => els.map((e) => e.textContent));
    expect(labels).toEqual(['乔木林地', '竹林地', '特殊灌木林地', '一般灌木林地', '疏林地', '未成林造林地', '苗圃地', '迹地', '宜林地', '其他']);
    expect(await suite.app.renderedCount('forestParcels-fill')).toBeGreaterThan(100);
    await suite.app.page.uncheck('[data-testid="layer-forestParcels"] input[type=checkbox]');
    await suite.app.mapIdle();
    expect(await suite.app.page.locator('[data-testid="legend-forestParcels"]').count()).toBe(0);
    expect(await suite.app.renderedCount('forestParcels-fill')).toBe(0);
  });

  it('switches to English with numbers formatted for it', async () => {
    await suite.app.page.click('[data-testid="lang-switch"]');
    expect(await textOf(suite.app.page.locator('h1'))).toBe('Shangyu Eco Map');
    await suite.app.tab('board');
    expect(await textOf(suite.app.page.locator('[data-testid="indicator-protectedShare"] .ind-how'))).toMatch(/^[\d,.]+ km² protected \(overlap of [\d.]+ km² counted once\) ÷ district 1,405\.88 km²$/);
    await suite.app.screenshot('app-english');
    await suite.app.page.click('[data-testid="lang-switch"]');
    expect(await textOf(suite.app.page.locator('h1'))).toBe('上虞生态文明示范区空间指标地图');
  });

  it('makes no request outside localhost', () => {
    expect(suite.app.external).toEqual([]);
    expect(suite.app.errors).toEqual([]);
  });
});

describe('a shared link', () => {
  it('reopens the same view, layers, selection and month', async () => {
    const hash = 'map=11.50/29.87000/120.80000/30&layers=protectedAreas,redLines,sections&sel=sections%3A10&month=3&lang=en';
    const other = await AppDriver.open(suite.browser, suite.url, hash);
    const view = await other.page.evaluate(() => window.__ecoMap!.getView());
    expect(view.zoom).toBeCloseTo(11.5, 2);
    expect(view.center[0]).toBeCloseTo(120.8, 4);
    expect(view.center[1]).toBeCloseTo(29.87, 4);
    expect(view.bearing).toBeCloseTo(30, 1);
    expect(await textOf(other.page.getByTestId('inspector-name'))).toBe('汤浦水库库心');
    expect(await textOf(other.page.getByTestId('lang-switch'))).toBe('中文');
    expect(await other.page.isChecked('[data-testid="layer-forestParcels"] input[type=checkbox]')).toBe(false);
    expect(await other.page.isChecked('[data-testid="layer-redLines"] input[type=checkbox]')).toBe(true);
    expect(await other.renderedCount('forestParcels-fill')).toBe(0);
    await other.tab('sections');
    expect(await other.page.inputValue('[data-testid="month-slider"]')).toBe('3');
    expect(other.external).toEqual([]);
    await other.close();
  });
});
