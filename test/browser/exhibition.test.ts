/**
 * Exhibition mode in the built app: the tour steps through the whole story with the right
 * indicator on each card, a tap pauses it and idle time brings it back, the timeline marks the
 * current phase, and the map survives a lost WebGL context.
 *
 * The page runs on Playwright's paused clock: the tour, the month playback and the idle timeout
 * move only when a test moves the clock, and the map gets the animation frames it asks for
 * without the tour moving on meanwhile, so a slow machine makes the tests slower, never wrong.
 * Each test moves the tour to the step it starts from, wherever an earlier test left it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOUR } from '../../src/app/exhibition/tour-steps.ts';
import { compareYears, computeReport, indicatorsByZone, loadYears } from '../../src/core/compute.ts';
import { loadDataset } from '../../src/core/io.ts';
import { textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { dataset } = await loadDataset((f) => readFile(path.join(ROOT, 'data', f)).then((b) => new Uint8Array(b)).catch(() => null));
const report = computeReport(dataset!);
const towns = indicatorsByZone(dataset!, 'towns');
const yearData = await loadYears((f) => readFile(path.join(ROOT, 'data', f)).then((b) => new Uint8Array(b)).catch(() => null), dataset!);
const change = compareYears(...(yearData.map((y) => ({ year: y.year, dataset: y.dataset!, report: computeReport(y.dataset!) })) as [never, never]));

/** Tour timings given to the app, ms on the page's clock. */
const STEP_MS = 5000;
const IDLE_MS = 2500;
const MONTH_MS = 400;
/** How far the clock moves between two looks at the tour, ms. */
const TICK = 250;
/**
 * Clock time a test may still spend on a step it has reached, ms: enough for drawing and idle
 * (`runFramesUntil` gives each at most 1500 ms) or drawing and a month, so each check and
 * screenshot of a step happens while the tour still shows it.
 */
const STEP_LEFT = STEP_MS - 4 * TICK;

const suite = appSuite({
  viewport: { width: 1920, height: 1080 },
  query: `mode=exhibition&step=${STEP_MS}&idle=${IDLE_MS}&monthms=${MONTH_MS}`,
  clock: { startAt: new Date('2018-07-16T09:00:00+08:00') },
});

declare global {
  interface Window {
    /** The tour card's step (null: no card) and the clock time it last changed. */
    __tour?: { step: string | null; since: number };
  }
}

/**
 * The step on the tour card (null while a tap card pauses the tour) and how long, on the clock, it
 * has shown it: at most the time its step timer has run, so `STEP_MS - age` is at least the time
 * left on the step. A MutationObserver notes each change; when it starts, it counts from time 0.
 */
