/**
 * Editing sites as a planner would: draw a rectangle and a circle, drag a vertex into a red line
 * (the overlap table follows), undo and redo (buttons and Ctrl+Z / Ctrl+Y), buffer a site, import
 * the same file twice (a warning, no duplicate, the map framed on it), and the report's 界址点坐标表,
 * source and location map. Expected values come from the core's functions on the stored shapes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/data/load-dataset.ts';
import { geometryArea } from '../../src/core/geo/ellipsoidal-area.ts';
import { geodesicDistance } from '../../src/core/geo/geodesic-distance.ts';
import { lineLength } from '../../src/core/geo/line-length.ts';
import { formatSurveyArea } from '../../src/core/format/format-number.ts';
import { checkSite } from '../../src/core/site/site-check.ts';
import { vertexTable } from '../../src/core/site/vertex-table.ts';
import { textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { dataset } = await loadDataset((f) => readFile(path.join(ROOT, 'data', f), 'utf8').catch(() => null));
const zh0 = (x: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(x);

const suite = appSuite();
type Stored = { id: string; name: string; geometry: Polygon; crs?: string };
const stored = () => suite.app.storedSites() as Promise<Stored[]>;
const overlapNames = async () => (await suite.app.overlapRows()).map((r) => `${r[1]} ${r[3]}`);
const expectedNames = (g: Polygon) => checkSite(g, dataset!).overlaps.map((o) => `${o.name} ${zh0(o.areaM2)}`);

beforeAll(async () => {
  await suite.app.tab('sites');
  await suite.app.page.evaluate(() => window.__ecoMap!.fitBounds([120.97, 29.91, 121.0, 29.95]));
  await suite.app.mapIdle();
});

/** Moves the mouse over the map in steps (the drawing tool follows pointer moves) and clicks. */
async function clickAt(lon: number, lat: number, down = true): Promise<void> {
  const page = suite.app.page;
  const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
  const p = await page.evaluate(([x, y]) => window.__ecoMap!.project(x!, y!), [lon, lat]);
  await page.mouse.move(box.x + p.x, box.y + p.y, { steps: 5 });
  if (down) await page.mouse.click(box.x + p.x, box.y + p.y);
}

