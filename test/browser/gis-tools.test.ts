/**
 * What GIS users reach for first: one search box for places, ids and typed coordinates (decimal,
 * DMS, Gauss-Krüger zone 40), and the pointer's coordinates in degrees, DMS and zone 40.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/io.ts';
import { geometryArea, lineLength } from '../../src/core/index.ts';
import { textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { dataset } = await loadDataset((f) => readFile(path.join(ROOT, 'data', f)).then((b) => new Uint8Array(b)).catch(() => null));
const suite = appSuite();

describe('search', () => {
  it('finds a section by id and a town by name, goes there and opens its details', async () => {
    const page = suite.app.page;
    await page.fill('[data-testid="search-input"]', 'sy39');
    await page.waitForSelector('[data-testid="search-hits"] li');
    expect(await textOf(page.locator('[data-testid="search-hits"] li').first())).toBe('陈溪 (SY39) · 水质监测断面');
    await page.press('[data-testid="search-input"]', 'Enter');
    expect(await textOf(page.getByTestId('inspector-name'))).toBe('陈溪');
    await suite.app.mapIdle();
    expect(await suite.app.renderedCount('selection-circle')).toBe(1);
    // A town by part of its name, chosen with the arrow keys.
    await page.fill('[data-testid="search-input"]', '街道');
    await page.waitForSelector('[data-testid="search-hits"] li[aria-selected="true"]');
    const second = await textOf(page.locator('[data-testid="search-hits"] li').nth(1));
    await page.press('[data-testid="search-input"]', 'ArrowDown');
    await page.press('[data-testid="search-input"]', 'Enter');
    expect(await textOf(page.getByTestId('inspector-name'))).toBe(second.split(' · ')[0]);
    await suite.app.screenshot('search-town');
  });

  it('finds places by pinyin initials or full pinyin (polyphones as in the name)', async () => {
    const page = suite.app.page;
    await page.fill('[data-testid="search-input"]', 'ctz');
    await page.waitForFunction(() => document.querySelector('[data-testid="search-hits"] li')?.textContent?.startsWith('长塘镇'));
    await page.fill('[data-testid="search-input"]', 'zhangtang');
    await page.waitForFunction(() => document.querySelector('[data-testid="search-hits"] li')?.textContent?.startsWith('长塘镇'));
    await page.fill('[data-testid="search-input"]', 'tpsk');
    await page.waitForFunction(() => document.querySelector('[data-testid="search-hits"] li')?.textContent?.startsWith('汤浦水库'));
    const first = await textOf(page.locator('[data-testid="search-hits"] li').first());
    await page.press('[data-testid="search-input"]', 'Enter');
    expect(await textOf(page.getByTestId('inspector-name'))).toBe(first.split(' · ')[0]!.replace(/ \(.*\)$/, ''));
    await suite.app.screenshot('search-pinyin');
  });

  it('flies to typed coordinates in degrees, DMS and Gauss-Krüger zone 40, and pins them', async () => {
    const page = suite.app.page;
    // 120°52′12″E 30°01′48″N = 120.87°E 30.03°N; zone 40 (583850.123, 3323456.789) is 120.86926°E
    // 30.02729°N by PROJ (test/crs.test.ts).
    for (const [typed, lon, lat] of [['120.87, 30.03', 120.87, 30.03], ['120°52′12″E 30°01′48″N', 120.87, 30.03], ['40 583850.123 3323456.789', 120.86926, 30.02729]] as const) {
      await page.fill('[data-testid="search-input"]', typed);
      await page.waitForFunction(() => document.querySelector('[data-testid="search-hits"] li')?.textContent?.startsWith('坐标'));
      expect(await textOf(page.locator('[data-testid="search-hits"] li').first()), typed).toBe(`坐标 ${lon.toFixed(5)}, ${lat.toFixed(5)}`);
      await page.press('[data-testid="search-input"]', 'Enter');
      await suite.app.mapIdle();
      const centre = await page.evaluate(() => window.__ecoMap!.getView().center);
      expect(Math.abs(centre[0] - lon), typed).toBeLessThan(1e-4);
      expect(Math.abs(centre[1] - lat), typed).toBeLessThan(1e-4);
      expect(await suite.app.renderedCount('marker')).toBe(1);
    }
    await suite.app.screenshot('search-point');
  });
});

describe('coordinates', () => {
  it('shows the pointer in degrees, DMS and CGCS2000 Gauss-Krüger zone 40', async () => {
    const page = suite.app.page;
    // The pin of the last search is at zone 40 (583850.123, 3323456.789): hover over it.
    const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
    const p = await page.evaluate(() => window.__ecoMap!.project(120.8692579072, 30.0272892131));
    await page.mouse.move(box.x + p.x, box.y + p.y);
    const text = await textOf(page.getByTestId('coords-readout'));
    // Within a pixel of the point: about 10 m at this zoom, so the readout's easting and northing
    // are checked to the nearest 20 m.
    const m = /^(\d+\.\d+), (\d+\.\d+) · (\d+°\d+′[\d.]+″E) (\d+°\d+′[\d.]+″N) · CGCS2000 GK 40: (\d+\.\d) (\d+\.\d)$/.exec(text)!;
    expect(m, text).not.toBeNull();
    expect(Math.abs(Number(m[5]) - 40583850.123)).toBeLessThan(20);
    expect(Math.abs(Number(m[6]) - 3323456.789)).toBeLessThan(20);
    expect(m[3]).toMatch(/^120°52′/);
    expect(m[4]).toMatch(/^30°01′/);
    expect(suite.app.errors).toEqual([]);
    expect(suite.app.external).toEqual([]);
  });
});

describe('identify', () => {
  it('lists every feature under a click, and opens the one chosen', async () => {
    const page = suite.app.page;
    // At 汤浦水库 the red line and the drinking-water protection area overlap.
    const at: [number, number] = [120.79, 29.864];
    const inside = (layer: string) => dataset!.layers[layer]!.features.filter((f) => booleanPointInPolygon(at, f.geometry as Polygon | MultiPolygon)).map((f) => String(f.properties.name));
    const red = inside('redLines');
    const protectedHere = inside('protectedAreas');
    expect(red.length).toBe(1);
    expect(protectedHere.length).toBe(1);
    await page.fill('[data-testid="search-input"]', '');
    await page.evaluate(([x, y]) => window.__ecoMap!.fitBounds([x! - 0.02, y! - 0.02, x! + 0.02, y! + 0.02], 13), at);
    await suite.app.mapIdle();
    await suite.app.clickMap(at[0], at[1]);
    await page.waitForSelector('[data-testid="features-here"]');
    const items = await page.$$eval('[data-testid="features-here"] button', (els) => els.map((e) => e.textContent));
    expect(items).toContain(`生态保护红线 · ${red[0]}`);
    expect(items).toContain(`自然保护地 · ${protectedHere[0]}`);
    await page.click(`[data-testid="features-here"] button:has-text("${protectedHere[0]}")`);
    expect(await textOf(page.getByTestId('inspector-name'))).toBe(protectedHere[0]);
    await suite.app.screenshot('identify-all');
  });
});

describe('time', () => {
  it('steps through the months with a slider, and plays them', async () => {
    const page = suite.app.page;
    await suite.app.tab('sections');
    // The keyboard moves the slider: from the whole year to January.
    await page.focus('[data-testid="month-slider"]');
    await page.keyboard.press('ArrowRight');
    expect(await textOf(page.getByTestId('time-label'))).toBe('1月');
    expect(await textOf(page.getByTestId('map-month'))).toBe('2018年1月 断面水质');
    // Play at 4×: the months move on by themselves (a new month within 1.5 s / 4 per step).
    await page.selectOption('[data-testid="time-speed"]', '4');
    await page.click('[data-testid="time-play"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="time-label"]')?.textContent === '3月', null, { timeout: 20000 });
    await page.click('[data-testid="time-play"]');
    const paused = await textOf(page.getByTestId('time-label'));
    expect(await page.getAttribute('[data-testid="time-play"]', 'aria-pressed')).toBe('false');
    expect(await textOf(page.getByTestId('map-month'))).toBe(`2018年${paused.replace('月', '')}月 断面水质`);
    await suite.app.screenshot('time-slider');
    await suite.app.chooseMonth(null);
  });
});

describe('measure', () => {
  /** The number before a unit in the readout (commas removed). */
  /** Waits until the page has drawn two frames (the drawing tool has taken the last click). */
  const frames = () => suite.app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const numberBefore = (text: string, unit: string) => Number(new RegExp(`([\\d,.]+) ${unit}`).exec(text)![1]!.replace(/,/g, ''));

  it('measures a distance and an area on the ellipsoid, live, in m/km and m²/亩/公顷', async () => {
    const page = suite.app.page;
    await page.evaluate(() => window.__ecoMap!.fitBounds([120.85, 30.0, 120.9, 30.04], 13));
    await suite.app.mapIdle();
    // A line of two legs; the clicks land within a pixel (a few metres here) of these points.
    const line: [number, number][] = [[120.86, 30.01], [120.88, 30.01], [120.88, 30.025]];
    await page.click('[data-testid="measure-distance"]');
    for (const p of line) { await suite.app.clickMap(p[0], p[1]); await frames(); }
    await suite.app.clickMap(line[2]![0], line[2]![1]);
    const expectedKm = lineLength(line) / 1000;
    await expect.poll(async () => Math.abs(numberBefore(await textOf(page.getByTestId('measure-readout')), 'km') / expectedKm - 1), { timeout: 10000 }).toBeLessThan(0.01);
    await suite.app.screenshot('measure-distance');
    // A square of about 1.9 × 1.7 km.
    const square: [number, number][] = [[120.86, 30.01], [120.88, 30.01], [120.88, 30.025], [120.86, 30.025]];
    await page.click('[data-testid="measure-area"]');
    for (const p of [...square, square[0]!]) { await suite.app.clickMap(p[0], p[1]); await frames(); }
    const expectedM2 = geometryArea({ type: 'Polygon', coordinates: [[...square, square[0]!]] });
    await expect.poll(async () => Math.abs(numberBefore(await textOf(page.getByTestId('measure-readout')), 'm²') / expectedM2 - 1), { timeout: 10000 }).toBeLessThan(0.01);
    const text = await textOf(page.getByTestId('measure-readout'));
    // 1 亩 = 10,000 / 15 m² and 1 公顷 = 10,000 m², to the readout's rounding.
    expect(Math.abs(numberBefore(text, '亩') - numberBefore(text, 'm²') / (10000 / 15))).toBeLessThan(0.01);
    expect(Math.abs(numberBefore(text, '公顷') - numberBefore(text, 'm²') / 10000)).toBeLessThan(0.0001);
    await suite.app.screenshot('measure-area');
    await page.click('[data-testid="measure-clear"]');
    expect(await page.locator('[data-testid="measure-readout"]').count()).toBe(0);
  });
});