async function tourState(): Promise<{ step: string | null; age: number }> {
  return suite.app.page.evaluate(() => {
    const card = () => document.querySelector('[data-testid="tour-card"]')?.getAttribute('data-step') ?? null;
    if (!window.__tour) {
      const t = (window.__tour = { step: card(), since: 0 });
      new MutationObserver(() => {
        const s = card();
        if (s !== t.step) Object.assign(t, { step: s, since: performance.now() });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step'] });
    }
    return { step: card(), age: performance.now() - window.__tour.since };
  });
}

/**
 * Moves the clock on, `TICK` ms at a time, until the tour shows `step` with at least `STEP_LEFT` ms
 * of it left (a tap card open meanwhile closes after its idle time, and the tour goes on).
 */
async function reach(step: string): Promise<void> {
  const limit = IDLE_MS + (TOUR.length + 1) * STEP_MS;
  for (let moved = 0; ; moved += TICK) {
    const t = await tourState();
    if (t.step === step && STEP_MS - t.age >= STEP_LEFT) return;
    if (moved > limit) throw new Error(`the tour did not come to ${step} in ${moved} ms (it shows ${t.step})`);
    await suite.app.page.clock.runFor(TICK);
  }
}

/** The step the tour card shows now. */
async function shownStep(): Promise<string | null> {
  return (await tourState()).step;
}

/**
 * Checks what a visitor 3 m away needs on the card of the step shown: body text of at least 28 px
 * on this 1080p screen, a legend, and the place the step is about (the district's box in view)
 * left of the card, not under it.
 */
async function readableAndUncovered(step: string): Promise<void> {
  const page = suite.app.page;
  const px = await page.$eval('[data-testid="tour-card"] p', (e) => parseFloat(getComputedStyle(e).fontSize));
  expect(px, `${step}: body text`).toBeGreaterThanOrEqual(28);
  if (step !== 'summary') expect(await page.locator('[data-testid="tour-card"] [data-testid="ex-legend"] li').count(), `${step}: legend`).toBeGreaterThan(0);
  const card = (await page.locator('[data-testid="tour-card"]').boundingBox())!;
  const canvas = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
  // The place the step is about: the largest urban area for the parks, the district otherwise.
  const target = step === 'parks'
    ? [...dataset!.layers.urbanAreas!.features].sort((x, y) => Number(y.properties.population) - Number(x.properties.population))[0]!
    : dataset!.layers.boundary!.features[0]!;
  const coords = (JSON.stringify((target.geometry as { coordinates: unknown }).coordinates).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g) ?? []).map((p) => p.split(',').map(Number) as [number, number]);
  const east = Math.max(...coords.map((c) => c[0]));
  const atEast = coords.find((c) => c[0] === east)!;
  const x = await page.evaluate(([lon, lat]) => window.__ecoMap!.project(lon!, lat!).x, atEast);
  if (step !== 'summary') expect(canvas.x + x, `${step}: the place stays left of the card`).toBeLessThanOrEqual(card.x + 2);
}

/** Hands the map frames until a style layer has drawn features; returns how many it drew. */
async function drawn(layer: string): Promise<number> {
  await suite.app.runFramesUntil((id) => window.__ecoMap!.renderedFeatures(id).length > 0, layer);
  return suite.app.renderedCount(layer);
}

describe('exhibition mode', () => {
  it('steps through the whole tour with the right indicator on each card', async () => {
    await reach('redLines');
    const redArea = (report.indicators[0]!.details as { areaByRoleM2: Record<string, number> }).areaByRoleM2.redLines!;
    expect(await textOf(suite.app.page.locator('[data-indicator="redLines"] .big-value'))).toBe(`${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(redArea / 1e6)}km²`);
    expect(await drawn('redLines-fill')).toBeGreaterThan(0);
    await suite.app.mapIdle();
    expect(await suite.app.renderedCount('sections-circle')).toBe(0);
    await suite.app.screenshot('tour-1-redlines');
    await readableAndUncovered('redLines');
    expect(await shownStep()).toBe('redLines');
    for (const [step, id, layer] of [['protected', 'protectedShare', 'protectedAreas-fill'], ['forest', 'forestCoverage', 'forestParcels-fill'], ['water', 'sectionsGoodRate', 'sections-circle'], ['parks', 'parkGreenPerCapita', 'parks-fill']] as const) {
      await reach(step);
      const value = Number(await suite.app.page.getAttribute(`[data-testid="tour-card"] [data-indicator="${id}"]`, 'data-value'));
      const expected = report.indicators.find((i) => i.id === id)!.value as number;
      expect(Math.abs(value - expected) / expected, id).toBeLessThan(1e-9);
      expect(await drawn(layer), layer).toBeGreaterThan(0);
      if (step === 'water') {
        // 灭Ⅴ减Ⅳ增Ⅲ over the years: the sections per class in 2016 and 2018.
        await suite.app.page.waitForSelector('[data-testid="tour-years"]');
        expect(await textOf(suite.app.page.getByTestId('tour-years'))).toBe(`2016 → 2018 年断面数：${['劣V', 'V', 'IV', 'III', 'II', 'I'].filter((l) => change.classCounts.from[l] || change.classCounts.to[l]).map((l) => `${l} ${change.classCounts.from[l]} → ${change.classCounts.to[l]}`).join(' · ')}`);
        // The months play: one month's time on the clock shows another month.
        const m1 = Number(await suite.app.page.getAttribute('[data-testid="tour-month"]', 'data-month'));
        await suite.app.page.clock.runFor(MONTH_MS);
        await suite.app.page.waitForFunction((m) => Number(document.querySelector('[data-testid="tour-month"]')?.getAttribute('data-month')) !== m, m1);
      } else {
        await suite.app.mapIdle();
      }
      await suite.app.screenshot(`tour-${step}`);
      if (step !== 'water') await readableAndUncovered(step);
      expect(await shownStep(), 'the step lasted until its screenshot').toBe(step);
    }
    // The towns ranked by protected share, coloured on the map.
    await reach('towns');
    // The towns were ranked before their step: it shows them from its first moment (it showed a blank map for seconds).
    expect(await suite.app.page.$('[data-testid="tour-towns"] li'), 'the ranking as the step starts').not.toBeNull();
    const ranked = towns.zones.filter((z) => z.indicators.protectedShare !== null).sort((a, b) => b.indicators.protectedShare! - a.indicators.protectedShare! || a.index - b.index);
    expect(await suite.app.page.$$eval('[data-testid="tour-towns"] li', (els) => els.map((e) => e.childNodes[1]?.textContent))).toEqual(ranked.slice(0, 5).map((z) => z.name));
    expect(await textOf(suite.app.page.locator('[data-testid="tour-towns"] .summary-count'))).toBe(`${ranked.filter((z) => z.indicators.protectedShare! >= 22).length} / 21 个镇街达标`);
    // The towns are coloured by their class (the style's colour is a lookup by town, not the transparent default).
    await suite.app.runFramesUntil(() => Array.isArray(window.__ecoMap!.map.getPaintProperty('towns-choropleth', 'fill-color')), null, 5000);
    expect(await drawn('towns-choropleth')).toBeGreaterThan(10);
    await suite.app.mapIdle();
    await suite.app.screenshot('tour-towns');
    await readableAndUncovered('towns');
    await reach('summary');
    const items = await suite.app.page.$$eval('[data-testid="summary"] li', (els) => els.map((e) => e.getAttribute('data-indicator')));
    expect(items).toEqual(report.indicators.map((i) => i.id));
    expect(await textOf(suite.app.page.getByTestId('summary-count'))).toBe(`${report.indicators.filter((i) => i.pass).length} / ${report.indicators.length} 项指标达标`);
    await suite.app.mapIdle();
    await suite.app.screenshot('tour-summary');
    expect(await shownStep()).toBe('summary');
    await reach('redLines');
  });

  it('marks the current phase on the timeline from the data, not from today’s date', async () => {
    // The sample is of 2018, the plan's last year, and not every indicator is met: rectification.
    const met = report.indicators.filter((i) => i.pass).length;
    expect(met).toBeLessThan(report.indicators.length);
    expect(await textOf(suite.app.page.getByTestId('data-status'))).toBe(`2018 年数据：${met} / ${report.indicators.length} 项指标达标`);
    expect(await textOf(suite.app.page.locator('[data-testid="timeline"] li[data-current] b'))).toBe('整改提升');
  });

  it('shows a card for a tapped feature and returns to the tour after idle time', async () => {
    await reach('water');
    await drawn('sections-circle');
    const s = report.sections.find((x) => x.id === 'SY39')!;
    await suite.app.clickMap(s.coordinates[0], s.coordinates[1]);
    await suite.app.page.waitForSelector('[data-testid="tap-card"]');
    expect(await textOf(suite.app.page.locator('[data-testid="tap-card"] h2'))).toBe(s.name);
    // In plain words: what it is, its class, and whether it meets its target.
    const lines = await suite.app.page.$$eval('[data-testid="tap-card"] p', (els) => els.map((e) => e.textContent));
    expect(lines).toEqual(['这是水质监测断面。', `全年水质为 ${['', 'I', 'II', 'III', 'IV', 'V', '劣V'][s.cls!]} 类。`,
      s.cls! <= s.targetClass! ? `达到水环境功能区目标（${['', 'I', 'II', 'III', 'IV', 'V', '劣V'][s.targetClass!]} 类）。` : `未达到水环境功能区目标（${['', 'I', 'II', 'III', 'IV', 'V', '劣V'][s.targetClass!]} 类）。`]);
    expect(await suite.app.page.locator('[data-testid="tour-card"]').count()).toBe(0);
    // The clock stood still since the tap: just short of the idle time, the card is still there.
    await suite.app.page.clock.runFor(IDLE_MS - TICK);
    expect(await suite.app.page.locator('[data-testid="tap-card"]').count()).toBe(1);
    await suite.app.page.clock.runFor(TICK);
    await suite.app.page.waitForSelector('[data-testid="tour-card"]');
    expect(await suite.app.page.locator('[data-testid="tap-card"]').count()).toBe(0);
  });

  it('keeps drawing after the WebGL context is lost and restored', async () => {
    await reach('summary');
    await suite.app.mapIdle();
    await suite.app.page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
      const ext = (canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!;
      const w = window as unknown as { __context: { ext: WEBGL_lose_context; lost: boolean; restored: boolean } };
      w.__context = { ext, lost: false, restored: false };
      canvas.addEventListener('webglcontextlost', () => { w.__context.lost = true; }, { once: true });
      canvas.addEventListener('webglcontextrestored', () => { w.__context.restored = true; }, { once: true });
      ext.loseContext();
    });
    await suite.app.page.waitForFunction(() => (window as unknown as { __context: { lost: boolean } }).__context.lost);
    // Lost for 300 ms on the clock, well short of the 5 s after which the app builds a new map.
    await suite.app.page.clock.runFor(300);
    await suite.app.page.evaluate(() => (window as unknown as { __context: { ext: WEBGL_lose_context } }).__context.ext.restoreContext());
    await suite.app.page.waitForFunction(() => (window as unknown as { __context: { restored: boolean } }).__context.restored);
    expect(await shownStep()).toBe('summary');
    await reach('redLines');
    expect(await drawn('redLines-fill')).toBeGreaterThan(0);
    await suite.app.mapIdle();
    expect(await suite.app.canvasColours()).toBeGreaterThan(10);
    expect(suite.app.external).toEqual([]);
    expect(suite.app.errors).toEqual([]);
  });
});

