/**
 * The planner's site check in the built app: draw a site across a red line, import sites from a
 * zipped shapefile in EPSG:4549 (and one without .prj), bad files, printing, reloading, and
 * replacing a layer of the dataset.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/data/load-dataset.ts';
import { validateLayer } from '../../src/core/data/load-layer.ts';
import { computeReport } from '../../src/core/indicators/compute-report.ts';
import { importFiles } from '../../src/core/import/import-layer.ts';
import { checkSite } from '../../src/core/site/site-check.ts';
import type { SiteCheck } from '../../src/core/site/site-check.ts';
import { siteFindings, siteVerdict } from '../../src/core/site/site-findings.ts';
import { textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const fixture = async (...p: string[]) => new Uint8Array(await readFile(path.join(ROOT, 'test', 'fixtures', ...p)));
const zh0 = (x: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(x);
const zh2 = (x: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(x);
const LAYER_ZH: Record<string, string> = { redLines: '生态保护红线', protectedAreas: '自然保护地', permanentFarmland: '永久基本农田', heritageAreas: '历史文化保护区域', urbanBoundary: '城镇开发边界' };
const rowsOf = (c: SiteCheck) => c.overlaps.map((o) => [LAYER_ZH[o.layer]!, o.name, o.kind, zh0(o.areaM2), `${zh2(o.percentOfSite)} %`]);
/** The verdict the panel shows, in the words of the core (site-findings.ts). */
const verdictOf = (c: SiteCheck) => siteVerdict(siteFindings(c), 'zh').text;

const { dataset } = await loadDataset((f) => readFile(path.join(ROOT, 'data', f), 'utf8').catch(() => null));

const suite = appSuite();
beforeAll(async () => { await suite.app.tab('sites'); });

