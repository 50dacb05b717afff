/**
 * A map that cannot start says so on the map, in the user's language, with what to do — instead
 * of a blank map beside a board full of numbers: MapLibre's worker refused (served with a type that
 * is not JavaScript, as stock nginx served the `.mjs` worker), a browser without WebGL, and a lost
 * WebGL context that a new map cannot get back.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './app-driver.ts';
import { launchChromium } from './chromium.ts';

/** Makes every new WebGL context fail, as in a browser without WebGL (runs in the page). */
function noWebgl(): void {
  const get = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
    if (/webgl/i.test(kind)) return null;
    return (get as (k: string, ...r: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
  } as typeof get;
}

describe('a map that cannot start', () => {
  let browser: Browser;
  const url = inject('appUrl');
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });

  /** Opens the app (not waiting for the map), after `prepare` has set the page up. */
  async function open(prepare: (page: Page) => Promise<void>, hash = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await prepare(page);
    await page.goto(`${url}?test=1${hash ? `#${hash}` : ''}`);
    await page.waitForSelector('[data-status="ready"]', { timeout: 60000, state: 'attached' });
    return page;
  }

  it('says, in Chinese, that the web server refused the map\'s worker script', async () => {
    const page = await open(async (p) => {
      await p.route(/maplibre-gl-worker-[^/]*\.js$/, async (route) => {
        // What stock nginx did with the .mjs worker: the right bytes with a type that is not JavaScript.
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
      });
    });
    const notice = page.locator('[data-testid="map-failure"]');
    await notice.waitFor({ timeout: 30000 });
    expect(await notice.getAttribute('data-kind')).toBe('worker');
    expect(await notice.textContent()).toContain('地图无法显示');
    expect(await notice.textContent()).toContain('MIME');
    // The numbers are still there.
    expect(await page.locator('[data-testid^="indicator-"]').count()).toBeGreaterThan(5);
    await page.screenshot({ path: 'test-results/map-failure-worker.png' });
    await page.close();
  });

  it('says, in English, that the browser has no WebGL', async () => {
    const page = await open(async (p) => { await p.addInitScript(noWebgl); }, 'lang=en');
    const notice = page.locator('[data-testid="map-failure"]');
    await notice.waitFor({ timeout: 30000 });
    expect(await notice.getAttribute('data-kind')).toBe('webgl');
    expect(await notice.textContent()).toContain('This browser gives no WebGL');
    await page.close();
  });

  it('says so when the WebGL context is lost and a new map cannot get one', async () => {
    const app = await AppDriver.open(browser, url);
    const page = app.page;
    expect(await page.locator('[data-testid="map-failure"]').count()).toBe(0);
    await page.evaluate((f) => {
      const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
      const ext = (canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!;
      (0, eval)(`(${f})`)();
      ext.loseContext();
    }, noWebgl.toString());
    // After 5 s without the context coming back the app builds a new map, which gets no context.
    const notice = page.locator('[data-testid="map-failure"]');
    await notice.waitFor({ timeout: 30000 });
    expect(await notice.getAttribute('data-kind')).toBe('context');
    expect(await notice.textContent()).toContain('未能恢复');
    await app.close();
  });
});
