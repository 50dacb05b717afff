/**
 * Soak test of exhibition mode (`npm run soak -- [tours] [stepMs]`): runs the tour (7 steps) many
 * times with short steps (400 ms by default) in headless Chromium, a visitor tapping the map every
 * 60 steps, and reports JS heap (after garbage collection, forced twice), DOM nodes and map layers
 * and sources at the start (after a warm-up) and every 1,000 tour steps, the growth in each
 * 1,000 steps, in all and as a least-squares trend. Every measurement is taken on the same step of the tour (its first, the
 * red lines), so the figures compare the same screen; steps are counted as the page shows them
 * (a tap pauses the tour), not from the clock. Not part of `npm test`; its result is in the README.
 *
 * Steps are real: under load the page's timers run late, so 400 ms steps come at ~45 a minute on a
 * busy 2-core machine, not 150 (the script before this one counted 6 steps per 2.4 s whatever the
 * page did, and its "10,200 steps" in 76 min were about a third as many).
 *
 * Last run (`npm run soak -- 1430 250 --warmup 1000 --size 1280x720 --snapshots DIR`, 90 min, the
 * machine otherwise idle; 1280×720 runs ~125 steps a minute here, 1920×1080 ~75): after a warm-up
 * of 1,006 steps (V8 compiling the tour's code: +2.8 MB in an earlier run's first 1,000 steps),
 * 10,010 steps: heap 18.21 → 19.26 MB at the last reading (readings swing ±0.35 MB, s.d.), trend
 * over the 12 readings +0.040 MB per 1,000 steps (+2.2 % of the first reading per 10,000 steps);
 * the snapshots (heap-diff.ts) put all of it in V8's compiled code (8.24 → 8.82 MB), JS objects
 * 8.24 → 8.23 MB, native −0.25 MB; DOM nodes 96 → 96, layers 63 → 63, sources 21 → 21, no request
 * outside localhost.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../browser/chromium.ts';
import { serveApp } from '../browser/serve-app.ts';
import { TOUR } from '../../src/app/exhibition/tour-steps.ts';

// Options after the two numbers: --warmup N (steps before the first measurement; one tour by
// default), --size WxH (the screen; 1920x1080 by default), --snapshots DIR (a heap snapshot at the
// first and the last measurement, to compare retainers in DevTools' Memory panel).
const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const option = (name: string): string | undefined => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1] : undefined; };
const tours = Number(positional[0] ?? 30);
const stepMs = Number(positional[1] ?? 400);
const warmup = Math.max(TOUR.length, Number(option('warmup') ?? TOUR.length));
const [width, height] = (option('size') ?? '1920x1080').split('x').map(Number) as [number, number];
const snapshotDir = option('snapshots');
const totalSteps = tours * TOUR.length;
const EVERY = 1000;
const TAP_EVERY = 60;
const { url, close } = await serveApp();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width, height } });
const external: string[] = [];
await page.route('**/*', (r) => { const u = new URL(r.request().url()); if (u.hostname !== '127.0.0.1') { external.push(u.href); return r.abort(); } return r.continue(); });
// Errors and warnings the page logs (the DevTools connection keeps what they log alive: a growing count would show as heap).
let logged = 0;
const loggedTexts = new Map<string, number>();
page.on('console', (m) => {
  if (m.type() !== 'error' && m.type() !== 'warning') return;
  logged++;
  const text = `${m.type()}: ${m.text().slice(0, 160)}`;
  loggedTexts.set(text, (loggedTexts.get(text) ?? 0) + 1);
});
await page.goto(`${url}?test=1&mode=exhibition&step=${stepMs}&monthms=60&idle=1000`);
await page.waitForSelector('[data-status="ready"]', { timeout: 60000 });
const cdp = await page.context().newCDPSession(page);

// Counts the tour's steps as the page shows them: each change of the card's step (the card is
// taken away while a tap card shows, and comes back on the same step: not a new step).
// (A string: tsx would wrap a named function in a helper the page does not have.)
await page.evaluate(`(() => {
  const w = window;
  w.__soak = { steps: 0, step: null, card: false };
  const read = () => {
    const s = document.querySelector('[data-testid="tour-card"]')?.dataset.step ?? null;
    w.__soak.card = s !== null;
    if (s !== null && s !== w.__soak.step) { if (w.__soak.step !== null) w.__soak.steps++; w.__soak.step = s; }
  };
  read();
  new MutationObserver(read).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step'] });
})()`);
const progress = () => page.evaluate(() => (window as unknown as { __soak: { steps: number; step: string | null; card: boolean } }).__soak);

interface Sample { steps: number; minutes: number; heapMB: number; domNodes: number; layers: number; sources: number }
const t0 = Date.now();
async function measure(steps: number): Promise<Sample> {
  // Tile loads in flight swing the heap by 1–2 MB: wait (up to 3 s) until the map has drawn what it shows.
  await page.evaluate(() => Promise.race([window.__ecoMap!.idle(), new Promise<void>((r) => setTimeout(r, 3000))]));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counts = await page.evaluate(() => {
    const style = (window.__ecoMap as unknown as { map: { getStyle(): { layers: unknown[]; sources: Record<string, unknown> } } }).map.getStyle();
    return { domNodes: document.getElementsByTagName('*').length, layers: style.layers.length, sources: Object.keys(style.sources).length };
  });
  return { steps, minutes: (Date.now() - t0) / 60000, heapMB: usedSize / 1048576, ...counts };
}

