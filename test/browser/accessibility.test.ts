/**
 * Accessibility as axe-core checks it (WCAG 2.1 A and AA): no serious or critical violation on the
 * main view, the sections tab, the sites tab, in English, and in the exhibition.
 */
import { describe, expect, it } from 'vitest';
import { AppDriver } from './app-driver.ts';
import { appSuite } from './suite.ts';

const suite = appSuite();

describe('accessibility (axe-core)', () => {
  it('finds no serious or critical violation on the main view and each tab', async () => {
    expect(await suite.app.axeViolations()).toEqual([]);
    for (const tab of ['sections', 'sites', 'board'] as const) {
      await suite.app.tab(tab);
      expect(await suite.app.axeViolations(), tab).toEqual([]);
    }
    await suite.app.page.click('[data-testid="lang-switch"]');
    expect(await suite.app.axeViolations(), 'English').toEqual([]);
    await suite.app.page.click('[data-testid="lang-switch"]');
  });

  it('finds none in the exhibition', async () => {
    const ex = await AppDriver.open(suite.browser, suite.url, '', { width: 1920, height: 1080 }, 'mode=exhibition&step=600000&idle=60000');
    await ex.page.waitForSelector('[data-testid="tour-card"]');
    expect(await ex.axeViolations()).toEqual([]);
    await ex.close();
  });
});