describe('site editing', () => {
  it('draws a rectangle from two corners, with its area in m², 亩 and 公顷', async () => {
    const page = suite.app.page;
    await page.click('[data-testid="draw-rectangle"]');
    await clickAt(120.98, 29.945);
    await clickAt(120.986, 29.94);
    await page.waitForSelector('[data-testid="draw-rectangle"]');
    const [site] = await stored();
    const ring = site!.geometry.coordinates[0]!;
    expect(ring.length).toBe(5);
    const lons = ring.map((p) => p[0]!); const lats = ring.map((p) => p[1]!);
    expect(Math.abs(Math.min(...lons) - 120.98)).toBeLessThan(2e-4);
    expect(Math.abs(Math.max(...lats) - 29.945)).toBeLessThan(2e-4);
    expect(await textOf(page.getByTestId('site-area'))).toBe(formatSurveyArea('zh', geometryArea(site!.geometry)));
    expect(await overlapNames()).toEqual(expectedNames(site!.geometry));
  });

  it('moves a vertex into the red line: the stored shape and the overlap table follow; undo and redo', async () => {
    const page = suite.app.page;
    const [before] = await stored();
    await page.click('[data-testid="edit-site"]');
    await page.waitForSelector('[data-testid="edit-hint"]');
    await suite.app.mapIdle();
    // Drag the south-east corner to a point inside 东部丘陵水土保持生态保护红线.
    const ring = before!.geometry.coordinates[0]!;
    const se = ring.reduce((a, p) => (p[0]! - p[1]! > a[0]! - a[1]! ? p : a));
    const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
    const from = await page.evaluate(([x, y]) => window.__ecoMap!.project(x!, y!), [se[0]!, se[1]!]);
    const to = await page.evaluate(() => window.__ecoMap!.project(120.996, 29.931));
    await page.mouse.move(box.x + from.x, box.y + from.y, { steps: 3 });
    await page.mouse.down();
    await page.mouse.move(box.x + to.x, box.y + to.y, { steps: 12 });
    await page.mouse.up();
    await page.waitForFunction((id) => {
      const s = (JSON.parse(localStorage.getItem('shangyu-eco-map.sites.v1') ?? '[]') as { id: string; geometry: { coordinates: number[][][] } }[]).find((x) => x.id === id);
      return s && s.geometry.coordinates[0]!.some((p) => Math.abs(p[0]! - 120.996) < 3e-4 && Math.abs(p[1]! - 29.931) < 3e-4);
    }, before!.id);
    const [moved] = await stored();
    expect(moved!.geometry.coordinates[0]!.length).toBe(5);
    const names = expectedNames(moved!.geometry);
    expect(names[0]).toMatch(/^东部丘陵水土保持生态保护红线 /);
    await expect.poll(overlapNames).toEqual(names);
    await suite.app.screenshot('site-edit-vertex');
    // Undo with the button: the rectangle and its empty overlap table come back.
    await page.click('[data-testid="site-undo"]');
    await expect.poll(async () => (await stored())[0]!.geometry).toEqual(before!.geometry);
    await expect.poll(overlapNames).toEqual(expectedNames(before!.geometry));
    // Redo with the keyboard (focus off any field).
    await page.locator('[data-testid="sites-panel"] h3').click();
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await stored())[0]!.geometry).toEqual(moved!.geometry);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored())[0]!.geometry).toEqual(before!.geometry);
    await page.click('[data-testid="edit-site"]');
    await page.waitForSelector('[data-testid="edit-hint"]', { state: 'detached' });
  });

  it('buffers a site by 100 m into a new site: area A + P·d + the corners’ 32-gon', async () => {
    const page = suite.app.page;
    const [rect] = await stored();
    await page.fill('[data-testid="buffer-metres"]', '100');
    await page.click('[data-testid="buffer-site"]');
    await page.waitForFunction(() => (JSON.parse(localStorage.getItem('shangyu-eco-map.sites.v1') ?? '[]') as unknown[]).length === 2);
    const [, buffered] = await stored();
    expect(buffered!.name).toBe(`${rect!.name} 缓冲 100 m`);
    const expected = geometryArea(rect!.geometry) + lineLength(rect!.geometry.coordinates[0]!) * 100 + 16 * 100 * 100 * Math.sin((2 * Math.PI) / 32);
    expect(Math.abs(geometryArea(buffered!.geometry) - expected) / expected).toBeLessThan(1e-4);
    expect(await textOf(page.locator('[data-testid="site-check"] h3'))).toBe(buffered!.name);
    // Undo removes the buffered site.
    await page.click('[data-testid="site-undo"]');
    await expect.poll(async () => (await stored()).length).toBe(1);
  });

  it('draws a circle from its centre and a point on it (64 segments, geodesic radius)', async () => {
    const page = suite.app.page;
    await page.click('[data-testid="draw-circle"]');
    await clickAt(120.975, 29.92);
    await clickAt(120.978, 29.92);
    await page.waitForSelector('[data-testid="draw-circle"]');
    const circle = (await stored()).at(-1)!.geometry;
    expect(circle.coordinates[0]!.length).toBe(65);
    const r = geodesicDistance([120.975, 29.92], [120.978, 29.92]);
    const radii = circle.coordinates[0]!.map((p) => geodesicDistance([120.975, 29.92], p));
    for (const d of radii) expect(Math.abs(d - r) / r).toBeLessThan(0.01);
    // A 64-gon inscribed in the circle: 32 r² sin(2π/64).
    expect(Math.abs(geometryArea(circle) - 32 * r * r * Math.sin((2 * Math.PI) / 64)) / (Math.PI * r * r)).toBeLessThan(0.02);
    await suite.app.screenshot('site-circle');
  });

  it('frames an imported file, and warns instead of adding it twice', async () => {
    const page = suite.app.page;
    const zip = new Uint8Array(await readFile(path.join(ROOT, 'test', 'fixtures', 'import', 'sites-4549-gbk.zip')));
    const n = (await stored()).length;
    await page.evaluate(() => window.__ecoMap!.fitBounds([120.0, 29.0, 120.1, 29.1]));
    await suite.app.pickFiles('[data-testid="import-sites-input"]', { 'sites-4549-gbk.zip': zip });
    await page.waitForFunction((k) => (JSON.parse(localStorage.getItem('shangyu-eco-map.sites.v1') ?? '[]') as unknown[]).length > k, n);
    const added = (await stored()).slice(n);
    expect(added.every((s) => s.crs === 'EPSG:4549')).toBe(true);
    await suite.app.mapIdle();
    const centre = await page.evaluate(() => window.__ecoMap!.getView().center);
    const lons = added.flatMap((s) => s.geometry.coordinates[0]!.map((p) => p[0]!));
    expect(centre[0]).toBeGreaterThan(Math.min(...lons) - 0.01);
    expect(centre[0]).toBeLessThan(Math.max(...lons) + 0.01);
    await suite.app.pickFiles('[data-testid="import-sites-input"]', { 'sites-4549-gbk.zip': zip });
    await page.waitForSelector('[data-testid="issues-panel"]');
    const lines = await suite.app.issueLines();
    expect(lines.filter((l) => l.includes('此前已导入')).length).toBe(added.length);
    expect((await stored()).length).toBe(n + added.length);
    await page.click('[data-testid="issues-panel"] .close');
  });

  it('prints the 界址点坐标表 (zone 40 X/Y to 0.001 m, lon/lat, sides), the source CRS and a location map', async () => {
    const page = suite.app.page;
    const all = await stored();
    const imported = all.find((s) => s.crs)!;
    await page.click(`[data-testid="site-${imported.id}"] .site-name`);
    await page.click('[data-testid="print-report"]');
    await page.waitForSelector('[data-testid="vertex-table"]');
    expect(await textOf(page.getByTestId('report-source'))).toBe('导入自 sites-4549-gbk.zip，原坐标系 EPSG:4549');
    // The file's own attributes (the shapefile's GBK fields), shown once; the site's name once, in the title.
    expect(await textOf(page.getByTestId('report-attributes'))).toContain('XM-001');
    expect(await page.locator('.site-report').getByText(imported.name, { exact: false }).count()).toBeGreaterThanOrEqual(1);
    expect((await page.locator('.site-report h1').textContent())!.split(imported.name).length - 1).toBe(1);
    expect(await textOf(page.getByTestId('report-area'))).toBe(formatSurveyArea('zh', geometryArea(imported.geometry)));
    const rows = vertexTable(imported.geometry);
    const shown = await page.$$eval('[data-testid="vertex-row"]', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(shown).toEqual(rows.map((r) => [r.point, r.x.toFixed(3), r.y.toFixed(3), r.lon.toFixed(8), r.lat.toFixed(8), r.side === null ? '' : r.side.toFixed(3)]));
    expect(shown[0]![2]!.startsWith('40')).toBe(true);
    expect(await page.locator('[data-testid="locator-site"]').count()).toBe(1);
    await page.locator('[data-testid="locator-map"]').scrollIntoViewIfNeeded();
    await suite.app.screenshot('site-report-vertices');
    await page.click('.report-tools button:last-child');
    expect(suite.app.errors).toEqual([]);
    expect(suite.app.external).toEqual([]);
  });
});