/** Waits until the tour has shown `steps` steps and shows its first step again (no tap card); returns the steps shown. */
async function runUntil(steps: number, tap: () => Promise<void>): Promise<number> {
  for (;;) {
    const p = await progress();
    if (p.steps >= steps && p.step === TOUR[0]!.id && p.card) return p.steps;
    await tap();
    await page.waitForTimeout(stepMs / 4);
  }
}

let nextTap = TAP_EVERY;
async function tap(): Promise<void> {
  const p = await progress();
  if (p.steps < nextTap) return;
  nextTap += TAP_EVERY;
  // A visitor taps the middle of the map (a feature's card, or nothing): the tour pauses, then resumes.
  const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const fmt = (s: Sample) => `${String(s.steps).padStart(7)}${s.minutes.toFixed(1).padStart(8)}${s.heapMB.toFixed(2).padStart(10)}${String(s.domNodes).padStart(6)}${`${s.layers}/${s.sources}`.padStart(8)}`;
const header = `${'steps'.padStart(7)}${'min'.padStart(8)}${'heap MB'.padStart(10)}${'DOM'.padStart(6)}${'lay/src'.padStart(8)}   growth since the last row`;
process.stderr.write(`${header}\n`);
/** Writes a heap snapshot of the page (after the garbage collection `measure` forced) to `snapshotDir`. */
async function snapshot(name: string): Promise<void> {
  if (!snapshotDir) return;
  await mkdir(snapshotDir, { recursive: true });
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => { chunks.push(e.chunk); };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await writeFile(path.join(snapshotDir, `${name}.heapsnapshot`), chunks.join(''));
}

// Warm up (one full tour by default: every step's data and tiles loaded once; V8 keeps compiling
// the tour's code for about 1,000 steps more), then measure on the first step.
const first = await runUntil(warmup, tap);
const samples: Sample[] = [await measure(first)];
await snapshot(`steps-${first}`);
process.stderr.write(`${fmt(samples[0]!)}\n`);
const lines: string[] = [];
for (let target = first + EVERY; ; target += EVERY) {
  // The last row is taken at the end, not a few steps after the row before it.
  const last = target + EVERY > first + totalSteps;
  const s = await measure(await runUntil(last ? first + totalSteps : target, tap));
  const prev = samples[samples.length - 1]!;
  samples.push(s);
  const d = s.heapMB - prev.heapMB;
  const per1000 = (d / (s.steps - prev.steps)) * 1000;
  const line = `${fmt(s)}   ${d >= 0 ? '+' : ''}${d.toFixed(2)} MB (${d >= 0 ? '+' : ''}${((d / prev.heapMB) * 100).toFixed(1)} %), ${per1000 >= 0 ? '+' : ''}${per1000.toFixed(2)} MB per 1,000 steps`;
  lines.push(line);
  process.stderr.write(`${line}\n`);
  if (last) { await snapshot(`steps-${s.steps}`); break; }
}
const start = samples[0]!;
const end = samples[samples.length - 1]!;
const steps = end.steps - start.steps;
const growth = end.heapMB - start.heapMB;
console.log(`Soak: ${tours} tours of ${TOUR.length} steps at ${width}×${height} (${steps} steps of ${stepMs} ms after a warm-up of ${first} steps), ${(end.minutes).toFixed(1)} min, requests outside localhost: ${external.length}, errors and warnings logged: ${logged}`);
console.log(header);
console.log(fmt(start));
for (const l of lines) console.log(l);
console.log(`heap growth: ${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MB (${growth >= 0 ? '+' : ''}${((growth / start.heapMB) * 100).toFixed(1)} %) in ${steps} steps, ${((growth / steps) * 1000).toFixed(3)} MB (${(((growth / start.heapMB) * 100 / steps) * 1000).toFixed(2)} %) per 1,000 steps; DOM nodes ${start.domNodes} → ${end.domNodes}, layers ${start.layers} → ${end.layers}, sources ${start.sources} → ${end.sources}`);
// One reading swings by up to ±0.8 MB (tiles and labels MapLibre holds at that moment): the trend
// over all rows (least squares) says more than the first and last alone.
const xs = samples.map((x) => x.steps), ys = samples.map((x) => x.heapMB);
const mx = xs.reduce((a, b) => a + b, 0) / xs.length, my = ys.reduce((a, b) => a + b, 0) / ys.length;
const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / (xs.reduce((a, x) => a + (x - mx) ** 2, 0) || 1);
console.log(`trend over the ${samples.length} readings (least squares): ${slope * 1000 >= 0 ? '+' : ''}${(slope * 1000).toFixed(3)} MB per 1,000 steps, ${slope >= 0 ? '+' : ''}${((slope * 10000) / start.heapMB * 100).toFixed(1)} % of the first reading over 10,000 steps`);
for (const [text, n] of loggedTexts) console.log(`  logged ${n}×  ${text}`);
await browser.close();
await close();
