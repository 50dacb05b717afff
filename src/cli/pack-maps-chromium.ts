/**
 * The submission pack's maps for `npm run pack`, drawn by the app itself: the built app (dist/,
 * built first when missing or older than src/) and the dataset folder are served on 127.0.0.1,
 * the system's headless Chromium opens the app on the dataset (`?data=pack-data/&pack=maps`), and
 * the page's `__packMaps` draws every map with MapLibre and the app's style (src/app/pack/). No
 * request leaves the machine. Without Chromium (or playwright-core) it says so and draws nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { resolveInside } from './safe-path.ts';

export interface NodePackMap { readonly id: string; readonly title: string; readonly png: Uint8Array; readonly widthPx: number; readonly heightPx: number; readonly dpi: number }

/** The maps, or why there are none (in the pack's language, with what to do). */
export type MapsResult = { readonly maps: NodePackMap[]; readonly renderer: string } | { readonly maps: []; readonly missing: string };

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.geojson': 'application/geo+json', '.wasm': 'application/wasm', '.png': 'image/png', '.svg': 'image/svg+xml', '.csv': 'text/csv', '.pbf': 'application/x-protobuf' };

/** The Chromium executable (CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser), or null. */
export function findChromium(): string | null {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p)) ?? null;
}

/** The newest modification time (ms) of the files under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the app into dist/ when dist/index.html is missing or older than src/ or index.html (the build keeps dist/cli/). */
function ensureAppBuilt(root: string, log: (line: string) => void): void {
  const index = path.join(root, 'dist', 'index.html');
  const stale = !existsSync(index) || statSync(index).mtimeMs < Math.max(newest(path.join(root, 'src')), statSync(path.join(root, 'index.html')).mtimeMs);
  if (!stale) return;
  log('Building the app into dist/ (its map page draws the pack\'s maps)…');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('the app could not be built (vite build failed)');
}

/** Serves dist/ at / and the dataset folder at /pack-data/ on 127.0.0.1 (files outside either are refused). */
async function serve(dist: string, dataDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      try {
        const file = p.startsWith('/pack-data/') ? await resolveInside(dataDir, p.slice('/pack-data/'.length)) : await resolveInside(dist, p === '/' ? 'index.html' : p.slice(1));
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', 'last-modified': statSync(file).mtime.toUTCString() });
        res.end(body);
      } catch {
        res.writeHead(404); res.end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Draws the pack's maps of the dataset in `dataDir` in headless Chromium (labels in `lang`, the
 * date printed on them `date`). `root` is the repository (dist/, src/, node_modules/); `appDir` a
 * built app to use instead of dist/ (not rebuilt).
 */
export async function drawPackMaps(root: string, appDir: string | null, dataDir: string, lang: 'zh' | 'en', date: string, log: (line: string) => void): Promise<MapsResult> {
  const zh = lang === 'zh';
  const executable = findChromium();
  if (!executable) return { maps: [], missing: zh ? '未生成地图：本机没有 Chromium（安装：apt-get install -y chromium fonts-noto-cjk，或用 CHROME_PATH 指定），指标完成情况表和技术报告已照常生成' : 'No maps: Chromium is not installed (apt-get install -y chromium fonts-noto-cjk, or set CHROME_PATH); the workbook and the report were written without them' };
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { maps: [], missing: zh ? '未生成地图：缺少 playwright-core（运行 npm ci 安装全部依赖），指标完成情况表和技术报告已照常生成' : 'No maps: playwright-core is missing (run npm ci to install every dependency); the workbook and the report were written without them' };
  }
  if (appDir === null) ensureAppBuilt(root, log);
  const server = await serve(path.resolve(appDir ?? path.join(root, 'dist')), path.resolve(dataDir));
  const browser = await chromium.launch({
    executablePath: executable, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/*', (r) => (new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
    await page.goto(`${server.url}?data=pack-data/&pack=maps#lang=${lang}`);
    await page.waitForSelector('[data-status="ready"]', { timeout: 180_000 });
    log(`Drawing the maps in Chromium (${executable})…`);
    let out: Awaited<ReturnType<NonNullable<Window['__packMaps']>>> | null = null;
    for (let attempt = 0; attempt < 60 && !out; attempt++) {
      try {
        out = await page.evaluate(([l, d]) => window.__packMaps!(l as 'zh' | 'en', d!), [lang, date] as const);
      } catch (e) {
        if (!/not ready|__packMaps/.test((e as Error).message)) throw e;
        await page.waitForTimeout(500);
      }
    }
    if (!out) throw new Error('the app page did not get ready to draw the maps');
    const version = browser.version();
    return { maps: out.map((m) => ({ id: m.id, title: m.title, png: new Uint8Array(Buffer.from(m.pngBase64, 'base64')), widthPx: m.widthPx, heightPx: m.heightPx, dpi: m.dpi })), renderer: `MapLibre in headless Chromium ${version}` };
  } finally {
    await browser.close();
    await server.close();
  }
}
