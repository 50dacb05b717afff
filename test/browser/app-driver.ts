/**
 * The app as a user drives it, for browser tests: open it, wait for the map, click features,
 * pick a month, read the board. Every request that is not to localhost is blocked and recorded.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';

export const SHOTS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'test-results');

/** The text of an element once it is there. */
export async function textOf(l: Locator): Promise<string> {
  await l.first().waitFor({ timeout: 20000 });
  return (await l.first().textContent())?.trim() ?? '';
}

export class AppDriver {
  readonly external: string[] = [];
  readonly errors: string[] = [];
  private constructor(readonly page: Page) {}

  /** Opens the built app (test mode) with an optional hash, and waits until the board has values. */
  static async open(browser: Browser, baseUrl: string, hash = '', viewport = { width: 1600, height: 950 }, query = ''): Promise<AppDriver> {
    const page = await browser.newPage({ viewport });
    const d = new AppDriver(page);
    page.on('pageerror', (e) => d.errors.push(e.message));
    await page.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
      d.external.push(u.href);
      return route.abort();
    });
    await page.goto(`${baseUrl}?test=1${query ? `&${query}` : ''}${hash ? `#${hash}` : ''}`);
    await page.waitForFunction(() => !!window.__ecoMap, null, { timeout: 30000 });
    await d.waitForBoard();
    await d.mapIdle();
    return d;
  }

  async waitForBoard(): Promise<void> {
    await this.page.waitForSelector('[data-status="ready"]', { timeout: 60000, state: 'attached' });
  }

  /** Waits until the map has drawn everything. */
  async mapIdle(): Promise<void> {
    await this.page.evaluate(() => window.__ecoMap!.idle());
  }

  /** Raw values of the board, by indicator id (as the page holds them). */
  async boardValues(): Promise<Record<string, string>> {
    await this.tab('board');
    return this.page.$$eval('[data-testid^="indicator-"]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-testid')!.slice('indicator-'.length), e.getAttribute('data-value') ?? ''])));
  }

  async tab(name: 'board' | 'sections' | 'sites' | 'inspector'): Promise<void> {
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
    await this.page.selectOption('[data-testid="month-select"]', month === null ? '' : String(month));
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
