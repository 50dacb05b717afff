/**
 * A layer too large for the main thread (over 3,000 features) stays in the report worker: it is
 * drawn from the worker's object URL, its legend comes from the summary, and a clicked feature is
 * fetched from the worker for the inspector.
 */
import { describe, expect, it } from 'vitest';
import { geometryArea } from '../../src/core/geo/ellipsoidal-area.ts';
import { makeStressDataset } from '../../src/sample/stress.ts';
import { textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const { files, manifest } = makeStressDataset(0.07, 3);
const forest = files['forest.geojson']!;
const suite = appSuite();

describe('a large layer', () => {
  it('is drawn, legended and inspected without being held on the main thread', async () => {
    expect(forest.length).toBeGreaterThan(3000);
    const text: Record<string, string> = { 'manifest.json': JSON.stringify(manifest) };
    for (const [name, features] of Object.entries(files)) text[name] = JSON.stringify({ type: 'FeatureCollection', features });
    await suite.app.pickFiles('[data-testid="open-dataset-input"]', text);
    await suite.app.page.waitForSelector('.app[data-dataset="上虞区压力测试数据"][data-status="ready"]', { timeout: 120000 });
    expect(await suite.app.page.getAttribute('.app', 'data-light')).toBe('forestParcels');
    await suite.app.page.check('[data-testid="layer-forestParcels"] input[type=checkbox]');
    const labels = await suite.app.page.$$eval('[data-testid="legend-forestParcels"] li', (els) => els.map((e) => e.textContent));
    expect(labels.length).toBeGreaterThanOrEqual(8);
    // Zoom to one parcel in the middle of the district and click it.
    const target = forest[Math.floor(forest.length / 2)]!;
    const ring = (target.geometry as { coordinates: number[][][] }).coordinates[0]!;
    const cx = ring.slice(0, 4).reduce((s, p) => s + p[0]!, 0) / 4;
    const cy = ring.slice(0, 4).reduce((s, p) => s + p[1]!, 0) / 4;
    await suite.app.page.evaluate(([x, y]) => window.__ecoMap!.fitBounds([x! - 0.01, y! - 0.01, x! + 0.01, y! + 0.01], 15), [cx, cy]);
    await suite.app.mapIdle();
    expect(await suite.app.renderedCount('forestParcels-fill')).toBeGreaterThan(0);
    await suite.app.clickMap(cx, cy);
    await suite.app.page.waitForSelector('[data-testid="inspector-name"]', { timeout: 20000 });
    expect(await textOf(suite.app.page.getByTestId('inspector-name'))).toBe(String(target.properties.id));
    const area = geometryArea(target.geometry);
    const shown = await textOf(suite.app.page.getByTestId('inspector-area'));
    expect(shown).toBe(`${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }).format(area)} m² (${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(area / 1e4)} 公顷)`);
    await suite.app.screenshot('large-layer-inspector');
    // The selected parcel is outlined on the tiles (by its index), though the main thread holds no parcel.
    expect(await suite.app.renderedCount('forestParcels-selection')).toBe(1);
    // Forest coverage on the board outlines the parcels that count (by land class, on the tiles):
    // those in view are exactly the rendered parcels of the three forest classes.
    await suite.app.tab('board');
    await suite.app.page.click('[data-testid="indicator-forestCoverage"] button');
    await suite.app.mapIdle();
    const forestClasses = new Set(['乔木林地', '竹林地', '特殊灌木林地']);
    const parcels = await suite.app.page.evaluate(() => window.__ecoMap!.renderedFeatures('forestParcels-fill').map((f) => [f.properties._i, f.properties.landClass]));
    const expected = new Set(parcels.filter(([, c]) => forestClasses.has(String(c))).map(([i]) => i));
    expect(expected.size).toBeGreaterThan(0);
    const outlined = await suite.app.page.evaluate(() => window.__ecoMap!.renderedFeatures('forestParcels-highlight').map((f) => f.properties._i));
    expect(new Set(outlined)).toEqual(expected);
    await suite.app.screenshot('large-layer-forest-highlight');
    // Its attribute table comes from the worker: every parcel, a screenful of rows in the page,
    // and a filter on the area keeps exactly the parcels the core's area puts above a threshold.
    const page = suite.app.page;
    await page.click('[data-testid="table-forestParcels"]');
    await page.waitForFunction((n) => document.querySelector('[data-testid="table-count"]')?.textContent === `显示 ${n} / ${n} 条`, forest.length, { timeout: 30000 });
    expect(await page.locator('[data-testid="attribute-table"] .table-body [role="row"]').count()).toBeLessThan(60);
    const areas = forest.map((f) => geometryArea(f.geometry)).sort((a, b) => a - b);
    const threshold = Math.round(areas[Math.floor(areas.length * 0.9)]!);
    const big = areas.filter((a) => a > threshold).length;
    expect(big).toBeGreaterThan(0);
    await page.fill('[data-testid="filter-_areaM2"]', `>${threshold}`);
    await page.waitForFunction((n) => document.querySelector('[data-testid="table-count"]')?.textContent?.startsWith(`显示 ${n} /`), big, { timeout: 30000 });
    await page.locator('.table-scroll').evaluate((e) => { e.scrollTop = e.scrollHeight; });
    await page.waitForSelector('.table-body [role="row"]');
    expect(suite.app.errors).toEqual([]);
    expect(suite.app.external).toEqual([]);
  });
});