describe('layers', () => {
  it('reorders layers with the buttons or by dragging, and changes a layer’s colour', async () => {
    const page = suite.app.page;
    const listed = () => page.$$eval('.layer-panel > ul > li', (els) => els.map((e) => e.getAttribute('data-testid')));
    const styleOrder = () => page.evaluate(() => window.__ecoMap!.map.getStyle().layers.map((l) => l.id));
    const before = await listed();
    // Protected areas one step up: above the red lines in the list and on the map.
    expect(before.indexOf('layer-protectedAreas')).toBe(before.indexOf('layer-redLines') + 1);
    await page.click('[data-testid="up-protectedAreas"]');
    const after = await listed();
    expect(after.indexOf('layer-protectedAreas')).toBe(after.indexOf('layer-redLines') - 1);
    await suite.app.mapIdle();
    let layers = await styleOrder();
    expect(layers.indexOf('protectedAreas-fill')).toBeGreaterThan(layers.indexOf('redLines-line'));
    // Dragging the red lines onto the protected areas puts them back on top.
    await page.dragAndDrop('[data-testid="layer-redLines"]', '[data-testid="layer-protectedAreas"]');
    expect((await listed()).indexOf('layer-redLines')).toBeLessThan((await listed()).indexOf('layer-protectedAreas'));
    await suite.app.mapIdle();
    layers = await styleOrder();
    expect(layers.indexOf('redLines-line')).toBeGreaterThan(layers.indexOf('protectedAreas-fill'));
    // A colour for the protected areas: the map and the legend take it.
    await page.locator('[data-testid="color-protectedAreas"]').fill('#ff00aa');
    await suite.app.mapIdle();
    expect(await page.evaluate(() => window.__ecoMap!.map.getPaintProperty('protectedAreas-fill', 'fill-color'))).toBe('#ff00aa');
    expect(await page.$eval('[data-testid="legend-protectedAreas"] .swatch', (e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 0, 170)');
    await suite.app.screenshot('layers-order-colour');
  });

  it('gives the district context offline: the neighbouring districts in grey with their names, roads, towns and water', async () => {
    const page = suite.app.page;
    await page.evaluate(() => window.__ecoMap!.fitBounds([120.5, 29.65, 121.25, 30.35]));
    await suite.app.mapIdle();
    const names = new Set(await page.evaluate(() => window.__ecoMap!.renderedFeatures('neighbours-label').map((f) => String(f.properties.name))));
    const expected = (dataset!.layers.neighbours?.features ?? []).map((f) => String(f.properties.name));
    expect(expected).toEqual(['越城区', '柯桥区', '嵊州市', '余姚市', '慈溪市', '萧山区']);
    for (const n of ['越城区', '柯桥区', '嵊州市', '余姚市']) expect(names.has(n), n).toBe(true);
    expect(await suite.app.renderedCount('neighbours-fill')).toBeGreaterThan(0);
    expect(await suite.app.renderedCount('roads-line')).toBeGreaterThan(0);
    expect(await suite.app.renderedCount('towns-label')).toBeGreaterThan(10);
    expect(await suite.app.renderedCount('water-line')).toBeGreaterThan(0);
    // Grey outside the district: the canvas west and south of the boundary shows the neighbours' fill (#e9e9e6).
    const samples = await Promise.all([[120.55, 29.95], [120.6, 30.0], [120.58, 29.8], [120.9, 29.68]].map(([x, y]) => suite.app.colorAt(x!, y!)));
    expect(samples.filter(([r, g, b]) => Math.abs(r - 0xe9) <= 3 && Math.abs(g - 0xe9) <= 3 && Math.abs(b - 0xe6) <= 3).length, JSON.stringify(samples)).toBeGreaterThanOrEqual(3);
    expect(suite.app.external).toEqual([]);
    await suite.app.screenshot('context-offline');
  });

  it('draws 天地图 only when the user opts in with a key, with its attribution, and stops asking when turned off', async () => {
    const page = suite.app.page;
    // A 1×1 transparent PNG stands in for every 天地图 tile: the test asks no server for anything.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const asked: string[] = [];
    await page.route('https://t0.tianditu.gov.cn/**', (route) => { asked.push(route.request().url()); return route.fulfill({ status: 200, contentType: 'image/png', body: png }); });
    const basemapLayers = () => page.evaluate(() => window.__ecoMap!.map.getStyle().layers.filter((l) => l.id.startsWith('basemap')).map((l) => l.id));
    await page.click('[data-testid="basemap-setting"] summary');
    await page.selectOption('[data-testid="basemap-choice"]', 'tianditu-vec');
    // Without a key nothing is drawn or asked for, and the panel says what is missing.
    expect(await textOf(page.locator('[data-testid="basemap-setting"] .hint'))).toContain('天地图密钥');
    await suite.app.mapIdle();
    expect(await basemapLayers()).toEqual([]);
    expect(asked).toEqual([]);
    await page.fill('[data-testid="basemap-key"]', 'abcdef0123456789');
    await suite.app.mapIdle();
    const layers = await page.evaluate(() => window.__ecoMap!.map.getStyle().layers.map((l) => l.id));
    // The base tiles and the annotation above them, both under every data layer.
    expect(layers.slice(0, 3)).toEqual(['background', 'basemap-0', 'basemap-1']);
    expect(asked.some((u) => u.includes('T=vec_w') && u.includes('tk=abcdef0123456789'))).toBe(true);
    expect(asked.some((u) => u.includes('T=cva_w'))).toBe(true);
    expect(await textOf(page.locator('.maplibregl-ctrl-attrib'))).toContain('天地图');
    await suite.app.screenshot('basemap-tianditu');
    // Imagery swaps both layers; off removes them and the attribution.
    await page.selectOption('[data-testid="basemap-choice"]', 'tianditu-img');
    await suite.app.mapIdle();
    expect(asked.some((u) => u.includes('T=img_w'))).toBe(true);
    await page.selectOption('[data-testid="basemap-choice"]', 'off');
    await suite.app.mapIdle();
    expect(await basemapLayers()).toEqual([]);
    expect(await page.locator('.maplibregl-ctrl-attrib').first().textContent()).not.toContain('天地图');
    await page.unroute('https://t0.tianditu.gov.cn/**');
    // Every request the app made went to 天地图 after the opt-in, none elsewhere.
    expect(suite.app.external).toEqual([]);
  });
});
