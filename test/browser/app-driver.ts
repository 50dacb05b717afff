/**
 * The app as a user drives it, for browser tests: open it, wait for the map, click features,
 * pick a month, read the board. Every request that is not to localhost is blocked and recorded.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';

/** axe-core's browser build, injected into the page for accessibility checks. */
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const SHOTS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'test-results');

/** The text of an element once it is there. */
export async function textOf(l: Locator): Promise<string> {
  await l.first().waitFor({ timeout: 20000 });
  return (await l.first().textContent())?.trim() ?? '';
}

/** How a panel's select fits it: the select's right edge, the panel's, and how far the panel's content overflows it (px). */
export function selectFit(page: Page, panelTestId: string): Promise<{ selectRight: number; panelRight: number; overflow: number }> {
  return page.evaluate((id) => {
    const panel = document.querySelector(`[data-testid="${id}"]`)!;
    return { selectRight: panel.querySelector('select')!.getBoundingClientRect().right, panelRight: panel.getBoundingClientRect().right, overflow: panel.scrollWidth - panel.clientWidth };
  }, panelTestId);
}

/** Length of one animation frame on the paused clock, ms (what Playwright's clock gives a frame). */
export const FRAME_MS = 16;

/** How `AppDriver.open` opens the page, beyond where and how big. */
export interface OpenOptions {
  /**
   * Installs Playwright's clock before the app loads and pauses it at `startAt`: the page's
   * timers, animation frames, `Date` and `performance.now` move only when the test moves them
   * (`page.clock.runFor`, `runFramesUntil`). The map still draws: `mapIdle` and `runFramesUntil`
   * hand it the animation frames it asks for.
   */
  readonly clock?: { readonly startAt: Date };
  /** Files of a folder on disk served under a path of the app's own server (`/tiled-data/…`), as a web server beside the app would; others 404. */
  readonly serve?: { readonly prefix: string; readonly dir: string };
  /** A phone or tablet: touch, mobile viewport rules, device pixel ratio. */
  readonly device?: { readonly isMobile: boolean; readonly hasTouch: boolean; readonly deviceScaleFactor: number };
}

declare global {
  interface Window {
    /** Animation frames the page has asked for and not yet had (set up with the paused clock). */
    __framesPending?: () => number;
    /** Ids of `mapIdle` waits that have resolved (paused clock only). */
    __idleDone?: Set<number>;
  }
}

/**
 * Runs in the page after Playwright's clock is installed: counts the animation frames asked for,
 * so a test knows when the map waits for a frame (time must move) and when it waits for its
 * workers (time must not move).
 */
function countFrames(): void {
  const request = window.requestAnimationFrame;
  const cancel = window.cancelAnimationFrame;
  const pending = new Set<number>();
  const counted = (cb: FrameRequestCallback): number => {
    const id = request((t) => { pending.delete(id); cb(t); });
    pending.add(id);
    return id;
  };
  window.requestAnimationFrame = Object.assign(counted, { counted: true });
  window.cancelAnimationFrame = (id) => { pending.delete(id); cancel(id); };
  window.__framesPending = () => pending.size;
}

export class AppDriver {
  readonly external: string[] = [];
  /** Paths answered from OpenOptions.serve's folder. */
  readonly served: string[] = [];
  readonly errors: string[] = [];
  /** True when the page runs on the paused clock (`OpenOptions.clock`). */
  private clocked = false;
  private idleSeq = 0;
  private constructor(readonly page: Page) {}

