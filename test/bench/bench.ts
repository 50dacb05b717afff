/**
 * `npm run bench`: every spatial indicator on the sample and on the stress district (generated into
 * the system's temp folder, and again whenever src/sample/*.ts changed: stress-data.ts), the median
 * of the first five of ten runs in a fresh process and of the last five (warm), and peak memory, the naive way (Turf union of everything) for comparison, PostGIS's
 * time and value on the same data when a PostGIS server is at hand (postgis.ts), and what blocks
 * the main thread in Chromium (main-thread.ts) while the app shows the sample and then loads,
 * computes and shows the stress data.
 *
 * Every row is printed as soon as it is measured; a task or browser step that fails or times out
 * becomes a row saying so, and the bench goes on. The aligned tables are printed again at the end.
 *
 * Options (after `npm run bench --`):
 *   --sample-only   only the sample data in Node (no stress district, no browser): a quick check
 *   --no-browser    skip the Chromium part
 *   --tasks a,b     only these tasks (protectedShare, forestCoverage, parkGreenPerCapita,
 *                   parkServiceCoverage, waterIndicators, the four area indicators with JSTS's
 *                   overlays as jsts:protectedShare …, naive:protectedShare, naive:forestCoverage)
 *   --scale         only the scale table (scale.ts): time against size, with the exponent
 *   --engines       only the engines table (engines.ts): the CLI with JS, embedded and server PostGIS
 *                   (--parcels 20000,1000000 province sizes; --engine-list js,server; --timeout-min 30)
 *
 * At the end, a whole run writes its tables into test/bench/README.md (bench-readme.ts): the main
 * run its section, --scale and --engines theirs; the runs that measure part of the main section
 * (--sample-only, --tasks, --no-browser) leave the page as it is.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { serveApp } from '../browser/serve-app.ts';
import { LiveTable } from './live-table.ts';
import { firstLoad, serveBareMap } from './first-load.ts';
import { traceMainThread } from './main-thread.ts';
import type { MainThreadReport } from './main-thread.ts';
import { ensureStressData } from './stress-data.ts';
import { postgisTimes } from './postgis-run.ts';
import { BENCH_README, benchCommand, partialRun, runLine, writeBenchSection } from './bench-readme.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const STRESS = path.join(os.tmpdir(), 'shangyu-eco-map-stress');
const run = promisify(execFile);
const started = Date.now();

const INDICATORS = ['protectedShare', 'forestCoverage', 'parkGreenPerCapita', 'parkServiceCoverage', 'waterIndicators', 'siteCheck'];
const NAIVE = ['naive:protectedShare', 'naive:forestCoverage'];
/** The area indicators with their overlays by JSTS instead of GEOS (where GEOS is not loaded or fails). */
const JSTS = ['jsts:protectedShare', 'jsts:forestCoverage', 'jsts:parkGreenPerCapita', 'jsts:parkServiceCoverage'];

const args = process.argv.slice(2);
const date = new Date();

/** Writes this run's section of test/bench/README.md: the run line, then the tables and notes. */
function writePage(section: 'main' | 'scale' | 'engines', parts: readonly string[]): void {
  writeBenchSection(BENCH_README, section, [runLine({ date, command: benchCommand(args), seconds: (Date.now() - started) / 1000 }), ...parts].join('\n\n'));
  console.log(`\nWritten to ${path.relative(ROOT, BENCH_README)} (its "${section}" section).`);
}

if (args.includes('--scale')) {
  const scale = await (await import('./scale.ts')).benchScale();
  writePage('scale', [scale.aligned()]);
  process.exit(0);
}
if (args.includes('--engines')) {
  const engines = await (await import('./engines.ts')).benchEngines(path.join(os.tmpdir(), 'shangyu-eco-map-stress'), args);
  writePage('engines', [engines.aligned()]);
  process.exit(0);
}
const sampleOnly = args.includes('--sample-only');
const browserWanted = !sampleOnly && !args.includes('--no-browser');
const tasksArg = args[args.indexOf('--tasks') + 1];
const only = args.includes('--tasks') && tasksArg ? new Set(tasksArg.split(',')) : null;
for (const t of only ?? []) {
  if (![...INDICATORS, ...JSTS, ...NAIVE].includes(t)) throw new Error(`unknown task ${t}; tasks: ${[...INDICATORS, ...JSTS, ...NAIVE].join(', ')}`);
}
const wanted = (t: string) => !only || only.has(t);

/** The first line of an error's message. */
const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);

interface Result { task: string; ms: number[]; value: number | null; features: number; vertices: number; peakMB: number | null }

