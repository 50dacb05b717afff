/** One Chromium and one opened app for a browser test file, closed after it. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { AppDriver } from './app-driver.ts';
import type { OpenOptions } from './app-driver.ts';
import { launchChromium } from './chromium.ts';

export interface Suite {
  readonly app: AppDriver;
  readonly browser: Browser;
  readonly url: string;
}

/**
 * Registers hooks that launch Chromium and open the built app (with an optional URL query, and
 * optionally on Playwright's paused clock: see `OpenOptions.clock`).
 */
export function appSuite(options: { query?: string; viewport?: { width: number; height: number }; clock?: OpenOptions['clock'] } = {}): Suite {
  const s = {} as { app: AppDriver; browser: Browser; url: string };
  beforeAll(async () => {
    s.url = inject('appUrl');
    s.browser = await launchChromium();
    s.app = await AppDriver.open(s.browser, s.url, '', options.viewport, options.query, options.clock ? { clock: options.clock } : {});
  });
  afterAll(async () => {
    await s.app?.close();
    await s.browser?.close();
  });
  return s;
}