describe('site check', () => {
  it('draws a site across a red line and shows the right red line and overlap area', async () => {
    await suite.app.page.evaluate(() => window.__ecoMap!.fitBounds([120.97, 29.91, 121.02, 29.95]));
    await suite.app.mapIdle();
    await suite.app.drawPolygon([[120.989, 29.927], [120.998, 29.927], [120.998, 29.934], [120.989, 29.934]]);
    const [site] = await suite.app.storedSites();
    expect(site!.name).toBe('选址 1');
    const expected = checkSite(site!.geometry, dataset!);
    expect(expected.overlaps.filter((o) => o.layer === 'redLines').map((o) => o.name)).toEqual(['东部丘陵水土保持生态保护红线']);
    expect(await suite.app.overlapRows()).toEqual(rowsOf(expected));
    // Partly in the red line: said so, with its share and area (not "inside the red line").
    expect(expected.roles.redLines.status).toBe('partly');
    expect(await textOf(suite.app.page.getByTestId('site-status'))).toBe(verdictOf(expected));
    expect(verdictOf(expected)).toMatch(/^不可按现状建设：部分位于生态保护红线内（\d+\.\d\d %，[\d,]+\.\d\d m²）/);
    await suite.app.mapIdle();
    expect(await suite.app.renderedCount('siteOverlaps-fill')).toBeGreaterThan(0);
    await suite.app.screenshot('site-drawn');
  });

  it('prints a report with the map, scale bar, north arrow, legend and the overlap table', async () => {
    await suite.app.page.click('[data-testid="print-report"]');
    await suite.app.page.waitForSelector('[data-testid="site-report"]');
    expect(await suite.app.page.getAttribute('[data-testid="site-report"] img', 'src')).toMatch(/^data:image\/png;base64,.{2000}/);
    expect(await suite.app.page.locator('.report-scale span').textContent()).toMatch(/^\d+ (m|km)$/);
    expect(await suite.app.page.locator('.report-north').count()).toBe(1);
    expect(await suite.app.page.locator('.site-report table.overlaps td').first().textContent()).toBe('生态保护红线');
    // The legend holds the map's own entries (the red line's hatch among them), beside the site and its overlap.
    const legend = await suite.app.page.$$eval('[data-testid="report-legend"] li', (lis) => lis.map((li) => li.textContent));
    expect(legend.slice(0, 2)).toEqual(['选址', '重叠面积']);
    expect(legend).toContain('生态保护红线');
    await suite.app.screenshot('site-report');
    await suite.app.page.emulateMedia({ media: 'print' });
    expect(await suite.app.page.locator('.app').isVisible()).toBe(false);
    await suite.app.page.emulateMedia({ media: 'screen' });
    await suite.app.page.click('.report-tools button:last-child');
  });

  it('imports sites from a zipped EPSG:4549 shapefile with GBK names', async () => {
    const zip = await fixture('import', 'sites-4549-gbk.zip');
    await suite.app.pickFiles('[data-testid="import-sites-input"]', { 'sites-4549-gbk.zip': zip });
    await suite.app.page.waitForSelector('[data-testid="site-site-3"]');
    const stored = await suite.app.storedSites();
    expect(stored.map((s) => s.name)).toEqual(['选址 1', '东部工业园扩区', '北部物流园']);
    const r = importFiles({ 'sites.zip': zip });
    if (r.kind !== 'ok') throw new Error('fixture');
    const expected = checkSite(r.collection.features[0]!.geometry as Polygon, dataset!);
    expect(expected.overlaps.filter((o) => o.layer === 'redLines').map((o) => o.name)).toEqual(['东部丘陵水土保持生态保护红线']);
    await suite.app.page.click('[data-testid="site-site-2"] .site-name');
    expect(await suite.app.overlapRows()).toEqual(rowsOf(expected));
    // The logistics park touches nothing: the nearest red line and protected area with their distances.
    await suite.app.page.click('[data-testid="site-site-3"] .site-name');
    const far = checkSite(r.collection.features[1]!.geometry as Polygon, dataset!);
    expect(far.overlaps.filter((o) => o.layer === 'redLines' || o.layer === 'protectedAreas')).toEqual([]);
    const text = await textOf(suite.app.page.getByTestId('site-findings'));
    expect(text).toContain(`不涉及生态保护红线（最近 ${zh0(far.nearest.redLines!.distanceM)} m：${far.nearest.redLines!.name}）`);
    expect(text).toContain(`不涉及自然保护地（最近 ${zh0(far.nearest.protectedAreas!.distanceM)} m：${far.nearest.protectedAreas!.name}）`);
  });

  it('asks for the coordinate system of a shapefile without .prj (the same two sites: not added twice)', async () => {
    await suite.app.pickFiles('[data-testid="import-sites-input"]', { 'noprj.zip': await fixture('import', 'sites-4549-noprj.zip') });
    await suite.app.page.waitForSelector('[data-testid="crs-dialog"]');
    const first = await suite.app.page.locator('.crs-choices button').first().textContent();
    expect(first).toMatch(/^EPSG:4549 CGCS2000 \/ 3-degree Gauss-Kruger CM 120E/);
    await suite.app.page.click('[data-testid="crs-EPSG:4549"]');
    // Read as EPSG:4549, the file holds exactly the two sites imported from the .zip with its .prj.
    const lines = await suite.app.issueLines();
    expect(lines.filter((l) => l.includes('此前已导入')).map((l) => l.match(/选址“(.+?)”/)?.[1])).toEqual(['东部工业园扩区', '北部物流园']);
    expect((await suite.app.storedSites()).length).toBe(3);
    await suite.app.page.click('[data-testid="issues-panel"] .close');
  });

  it('shows what is wrong with a bad file and keeps everything loaded', async () => {
    await suite.app.pickFiles('[data-testid="import-sites-input"]', { 'broken.zip': new TextEncoder().encode('not a zip') });
    const lines = await suite.app.issueLines();
    expect(lines[0]).toMatch(/^broken\.zip不是可读取的 zip 压缩包/);
    expect((await suite.app.storedSites()).length).toBe(3);
    await suite.app.showDistrict();
    expect(await suite.app.renderedCount('sections-circle')).toBe(40);
    expect(await suite.app.renderedCount('redLines-fill')).toBeGreaterThan(0);
    await suite.app.page.click('[data-testid="issues-panel"] .close');
  });

  it('keeps the sites across a reload, and renames and deletes them', async () => {
    await suite.app.page.reload();
    await suite.app.page.waitForSelector('.app[data-status="ready"]');
    await suite.app.tab('sites');
    expect(await suite.app.page.locator('[data-testid^="site-site-"]').count()).toBe(3);
    await suite.app.page.click('[data-testid="site-site-1"] button.small');
    await suite.app.page.fill('[data-testid="site-name-input"]', '新材料产业园');
    await suite.app.page.press('[data-testid="site-name-input"]', 'Enter');
    await suite.app.page.click('[data-testid="delete-site-3"]');
    expect((await suite.app.storedSites()).map((s) => s.name)).toEqual(['新材料产业园', '东部工业园扩区']);
  });

  it('replaces a layer by an import, recomputes the indicators, and resets to the dataset', async () => {
    const before = await suite.app.boardValues();
    const zip = await fixture('shapefile-dataset', 'red-lines.zip');
    await suite.app.pickFiles('[data-testid="replace-redLines"]', { 'red-lines.zip': zip });
    await suite.app.page.waitForSelector('[data-testid="reset-dataset"]');
    await suite.app.page.waitForSelector('.app[data-status="ready"]');
    const r = importFiles({ 'red-lines.zip': zip });
    if (r.kind !== 'ok') throw new Error('fixture');
    const layer = validateLayer(r.collection, 'red-lines.zip', 'redLines', { name: '名称', type: '类型' }).layer!;
    const expected = computeReport({ ...dataset!, layers: { ...dataset!.layers, redLines: layer } });
    const after = await suite.app.boardValues();
    const share = expected.indicators.find((i) => i.id === 'protectedShare')!.value as number;
    expect(Math.abs(Number(after.protectedShare) - share) / share).toBeLessThan(1e-9);
    expect(after.protectedShare).not.toBe(before.protectedShare);
    await suite.app.page.click('[data-testid="reset-dataset"]');
    await suite.app.page.waitForSelector('.app[data-status="ready"]');
    // Back to the dataset's value (computed in the browser now, the first one at build time in Node:
    // equal to 1e-9, as different V8 builds may differ in the last digits).
    await suite.app.page.waitForFunction((v) => Math.abs(Number(document.querySelector('[data-testid="indicator-protectedShare"]')?.getAttribute('data-value')) / v - 1) < 1e-9, Number(before.protectedShare));
    expect(suite.app.external).toEqual([]);
    expect(suite.app.errors).toEqual([]);
  });
});
