/**
 * Launches the system's Chromium for browser tests (never a downloaded browser): CHROME_PATH,
 * else /usr/bin/chromium; fails with how to install it when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** The Chromium executable to use, or an error that says how to get one. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error('Browser tests need Chromium and CJK fonts. Install them with:\n  apt-get update && apt-get install -y chromium fonts-noto-cjk\n'
      + 'or set CHROME_PATH to a Chromium executable.');
  }
  return found;
}

/** Headless Chromium with WebGL on SwiftShader and no background network traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
}
