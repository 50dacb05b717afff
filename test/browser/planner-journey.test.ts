/**
 * The planner's day with the files planners receive (test/fixtures/planner, see its README): a
 * 部标 TXT with two 地块 (one with a hole) and a CAD DXF in Gauss–Krüger zone 40 — import, check,
 * edit a vertex of each, buffer, print the report, export the site as a 部标 TXT and import it
 * again. Expected values come from the core on the same files (the same code the CLI runs) and from
 * the fixtures' hand-worked areas (地块二: 10,000 m² of plane area, declared 10,150 m²).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/data/load-dataset.ts';
import { importFiles } from '../../src/core/import/import-layer.ts';
import { checkSite } from '../../src/core/site/site-check.ts';
import { siteFindings, siteVerdict } from '../../src/core/site/site-findings.ts';
import { geometryArea } from '../../src/core/geo/ellipsoidal-area.ts';
import { toZone40 } from '../../src/core/geo/coordinates.ts';
import { formatSurveyArea } from '../../src/core/format/format-number.ts';
import { textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const fixture = async (name: string) => new Uint8Array(await readFile(path.join(ROOT, 'test', 'fixtures', 'planner', name)));
const { dataset } = await loadDataset((f) => readFile(path.join(ROOT, 'data', f)).then((b) => new Uint8Array(b)).catch(() => null));

interface Stored { id: string; name: string; source: string; lineage?: string; geometry: Polygon | MultiPolygon }
const suite = appSuite();
const stored = () => suite.app.page.evaluate(() => JSON.parse(localStorage.getItem('shangyu-eco-map.sites.v1') ?? '[]') as Stored[]);
const outer = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? g.coordinates[0]! : g.coordinates[0]![0]!);

/** Drags a vertex of the site being edited 40 px east; resolves with the site as stored after. */
async function dragVertexEast(id: string, lonLat: readonly number[]): Promise<Stored> {
  const page = suite.app.page;
  const before = JSON.stringify((await stored()).find((s) => s.id === id)!.geometry);
  const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
  const p = await page.evaluate(([x, y]) => window.__ecoMap!.project(x!, y!), [lonLat[0]!, lonLat[1]!]);
  await page.mouse.move(box.x + p.x, box.y + p.y, { steps: 3 });
  await page.mouse.down();
  await page.mouse.move(box.x + p.x + 40, box.y + p.y, { steps: 10 });
  await page.mouse.up();
  await page.waitForFunction(([sid, was]) => JSON.stringify((JSON.parse(localStorage.getItem('shangyu-eco-map.sites.v1') ?? '[]') as { id: string; geometry: unknown }[]).find((s) => s.id === sid)?.geometry) !== was, [id, before] as const);
  return (await stored()).find((s) => s.id === id)!;
}

beforeAll(async () => { await suite.app.tab('sites'); });