  /** Opens the built app (test mode) with an optional hash, and waits until the board has values. */
  static async open(browser: Browser, baseUrl: string, hash = '', viewport = { width: 1600, height: 950 }, query = '', options: OpenOptions = {}): Promise<AppDriver> {
    const page = await browser.newPage({ viewport, ...(options.device ?? {}) });
    const d = new AppDriver(page);
    if (options.clock) {
      // install() lets time flow (from a second before startAt); pauseAt stops it at startAt, and
      // both are replayed in every document the page opens, so the app starts on a paused clock.
      const start = options.clock.startAt.getTime();
      await page.clock.install({ time: start - 1000 });
      await page.clock.pauseAt(start);
      await page.addInitScript(countFrames);
      d.clocked = true;
    }
    page.on('pageerror', (e) => d.errors.push(e.message));
    await page.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
      d.external.push(u.href);
      return route.abort();
    });
    const serve = options.serve;
    if (serve) {
      // Registered after the guard above, so it answers first (Playwright runs the latest route first).
      await page.route(`**${serve.prefix}**`, async (route) => {
        const u = new URL(route.request().url());
        d.served.push(u.pathname);
        const file = path.join(serve.dir, decodeURIComponent(u.pathname.slice(serve.prefix.length)));
        const body = file.startsWith(serve.dir) ? await readFile(file).catch(() => null) : null;
        return body ? route.fulfill({ status: 200, body }) : route.fulfill({ status: 404, body: 'not found' });
      });
    }
    await page.goto(`${baseUrl}?test=1${query ? `&${query}` : ''}${hash ? `#${hash}` : ''}`);
    await page.waitForFunction(() => !!window.__ecoMap, null, { timeout: 30000 });
    if (d.clocked && !(await page.evaluate(() => (Date as unknown as { isFake?: boolean }).isFake === true && 'counted' in window.requestAnimationFrame))) {
      throw new Error('the page is not on the paused clock with counted animation frames');
    }
    await d.waitForBoard();
    await d.mapIdle();
    return d;
  }

  async waitForBoard(): Promise<void> {
    await this.page.waitForSelector('[data-status="ready"]', { timeout: 60000, state: 'attached' });
  }

  /** Waits until the map has drawn everything (on the paused clock: handing it the frames it needs). */
  async mapIdle(): Promise<void> {
    if (!this.clocked) {
      await this.page.evaluate(() => window.__ecoMap!.idle());
      return;
    }
    const id = ++this.idleSeq;
    await this.page.evaluate((n) => {
      const done = (window.__idleDone ??= new Set());
      void window.__ecoMap!.idle().then(() => done.add(n));
    }, id);
    await this.runFramesUntil((n) => window.__idleDone!.has(n), id);
  }

  /**
   * On the paused clock: gives the page the animation frames it asks for, one `FRAME_MS` step of
   * the clock each, until `done(arg)` holds in the page. While the page asks for no frame (the map
   * waits for its workers) the clock stands still, so the time this takes on the clock does not
   * depend on how busy the machine is. Fails when the clock would pass `maxMs`.
   * `done` runs in the page: it must not use anything from the test's scope.
   * @returns the time moved on the clock, ms
   */
  async runFramesUntil<A>(done: (arg: A) => boolean, arg: A, maxMs = 1500): Promise<number> {
    if (!this.clocked) throw new Error('runFramesUntil needs the page opened with the paused clock');
    for (let spent = 0; ; spent += FRAME_MS) {
      const state = await this.page.waitForFunction(([src, a]) => {
        if ((0, eval)(src)(a)) return 'done';
        return window.__framesPending!() > 0 ? 'frame' : false;
      }, [done.toString(), arg] as const, { timeout: 30000 });
      if ((await state.jsonValue()) === 'done') return spent;
      if (spent + FRAME_MS > maxMs) throw new Error(`the page still asks for frames after ${spent} ms on the clock: ${done.toString()}`);
      await this.page.clock.runFor(FRAME_MS);
    }
  }

  /** Raw values of the board, by indicator id (as the page holds them). */
  async boardValues(): Promise<Record<string, string>> {
    await this.tab('board');
    return this.page.$$eval('[data-testid^="indicator-"]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-testid')!.slice('indicator-'.length), e.getAttribute('data-value') ?? ''])));
  }

  async tab(name: 'board' | 'towns' | 'sections' | 'sites' | 'inspector'): Promise<void> {
    await this.page.click(`[data-testid="tab-${name}"]`);
  }

  /** Moves the camera to the whole sample district, as a user zooming out would. */
  async showDistrict(): Promise<void> {
    await this.page.evaluate(() => window.__ecoMap!.fitBounds([120.6455, 29.7314, 121.1084, 30.2754]));
    await this.mapIdle();
  }

  /** Clicks the map at a longitude/latitude. */
  async clickMap(lon: number, lat: number): Promise<void> {
    const box = (await this.page.locator('[data-testid="map"] canvas').boundingBox())!;
    const p = await this.page.evaluate(([x, y]) => window.__ecoMap!.project(x!, y!), [lon, lat]);
    await this.page.mouse.click(box.x + p.x, box.y + p.y);
  }

  async chooseMonth(month: number | null): Promise<void> {
    await this.tab('sections');
    await this.page.locator('[data-testid="month-slider"]').fill(String(month ?? 0));
    await this.mapIdle();
  }

  /** `_cls` of each rendered section point, by section id. */
  async renderedSectionClasses(): Promise<Record<string, number>> {
    return this.page.evaluate(() => Object.fromEntries(window.__ecoMap!.renderedFeatures('sections-circle').map((f) => [String(f.properties.id), Number(f.properties._cls)])));
  }

  /** Number of features a style layer has drawn in view. */
  async renderedCount(layerId: string): Promise<number> {
    return this.page.evaluate((id) => window.__ecoMap!.renderedFeatures(id).length, layerId);
  }

  /** The RGB colour of the map canvas at a longitude/latitude. */
  async colorAt(lon: number, lat: number): Promise<[number, number, number]> {
    return this.page.evaluate(([x, y]) => {
      const p = window.__ecoMap!.project(x!, y!);
      const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      const px = new Uint8Array(4);
      const r = window.devicePixelRatio;
      gl.readPixels(Math.round(p.x * r), Math.round(canvas.height - p.y * r), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      return [px[0]!, px[1]!, px[2]!] as [number, number, number];
    }, [lon, lat]);
  }

  /** How many distinct colours the map canvas shows (1 means blank). */
  async canvasColours(): Promise<number> {
    return this.page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      const w = canvas.width, h = canvas.height;
      const px = new Uint8Array(w * h * 4);
      gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
      const seen = new Set<number>();
      for (let i = 0; i < px.length; i += 4 * 97) seen.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
      return seen.size;
    });
  }

  /**
   * True when Chinese text renders as real glyphs: with the page's font, distinct characters give
   * distinct bitmaps, while missing glyphs (tofu) all draw the same box.
   */
  async chineseGlyphsRender(font = "32px 'Noto Sans CJK SC', sans-serif"): Promise<boolean> {
    return this.page.evaluate((f) => {
      const draw = (ch: string) => {
        const c = document.createElement('canvas');
        c.width = 48; c.height = 48;
        const g = c.getContext('2d')!;
        g.font = f; g.fillStyle = '#000'; g.textBaseline = 'top';
        g.fillText(ch, 4, 4);
        return Array.from(g.getImageData(0, 0, 48, 48).data).join(',');
      };
      const a = draw('上'), b = draw('虞'), tofuA = draw('\u{E0FF0}'), tofuB = draw('\u{E0FF1}');
      return a !== b && a !== tofuA && b !== tofuB && tofuA === tofuB;
    }, font);
  }

  /** Opens a dataset through the "Open dataset…" file picker (file name → content). */
  async openDataset(files: Readonly<Record<string, string>>): Promise<void> {
    await this.page.setInputFiles('[data-testid="open-dataset-input"]', Object.entries(files).map(([name, text]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') })));
  }

  /** Picks files (name → bytes) in a file input. */
  async pickFiles(selector: string, files: Readonly<Record<string, Uint8Array | string>>): Promise<void> {
    await this.page.setInputFiles(selector, Object.entries(files).map(([name, b]) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(b) })));
  }

  /** Draws a polygon through the points with the drawing tool (the first point closes it). */
  async drawPolygon(points: readonly (readonly [number, number])[]): Promise<void> {
    await this.page.click('[data-testid="draw-site"]');
    for (const p of [...points, points[0]!]) {
      await this.clickMap(p[0], p[1]);
      await this.page.waitForTimeout(120);
    }
    await this.page.waitForSelector('[data-testid="draw-site"]');
  }

  /** The stored sites (what the app keeps in localStorage). */
  async storedSites(): Promise<{ id: string; name: string; geometry: import('geojson').Polygon }[]> {
    return this.page.evaluate(() => JSON.parse(localStorage.getItem('shangyu-eco-map.sites.v1') ?? '[]'));
  }

  /** Rows of the overlap table: [layer, name, kind, m², %]. */
  async overlapRows(): Promise<string[][]> {
    await this.page.waitForSelector('[data-testid="overlap-table"]');
    return this.page.$$eval('[data-testid="overlap-row"]', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
  }

  /** The text lines of the data-issues panel, once it is open. */
  async issueLines(): Promise<string[]> {
    await this.page.waitForSelector('[data-testid="issues-panel"]', { timeout: 30000 });
    return this.page.$$eval('[data-testid="issues-panel"] li, [data-testid="issues-panel"] .rejected', (els) => els.map((e) => (e.textContent ?? '').trim()));
  }

  /**
   * Violations of serious or critical impact that axe-core (WCAG 2.x A and AA rules) finds in the
   * page as it is now: rule id, impact, help text and the first offending elements.
   */
  async axeViolations(): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.addScriptTag({ path: AXE_PATH });
    return this.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    });
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(SHOTS, { recursive: true });
    const file = path.join(SHOTS, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
