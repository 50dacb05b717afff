/**
 * Accessibility as axe-core checks it (WCAG 2.1 A and AA): no serious or critical violation on the
 * main view, the sections tab, the sites tab, in English, with an attribute table, the map export
 * and site editing open, and in the exhibition.
 */
import { describe, expect, it } from 'vitest';
import { AppDriver } from './app-driver.ts';
import { appSuite } from './suite.ts';

const suite = appSuite();

describe('accessibility (axe-core)', () => {
  it('finds no serious or critical violation on the main view and each tab', async () => {
    expect(await suite.app.axeViolations()).toEqual([]);
    for (const tab of ['towns', 'sections', 'sites', 'board'] as const) {
      await suite.app.tab(tab);
      expect(await suite.app.axeViolations(), tab).toEqual([]);
    }
    await suite.app.page.click('[data-testid="lang-switch"]');
    expect(await suite.app.axeViolations(), 'English').toEqual([]);
    await suite.app.page.click('[data-testid="lang-switch"]');
  });

  it('finds none with an attribute table open, in the map export dialog, or while editing a site', async () => {
    const page = suite.app.page;
    await page.click('[data-testid="table-parks"]');
    await page.waitForSelector('[data-testid="table-row-0"]');
    expect(await suite.app.axeViolations(), 'attribute table').toEqual([]);
    await page.click('[data-testid="table-close"]');
    await page.click('[data-testid="export-button"]');
    await page.click('[data-testid="export-make"]');
    await page.waitForSelector('[data-testid="export-preview"]', { timeout: 60000 });
    expect(await suite.app.axeViolations(), 'export dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await suite.app.tab('sites');
    await page.click('[data-testid="coords-entry"] summary');
    await page.fill('[data-testid="coords-text"]', '120.98, 29.94\n120.986, 29.94\n120.986, 29.945\n120.98, 29.945');
    await page.click('[data-testid="coords-add"]');
    await page.click('[data-testid="edit-site"]');
    await page.waitForSelector('[data-testid="edit-hint"]');
    expect(await suite.app.axeViolations(), 'site editing').toEqual([]);
    await page.click('[data-testid="edit-site"]');
  });

  it('finds none in the exhibition', async () => {
    const ex = await AppDriver.open(suite.browser, suite.url, '', { width: 1920, height: 1080 }, 'mode=exhibition&step=600000&idle=60000');
    await ex.page.waitForSelector('[data-testid="tour-card"]');
    expect(await ex.axeViolations()).toEqual([]);
    await ex.close();
  });
});