describe('the planner\'s day with a 部标 TXT and a DXF', () => {
  it('imports a 部标 TXT: two 地块, named and checked as the core checks them', async () => {
    const page = suite.app.page;
    await suite.app.pickFiles('[data-testid="import-sites-input"]', { 'two-parcels-gbk.txt': await fixture('two-parcels-gbk.txt') });
    await page.waitForFunction(() => (JSON.parse(localStorage.getItem('shangyu-eco-map.sites.v1') ?? '[]') as unknown[]).length === 2);
    const sites = await stored();
    expect(sites.map((s) => [s.name, s.source, s.geometry.type === 'Polygon' ? s.geometry.coordinates.length : -1])).toEqual([['地块一', 'imported', 2], ['地块二', 'imported', 1]]);
    // The declared area disagreeing with 地块二's coordinates is said on import.
    expect((await suite.app.issueLines()).some((l) => l.includes('地块二') || l.includes('D02'))).toBe(true);
    await page.click('[data-testid="issues-panel"] .close');
    await page.click(`[data-testid="site-${sites[0]!.id}"] .site-name`);
    const expected = checkSite(sites[0]!.geometry, dataset!);
    expect(await textOf(page.getByTestId('site-status'))).toBe(siteVerdict(siteFindings(expected), 'zh').text);
    expect(await textOf(page.getByTestId('site-area'))).toBe(formatSurveyArea('zh', geometryArea(sites[0]!.geometry)));
  });

  it('edits a vertex of the 地块 with a hole: the hole stays, the area and the check follow', async () => {
    const page = suite.app.page;
    const [one] = await stored();
    await page.click('[data-testid="edit-site"]');
    await page.waitForSelector('[data-testid="edit-hint"]');
    expect(await page.locator('[data-testid="edit-refused"]').count()).toBe(0);
    await suite.app.mapIdle();
    // The outer ring's north-east corner (greatest lat + lon).
    const ne = outer(one!.geometry).reduce((a, p) => (p[0]! + p[1]! > a[0]! + a[1]! ? p : a));
    const moved = await dragVertexEast(one!.id, ne);
    expect(moved.geometry.type).toBe('Polygon');
    expect((moved.geometry as Polygon).coordinates).toHaveLength(2);
    expect((moved.geometry as Polygon).coordinates[1]).toEqual((one!.geometry as Polygon).coordinates[1]); // the hole untouched, to the last digit
    expect(geometryArea(moved.geometry)).toBeGreaterThan(geometryArea(one!.geometry));
    await expect.poll(() => textOf(page.getByTestId('site-area'))).toBe(formatSurveyArea('zh', geometryArea(moved.geometry)));
    await suite.app.screenshot('planner-edit-hole');
    await page.click('[data-testid="edit-site"]');
    await page.waitForSelector('[data-testid="edit-hint"]', { state: 'detached' });
  });

  it('buffers a 地块 by 50 m: a new site that says where it came from', async () => {
    const page = suite.app.page;
    await page.fill('[data-testid="buffer-metres"]', '50');
    await page.click('[data-testid="buffer-site"]');
    await page.waitForFunction(() => (JSON.parse(localStorage.getItem('shangyu-eco-map.sites.v1') ?? '[]') as unknown[]).length === 3);
    const buffered = (await stored())[2]!;
    expect([buffered.name, buffered.source, buffered.lineage]).toEqual(['地块一 缓冲 50 m', 'derived', '由 two-parcels-gbk.txt 地块一 外扩 50 m']);
  });

  it('prints the report of 地块二: its ellipsoidal, plane and declared areas, where it came from, what was found', async () => {
    const page = suite.app.page;
    const two = (await stored())[1]!;
    await page.click(`[data-testid="site-${two.id}"] .site-name`);
    await page.click('[data-testid="print-report"]');
    await page.waitForSelector('[data-testid="vertex-table"]');
    expect(await textOf(page.getByTestId('report-plane-area'))).toBe(formatSurveyArea('zh', 10000));
    expect(await textOf(page.getByTestId('report-declared-area'))).toBe(formatSurveyArea('zh', 10150));
    expect(await textOf(page.getByTestId('report-source'))).toBe('导入自 two-parcels-gbk.txt，原坐标系 EPSG:4528');
    expect(await textOf(page.getByTestId('report-attributes'))).toContain('D02');
    // The surveyed point names of the file are kept.
    const points = await page.$$eval('[data-testid="vertex-row"] td:first-child', (tds) => tds.map((td) => td.textContent));
    expect(points[0]).toMatch(/^J\d+$/);
    const expected = checkSite(two.geometry, dataset!);
    expect(await textOf(page.locator('.site-report [data-testid="site-status"]'))).toBe(siteVerdict(siteFindings(expected), 'zh').text);
    await suite.app.screenshot('planner-report');
    await page.click('.report-tools button:last-child');
  });

  it('exports 地块二 as a 部标 TXT that reads back to the same vertices (to 1 mm) and area', async () => {
    const page = suite.app.page;
    const two = (await stored())[1]!;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-txt"]')]);
    expect(download.suggestedFilename()).toBe('地块二.txt');
    const bytes = new Uint8Array(await readFile((await download.path())!));
    const back = importFiles({ '地块二.txt': bytes });
    if (back.kind !== 'ok') throw new Error(JSON.stringify(back));
    const g = back.collection.features[0]!.geometry as Polygon;
    const gk = (r: readonly number[][]) => r.map((p) => toZone40(p[0]!, p[1]!));
    const a = gk(outer(two.geometry)), b = gk(g.coordinates[0]!);
    expect(b).toHaveLength(a.length);
    // The same ring (perhaps from another vertex): every vertex within 1 mm of one of the original's.
    for (const p of b) expect(Math.min(...a.map((q) => Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!)))).toBeLessThan(0.001);
    expect(Math.abs(geometryArea(g) - geometryArea(two.geometry))).toBeLessThan(0.01);
    // Imported again in the app: the same 地块, recognised as already there (or added with the same area).
    await suite.app.pickFiles('[data-testid="import-sites-input"]', { '地块二.txt': bytes });
    await page.waitForSelector('[data-testid="issues-panel"]');
    await page.click('[data-testid="issues-panel"] .close');
  });

  it('moves a boundary point of 地块二 by typing its X in the 界址点 table: to the millimetre, and undone with ↶', async () => {
    const page = suite.app.page;
    const two = (await stored())[1]!;
    await page.click(`[data-testid="site-${two.id}"] .site-name`);
    await page.click('[data-testid="vertex-editor"] summary');
    const row = page.locator('[data-testid="vertex-edit-row"]').first();
    const point = (await row.locator('td').first().textContent())!;
    const x = Number(await row.locator('input').first().inputValue());
    const y = Number(await row.locator('input').nth(1).inputValue());
    // 1.5 m further north.
    await row.locator('input').first().fill((x + 1.5).toFixed(3));
    await row.locator('input').first().press('Enter');
    await page.waitForFunction(([id, was]) => JSON.stringify((JSON.parse(localStorage.getItem('shangyu-eco-map.sites.v1') ?? '[]') as { id: string; geometry: unknown }[]).find((s) => s.id === id)?.geometry) !== was, [two.id, JSON.stringify(two.geometry)] as const);
    const after = (await stored())[1]!;
    const gk = outer(after.geometry).map((p) => toZone40(p[0]!, p[1]!));
    expect(gk.some(([e, n]) => Math.abs(n - (x + 1.5)) < 0.001 && Math.abs(e - y) < 0.001)).toBe(true);
    // The ring stays closed, and the point keeps its name (the file's own 点号).
    expect(outer(after.geometry)[0]).toEqual(outer(after.geometry).at(-1));
    expect(await page.locator('[data-testid="vertex-edit-row"] td:first-child').allTextContents()).toContain(point);
    await page.click('[data-testid="site-undo"]');
    await expect.poll(async () => JSON.stringify((await stored())[1]!.geometry)).toBe(JSON.stringify(two.geometry));
  });

  it('imports a DXF, asks for its coordinate system, and edits a vertex of one of its sites', async () => {
    const page = suite.app.page;
    // The DXF holds the same rectangles as the TXT (its README): start from no sites, or they would be
    // recognised as already imported.
    await page.evaluate(() => localStorage.removeItem('shangyu-eco-map.sites.v1'));
    await page.reload();
    await suite.app.waitForBoard();
    await suite.app.tab('sites');
    const n = 0;
    await suite.app.pickFiles('[data-testid="import-sites-input"]', { 'sites-zone40.dxf': await fixture('sites-zone40.dxf') });
    await page.waitForSelector('[data-testid="crs-dialog"]');
    expect(await page.locator('.crs-choices button').first().textContent()).toMatch(/^EPSG:4528/);
    await page.click('[data-testid="crs-EPSG:4528"]');
    await page.waitForFunction((k) => (JSON.parse(localStorage.getItem('shangyu-eco-map.sites.v1') ?? '[]') as unknown[]).length === k + 2, n);
    // The open polyline (handle 31) was skipped, and the user told so.
    expect((await suite.app.issueLines()).some((l) => l.includes('31'))).toBe(true);
    await page.click('[data-testid="issues-panel"] .close');
    const dxf = (await stored()).slice(n);
    const r = importFiles({ 'sites-zone40.dxf': await fixture('sites-zone40.dxf') }, 'EPSG:4528');
    if (r.kind !== 'ok') throw new Error('fixture');
    // The same shapes as the core reads them (reprojected by the browser's engine: equal to ~1e-12).
    const areas = r.collection.features.map((f) => geometryArea(f.geometry as Polygon));
    expect(dxf.map((s, i) => Math.abs(geometryArea(s.geometry) - areas[i]!) / areas[i]!).every((d) => d < 1e-9)).toBe(true);
    await page.click(`[data-testid="site-${dxf[0]!.id}"] .site-name`);
    await page.click('[data-testid="edit-site"]');
    await page.waitForSelector('[data-testid="edit-hint"]');
    await suite.app.mapIdle();
    const ne = outer(dxf[0]!.geometry).reduce((a, p) => (p[0]! + p[1]! > a[0]! + a[1]! ? p : a));
    const moved = await dragVertexEast(dxf[0]!.id, ne);
    expect(geometryArea(moved.geometry)).toBeGreaterThan(geometryArea(dxf[0]!.geometry));
    await page.click('[data-testid="edit-site"]');
    expect(suite.app.errors).toEqual([]);
    expect(suite.app.external).toEqual([]);
  });
});
