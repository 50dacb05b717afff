/**
 * The attribute table of a layer, used as a GIS user would: open it from the layer list, filter a
 * column (the map draws only those features), sort by area, pick rows (the map selects and frames
 * the feature; a click on the map marks its row), step with the arrow keys, export CSV and GeoJSON.
 * The sections panel's filter filters the map too. Expected values come from the data files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pointOnFeature } from '@turf/point-on-feature';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/io.ts';
import { geometryArea, sectionId } from '../../src/core/index.ts';
import type { LayerFeature } from '../../src/core/index.ts';
import { textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { dataset } = await loadDataset((f) => readFile(path.join(ROOT, 'data', f)).then((b) => new Uint8Array(b)).catch(() => null));
const forest = dataset!.layers.forestParcels!.features;
const bamboo = forest.map((f, i) => ({ f, i, area: geometryArea(f.geometry) })).filter((x) => x.f.properties.landClass === '竹林地').sort((a, b) => b.area - a.area);
const suite = appSuite();
const zh2 = (v: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);

async function downloaded(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([suite.app.page.waitForEvent('download'), click()]);
  const file = await d.path();
  return { name: d.suggestedFilename(), text: await readFile(file, 'utf8') };
}

describe('attribute table', () => {
  it('opens a layer’s table with every feature, only the visible rows in the page', async () => {
    const page = suite.app.page;
    expect(bamboo.length).toBeGreaterThan(10);
    await page.click('[data-testid="table-forestParcels"]');
    await page.waitForFunction((n) => document.querySelector('[data-testid="table-count"]')?.textContent === `显示 ${n} / ${n} 条`, forest.length);
    const headers = await page.$$eval('[data-testid="attribute-table"] [role="columnheader"] button', (b) => b.map((x) => x.textContent));
    expect(headers).toEqual(['小班号', '林班', '地类', '优势树种', '面积（m²）']);
    // Virtualised: a screenful of rows in the page, not 1,972; the last one appears on scrolling down.
    expect(await page.locator('[data-testid="attribute-table"] .table-body [role="row"]').count()).toBeLessThan(60);
    await page.locator('.table-scroll').evaluate((e) => { e.scrollTop = e.scrollHeight; });
    await page.waitForSelector(`[data-testid="table-row-${forest.length - 1}"]`);
  });

  it('filters a column, and the map draws only the rows that pass', async () => {
    const page = suite.app.page;
    // The forest layer starts switched off: the filtered table switches it on, since it says the map
    // shows the rows that pass (before, it said so over an empty map).
    expect(await page.isChecked('[data-testid="layer-forestParcels"] input[type=checkbox]')).toBe(false);
    await page.fill('[data-testid="filter-地类"]', '=乔木林地');
    await page.waitForFunction(() => (document.querySelector('[data-testid="layer-forestParcels"] input[type=checkbox]') as HTMLInputElement | null)?.checked === true);
    await page.fill('[data-testid="filter-地类"]', '');
    await page.waitForSelector('[data-testid="table-clear"]', { state: 'detached' });
    await suite.app.showDistrict();
    await expect.poll(async () => new Set(await page.evaluate(() => window.__ecoMap!.renderedFeatures('forestParcels-fill').map((f) => String(f.properties.landClass)))).size).toBeGreaterThan(2);
    const before = new Set(await page.evaluate(() => window.__ecoMap!.renderedFeatures('forestParcels-fill').map((f) => String(f.properties.landClass))));
    expect(before.size).toBeGreaterThan(2);
    await page.fill('[data-testid="filter-地类"]', '=竹林地');
    await page.waitForFunction((n) => document.querySelector('[data-testid="table-count"]')?.textContent === `显示 ${n} / 1972 条`, bamboo.length);
    await suite.app.mapIdle();
    const drawn = await page.evaluate(() => window.__ecoMap!.renderedFeatures('forestParcels-fill').map((f) => [Number(f.properties._i), String(f.properties.landClass)] as const));
    expect(drawn.length).toBeGreaterThan(0);
    expect(new Set(drawn.map((d) => d[1]))).toEqual(new Set(['竹林地']));
    const wanted = new Set(bamboo.map((b) => b.i));
    expect(drawn.every((d) => wanted.has(d[0]))).toBe(true);
    await suite.app.screenshot('table-filter');
    // A number filter that cannot be read says so and filters nothing out.
    await page.fill('[data-testid="filter-_areaM2"]', 'big');
    expect(await textOf(page.locator('.table-error'))).toContain('面积（m²）');
    await page.fill('[data-testid="filter-_areaM2"]', '');
  });

  it('sorts by area, selects and frames a row’s feature, steps with the arrow keys, and marks the row of a feature clicked on the map', async () => {
    const page = suite.app.page;
    await page.click('[data-testid="sort-_areaM2"]');
    await page.click('[data-testid="sort-_areaM2"]');
    const first = page.locator('.table-body [role="row"]').first();
    await expect.poll(() => first.getAttribute('data-testid')).toBe(`table-row-${bamboo[0]!.i}`);
    expect(await textOf(first.locator('[role="gridcell"]').last())).toBe(zh2(bamboo[0]!.area));
    await first.click();
    expect(await textOf(page.getByTestId('inspector-name'))).toBe(String(bamboo[0]!.f.properties.id));
    await suite.app.mapIdle();
    expect(await suite.app.renderedCount('forestParcels-selection')).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector(`[data-testid="table-row-${bamboo[1]!.i}"][aria-selected="true"]`);
    expect(await textOf(page.getByTestId('inspector-name'))).toBe(String(bamboo[1]!.f.properties.id));
    // A click on the map at another bamboo parcel marks its row.
    const other = bamboo[5]!;
    const [x, y] = pointOnFeature(other.f as LayerFeature).geometry.coordinates as [number, number];
    await page.evaluate(([a, b]) => window.__ecoMap!.fitBounds([a! - 0.004, b! - 0.004, a! + 0.004, b! + 0.004], 15), [x, y]);
    await suite.app.mapIdle();
    await suite.app.clickMap(x, y);
    await page.waitForSelector(`[data-testid="table-row-${other.i}"][aria-selected="true"]`);
    await suite.app.screenshot('table-selection');
  });

  it('exports the rows shown as CSV (UTF-8 with BOM) and GeoJSON', async () => {
    const page = suite.app.page;
    const csv = await downloaded(() => page.click('[data-testid="table-csv"]'));
    expect(csv.name).toBe('森林小班.csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const lines = csv.text.slice(1).trimEnd().split('\r\n');
    expect(lines.length).toBe(bamboo.length + 1);
    const header = lines[0]!.split(',');
    expect(header).toEqual(['小班号', '林班', '地类', '优势树种', '面积（m²）']);
    const top = lines[1]!.split(',');
    expect(top[0]).toBe(String(bamboo[0]!.f.properties.id));
    expect(Number(top[header.indexOf('面积（m²）')])).toBeCloseTo(bamboo[0]!.area, 2);
    const geo = await downloaded(() => page.click('[data-testid="table-geojson"]'));
    const fc = JSON.parse(geo.text) as { features: LayerFeature[] };
    expect(fc.features.length).toBe(bamboo.length);
    expect(fc.features[0]!.properties.id).toBe(bamboo[0]!.f.properties.id);
    expect(new Set(fc.features.map((f) => f.properties.landClass))).toEqual(new Set(['竹林地']));
  });

  it('draws every feature again when the table closes', async () => {
    const page = suite.app.page;
    await page.click('[data-testid="table-close"]');
    await suite.app.showDistrict();
    const classes = new Set(await page.evaluate(() => window.__ecoMap!.renderedFeatures('forestParcels-fill').map((f) => String(f.properties.landClass))));
    expect(classes.size).toBeGreaterThan(2);
  });

  it('gives every column of the sections table a title and every coded value its term, in Chinese and in English', async () => {
    const page = suite.app.page;
    await page.click('[data-testid="table-sections"]');
    await page.waitForSelector('[data-testid^="table-row-"]');
    const headers = async () => page.$$eval('[role="columnheader"] button', (bs) => bs.map((b) => (b.textContent ?? '').replace(/ [▲▼]$/, '')));
    const zh = await headers();
    for (const raw of ['code', 'waterBody', 'drinkingWaterSource', 'targetClass', 'river', 'level', 'name', 'id']) expect(zh, raw).not.toContain(raw);
    expect(zh).toEqual(expect.arrayContaining(['水体类型', '饮用水水源']));
    const cells = async () => page.$$eval('[data-testid^="table-row-"] [role="gridcell"]', (cs) => cs.map((c) => c.textContent ?? ''));
    // The three drinking-water sections (true) first: sorted on that column, descending.
    await page.click('[data-testid="sort-drinkingWaterSource"]');
    if (!(await cells()).includes('是')) await page.click('[data-testid="sort-drinkingWaterSource"]');
    const zhCells = new Set(await cells());
    for (const raw of ['river', 'reservoir', 'lake', 'true', 'false']) expect(zhCells.has(raw), raw).toBe(false);
    expect(['河流', '水库', '是'].every((v) => zhCells.has(v))).toBe(true);
    await page.click('[data-testid="lang-switch"]');
    await expect.poll(headers).toEqual(expect.arrayContaining(['Water body', 'Drinking-water source']));
    const enCells = new Set(await cells());
    expect(['River', 'Reservoir', 'yes'].every((v) => enCells.has(v))).toBe(true);
    await page.click('[data-testid="lang-switch"]');
    await page.click('[data-testid="table-close"]');
  });

  it('filters the section points on the map with the sections panel’s filters', async () => {
    const page = suite.app.page;
    await suite.app.tab('sections');
    await suite.app.showDistrict();
    await page.selectOption('[data-testid="class-filter"]', 'III');
    const rowIds = await page.$$eval('[data-testid^="section-row-"]', (r) => r.map((x) => x.getAttribute('data-testid')!.slice('section-row-'.length)));
    expect(rowIds.length).toBeGreaterThan(0);
    expect(rowIds.length).toBeLessThan(dataset!.layers.sections!.features.length);
    const drawnIds = async () => { await suite.app.mapIdle(); return new Set(await page.evaluate(() => window.__ecoMap!.renderedFeatures('sections-circle').map((f) => String(f.properties.id ?? '')))); };
    await expect.poll(async () => (await drawnIds()).size).toBeLessThanOrEqual(rowIds.length);
    const drawn = await drawnIds();
    const ids = dataset!.layers.sections!.features.map((f, k) => sectionId(f.properties, k));
    expect(drawn.size).toBeGreaterThan(0);
    for (const id of drawn) expect(rowIds, id).toContain(id);
    expect(ids.filter((id) => !rowIds.includes(id)).some((id) => drawn.has(id))).toBe(false);
    await suite.app.screenshot('sections-filter');
    await page.selectOption('[data-testid="class-filter"]', '');
    await expect.poll(async () => (await drawnIds()).size).toBeGreaterThan(drawn.size);
  });
});
