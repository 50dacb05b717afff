/**
 * `?data=` the app refuses or cannot load (issue 27 §7): the page says so and what it shows
 * instead — the bundled sample for an address on another server (never fetched), an empty map
 * (not "the previous data is still shown") for a folder of its own server without a dataset.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver, textOf } from './app-driver.ts';
import { launchChromium } from './chromium.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('?data= refused', () => {
  it('says the address on another server was refused and that the bundled sample is shown, and fetches nothing from it', async () => {
    const app = await AppDriver.open(browser, inject('appUrl'), '', undefined, `data=${encodeURIComponent('https://elsewhere.example/data/')}`);
    try {
      const notice = app.page.getByTestId('data-refused');
      expect(await textOf(notice.locator('span'))).toBe('地址 ?data=https://elsewhere.example/data/ 已被拒绝：本应用只读取其自身服务器上的数据。现显示内置示例数据。');
      expect(await notice.getAttribute('role')).toBe('alert');
      // What it says it shows: the bundled sample, drawn.
      expect(await app.renderedCount('sections-circle')).toBe(40);
      expect(app.external).toEqual([]);
      await app.page.click('[data-testid="lang-switch"]');
      expect(await textOf(notice.locator('span'))).toMatch(/^The address \?data=https:\/\/elsewhere\.example\/data\/ was refused: the app reads data only from its own server\. The bundled sample data is shown instead\.$/);
      await notice.locator('.close').click();
      expect(await notice.count()).toBe(0);
    } finally {
      await app.close();
    }
  }, 120000);

  it('with ?data=../ (no dataset there) says the map is empty, not that the original data is still shown', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
    const external: string[] = [];
    await page.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
      external.push(u.href);
      return route.abort();
    });
    try {
      await page.goto(`${inject('appUrl')}?test=1&data=../`);
      await page.waitForSelector('.app[data-status="failed"]', { timeout: 60000 });
      const rejected = page.locator('[data-testid="issues-panel"] .rejected');
      expect(await textOf(rejected)).toBe('该数据集无法加载，且没有其他数据可显示：地图为空。请打开一个数据集，或去掉地址中的 ?data= 以查看示例数据。');
      expect(await page.locator('.app').getAttribute('data-dataset')).toBe('');
      // Same origin: not "refused", only not loadable.
      expect(await page.getByTestId('data-refused').count()).toBe(0);
      expect(external).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120000);
});