/** The map's furniture as drawn: label and marker sizes in the style, the scale bar, the north arrow and the timeline's top. */
async function furniture(page: import('playwright-core').Page) {
  await page.waitForFunction(() => !!window.__ecoMap && !!document.querySelector('.maplibregl-ctrl-scale') && !!document.querySelector('.north-arrow svg'), null, { timeout: 60000 });
  return page.evaluate(() => {
    const m = window.__ecoMap!.map;
    const scale = document.querySelector('.maplibregl-ctrl-scale')!;
    const box = scale.getBoundingClientRect();
    return {
      town: m.getLayoutProperty('towns-label', 'text-size') as number, marker: m.getPaintProperty('sections-circle', 'circle-radius') as number,
      scaleFont: parseFloat(getComputedStyle(scale).fontSize), scaleLeft: box.left, scaleBottom: box.bottom, bar: parseFloat((scale as HTMLElement).style.width),
      timelineTop: document.querySelector('[data-testid="timeline"]')!.getBoundingClientRect().top,
      north: document.querySelector('.north-arrow svg')!.getBoundingClientRect().height,
    };
  });
}

describe('exhibition mode at 1080p and on a 4K screen', () => {
  // k: the screen's height over 1080. Type, labels, markers, scale bar and north arrow are k times their 1080p size.
  for (const [width, height, name] of [[1920, 1080, '1080p'], [3840, 2160, '4k']] as const) {
    const k = height / 1080;
    it(`scales its type and the map furniture with the screen at ${width} × ${height}: body text ${28 * k} px, labels, markers, scale bar and north arrow ${k}× their 1080p size`, async () => {
      const page = await suite.browser.newPage({ viewport: { width, height } });
      await page.goto(`${suite.url}?test=1&mode=exhibition&step=600000`);
      await page.waitForSelector('[data-testid="tour-card"] p', { timeout: 60000 });
      const f = await furniture(page);
      expect(f).toMatchObject({ town: 24 * k, marker: 12 * k, scaleFont: 20 * k, north: 42 * k });
      // The scale bar sits inside the screen, above the timeline and its data-status box.
      expect(f.scaleLeft).toBeGreaterThanOrEqual(20 * k);
      expect(f.scaleBottom).toBeLessThanOrEqual(f.timelineTop);
      // The bar is a round distance at most 140 × k px long: MapLibre's own length for that distance.
      expect(f.bar).toBeGreaterThanOrEqual(70 * k);
      expect(f.bar).toBeLessThanOrEqual(140 * k);
      expect(await page.$eval('[data-testid="tour-card"] p', (e) => parseFloat(getComputedStyle(e).fontSize))).toBeCloseTo(28 * k, 0);
      expect(await page.$eval('[data-testid="timeline"] li', (e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(28 * k);
      // The card is opaque (town names showed through it), and 「23 / 29 项指标达标」 breaks only between words.
      expect(await page.$eval('[data-testid="tour-card"]', (e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 255, 255)');
      expect(await page.$eval('[data-testid="data-status"]', (e) => getComputedStyle(e).wordBreak)).toBe('keep-all');
      await page.screenshot({ path: `test-results/exhibition-${name}.png` });
      await page.close();
    });
  }
});