/** One task in its own process (bench-task.ts); a timeout or a crash is returned, not thrown. */
async function task(dir: string, name: string, runs: number, timeoutMs: number): Promise<Result | { task: string; failed: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', path.join(HERE, 'bench-task.ts'), dir, name, String(runs)], { cwd: ROOT, timeout: timeoutMs, maxBuffer: 1 << 20 });
    return JSON.parse(stdout.trim().split('\n').pop()!) as Result;
  } catch (e) {
    const x = e as { killed?: boolean; code?: number | string; signal?: string; stderr?: string };
    if (x.killed) return { task: name, failed: `> ${timeoutMs / 1000} s (stopped)` };
    const why = x.stderr?.trim().split('\n').find((l) => /error/i.test(l)) ?? firstLine(e);
    return { task: name, failed: `failed (${x.signal ?? `exit ${x.code}`}): ${why.slice(0, 120)}` };
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Minimum column widths: those of the README's table, so rows printed one by one line up.
const table = new LiveTable(
  ['data', 'indicator', 'features', 'vertices', 'median', 'warm median', 'peak RSS', 'value', 'PostGIS median', 'Δ from PostGIS'],
  [6, 20, 8, 8, 16, 11, 8, 16, 14, 14],
  'Indicators in Node (each row as soon as it is measured)',
);
const notes: string[] = [];
// Ten runs in each task's process: the median of the first five (a fresh process, JavaScript's
// warm-up included) and of the last five (warm, as the app's worker recomputing, and as the
// PostGIS server, whose median of 5 is of a warm server).
const datasets: [string, string, number][] = [['sample', path.join(ROOT, 'data'), 10]];
if (!sampleOnly) {
  try {
    process.stderr.write(`Stress district in ${STRESS} …\n`);
    const why = ensureStressData(STRESS);
    process.stderr.write(why ? `… generated (${why}).\n` : '… up to date with src/sample/.\n');
    datasets.push(['stress', STRESS, 10]);
  } catch (e) {
    table.add(['stress', '(generating the data)', '', '', `failed: ${firstLine(e)}`, '', '', '', '', '']);
  }
}

for (const [label, dir, runs] of datasets) {
  const pg = await postgisTimes(dir, 5);
  if (pg.unavailable && !notes.some((n) => n.startsWith('PostGIS'))) notes.push(`PostGIS columns left empty: ${pg.unavailable} (install PostgreSQL with PostGIS to fill them).`);
  for (const name of [...INDICATORS, ...JSTS].filter(wanted)) {
    const r = await task(dir, name, runs, 240000);
    if ('failed' in r) { table.add([label, name, '', '', r.failed, '', '', '', '', '']); continue; }
    const p = pg.byTask.get(name.replace(/^jsts:/, ''));
    const same = p && r.value !== null ? `${(Math.abs(r.value - p.value) / Math.abs(p.value)).toExponential(0)}` : '';
    const secs = (xs: number[]) => (xs.length > 0 ? `${(median(xs) / 1000).toFixed(3)} s` : '');
    table.add([label, name, String(r.features), String(r.vertices), secs(r.ms.slice(0, 5)), secs(r.ms.slice(5)), r.peakMB ? `${r.peakMB.toFixed(0)} MB` : '', r.value === null ? 'n/a' : r.value.toFixed(4), p ? `${(median(p.ms) / 1000).toFixed(3)} s` : '', same]);
  }
  for (const name of NAIVE.filter(wanted)) {
    const r = await task(dir, name, 1, label === 'stress' ? 150000 : 60000);
    if ('failed' in r) { table.add([label, name, '', '', r.failed, '', '', '', '', '']); continue; }
    table.add([label, name, String(r.features), String(r.vertices), `${(median(r.ms) / 1000).toFixed(3)} s (1 run)`, '', r.peakMB ? `${r.peakMB.toFixed(0)} MB` : '', `${r.value?.toFixed(4)} (sphere)`, '', '']);
  }
}
for (const n of notes) console.log(n);

// The app in Chromium, sample data and then the stress data opened in it: load, compute, show the
// 60,000 forest parcels, pan, zoom, click; a trace tells what blocked the main thread and how long.
// Each step is a row of its own; one that fails or times out says so, and the steps that need it
// are skipped (the rows above are already printed).
const browserTable = new LiveTable(['data', 'browser step', 'result'], [6, 44, 60], 'The app in Chromium');

/** Runs a browser step with a time limit; prints its row (result, failure or timeout); returns its value or null. */
async function step<T>(data: string, name: string, timeoutMs: number, fn: () => Promise<T>, summary: (v: T) => string): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const work = fn();
  work.catch(() => {}); // a step abandoned after its timeout may still reject later
  try {
    const v = await Promise.race([work, new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs); })]);
    browserTable.add([data, name, summary(v)]);
    return v;
  } catch (e) {
    browserTable.add([data, name, /timed out/.test(firstLine(e)) ? firstLine(e) : `failed: ${firstLine(e)}`]);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

const threadText = (r: MainThreadReport) => `${r.longTasks} tasks over 50 ms, longest ${r.longestTaskMs.toFixed(0)} ms; longest script ${r.longestScriptMs.toFixed(0)} ms (goal < 50); ${(r.commitMs / 1000).toFixed(1)} s in frame commits`;

async function panZoomAndForest(page: Page): Promise<void> {
  await page.evaluate(() => window.__ecoMap!.idle());
  await page.getByLabel('森林小班', { exact: true }).check();
  await page.evaluate(() => window.__ecoMap!.idle());
  const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
  for (let i = 0; i < 6; i++) {
    await page.mouse.move(box.x + 400, box.y + 400);
    await page.mouse.down();
    await page.mouse.move(box.x + 400 + (i % 2 ? -150 : 150), box.y + 400 + 60, { steps: 10 });
    await page.mouse.up();
    await page.mouse.wheel(0, i % 2 ? 300 : -300);
    await page.waitForTimeout(300);
  }
  await page.evaluate(() => window.__ecoMap!.idle());
  // Click a feature (the inspector opens with it, fetched from the report worker), rest the mouse.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 20);
  await page.waitForTimeout(600);
  await page.getByLabel('森林小班', { exact: true }).uncheck();
}

/** Traces the main thread while `fn` runs. */
async function traced(page: Page, fn: () => Promise<void>): Promise<MainThreadReport> {
  const stop = await traceMainThread(page);
  await fn();
  return stop();
}

/** The app in Chromium: the sample, then (unless --sample-only) the stress data opened in it. */
async function browserBench(): Promise<void> {
  const server = await step('app', 'build and serve the app', 300000, () => serveApp(), (s) => s.url);
  if (!server) return;
  let browser: Browser | null = null;
  try {
    browser = await step('app', 'launch Chromium', 60000, () => launchChromium(), (b) => `Chromium ${b.version()}`);
    if (!browser) return;
    const bare = await step('app', 'build and serve the bare MapLibre page', 300000, () => serveBareMap(), (s) => s.url);
    if (bare) {
      try {
        await step('sample', 'first load: board filled vs bare MapLibre idle', 600000, () => firstLoad(browser!, server.url, bare.url),
          (r) => `board ${(r.boardMs / 1000).toFixed(2)} s, FCP ${(r.fcpMs / 1000).toFixed(2)} s, bare map idle ${(r.bareIdleMs / 1000).toFixed(2)} s: ratio ${(r.boardMs / r.bareIdleMs).toFixed(2)} (goal ≤ 0.75; median of ${r.loads})`);
      } finally {
        await bare.close().catch(() => {});
      }
    }
    const page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
    const ready = await step('sample', 'open the app, indicators ready', 120000, async () => {
      await page.goto(`${server.url}?test=1`);
      await page.waitForSelector('[data-status="ready"]', { timeout: 60000 });
      return true;
    }, () => 'ready');
    if (!ready) return;
    await step('sample', 'pan, zoom, forest layer on, click', 180000, () => traced(page, () => panZoomAndForest(page)), threadText);
    if (!datasets.some(([label]) => label === 'stress')) return;
    const opened = await step('stress', 'open the files, indicators ready', 300000, async () => {
      const files = readdirSync(STRESS).map((f) => ({ name: f, mimeType: 'application/json', buffer: readFileSync(path.join(STRESS, f)) }));
      const t0 = Date.now();
      await page.setInputFiles('[data-testid="open-dataset-input"]', files);
      // Traced from here: the test driver's own injection of 18 MB of files into the page (one ~3 s
      // task with no script of the app in it, seen in a trace) is not the app's work.
      const stop = await traceMainThread(page);
      await page.waitForSelector('.app[data-dataset="上虞区压力测试数据"][data-status="ready"]', { timeout: 240000 });
      return { seconds: (Date.now() - t0) / 1000, stop };
    }, (r) => `ready after ${r.seconds.toFixed(1)} s`);
    if (!opened) return;
    await step('stress', 'open, compute, pan, zoom, forest layer on, click', 240000, async () => { await panZoomAndForest(page); return opened.stop(); }, threadText);
  } finally {
    await browser?.close().catch(() => {});
    await server.close().catch(() => {});
  }
}

if (browserWanted) {
  try {
    await browserBench();
  } catch (e) {
    browserTable.add(['', 'browser', `failed: ${firstLine(e)}`]);
  }
}

console.log('\nSummary\n');
console.log(table.aligned());
for (const n of notes) console.log(n);
if (browserTable.length > 0) console.log(`\n${browserTable.aligned()}`);
console.log(`\nBench took ${((Date.now() - started) / 1000).toFixed(0)} s on ${os.cpus().length} cores.`);
const partial = partialRun(args);
if (partial) console.log(`\n${path.relative(ROOT, BENCH_README)} left as it is: ${partial} (only whole runs write it).`);
else writePage('main', ['Indicators in Node:', table.aligned(), ...notes, 'The app in Chromium:', browserTable.length > 0 ? browserTable.aligned() : '(no step ran)']);
// A browser step abandoned after its timeout may still hold the event loop open; everything is printed.
process.exit(0);
