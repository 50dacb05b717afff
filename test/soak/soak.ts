/**
 * Soak test of exhibition mode (`npm run soak -- [cycles]`): runs the tour many times with short
 * steps in headless Chromium and reports JS heap (after garbage collection), DOM nodes and map
 * layers and sources at the start and the end. Not part of `npm test`; its result is in the README.
 */
import { launchChromium } from '../browser/chromium.ts';
import { serveApp } from '../browser/serve-app.ts';

const cycles = Number(process.argv[2] ?? 30);
const stepMs = 400;
const { url, close } = await serveApp();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const external: string[] = [];
await page.route('**/*', (r) => { const u = new URL(r.request().url()); if (u.hostname !== '127.0.0.1') { external.push(u.href); return r.abort(); } return r.continue(); });
await page.goto(`${url}?test=1&mode=exhibition&step=${stepMs}&monthms=60&idle=1000`);
await page.waitForSelector('[data-status="ready"]', { timeout: 60000 });
const cdp = await page.context().newCDPSession(page);

async function measure(): Promise<{ heapMB: number; domNodes: number; layers: number; sources: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counts = await page.evaluate(() => {
    const style = (window.__ecoMap as unknown as { map: { getStyle(): { layers: unknown[]; sources: Record<string, unknown> } } }).map.getStyle();
    return { domNodes: document.getElementsByTagName('*').length, layers: style.layers.length, sources: Object.keys(style.sources).length };
  });
  return { heapMB: usedSize / 1048576, ...counts };
}

// Warm up one full tour, then measure.
await page.waitForTimeout(stepMs * 7);
const start = await measure();
const t0 = Date.now();
for (let i = 0; i < cycles; i++) {
  await page.waitForTimeout(stepMs * 6);
  if (i % 10 === 9) {
    // A visitor taps the map now and then.
    const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
}
const end = await measure();
const minutes = (Date.now() - t0) / 60000;
const rows = [['', 'start', 'end'], ['JS heap (MB)', start.heapMB.toFixed(2), end.heapMB.toFixed(2)], ['DOM nodes', String(start.domNodes), String(end.domNodes)], ['map layers', String(start.layers), String(end.layers)], ['map sources', String(start.sources), String(end.sources)]];
console.log(`Soak: ${cycles} tours of 6 steps (${stepMs} ms each), ${minutes.toFixed(1)} min, requests outside localhost: ${external.length}`);
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(14) : c.padStart(10))).join(''));
console.log(`heap growth: ${(end.heapMB - start.heapMB).toFixed(2)} MB (${(((end.heapMB - start.heapMB) / start.heapMB) * 100).toFixed(1)} %)`);
await browser.close();
await close();
