/**
 * The built app served as IT departments serve it: the folder `npm run build` writes, behind a
 * stock nginx (Debian's package, its own mime.types, no extra configuration) and Python's
 * `http.server`. Every script must come with a JavaScript type — before, MapLibre's worker was
 * emitted as `.mjs`, which nginx sends as application/octet-stream: the browser refused the
 * module worker and the map stayed blank while the board showed numbers.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './app-driver.ts';
import { launchChromium } from './chromium.ts';
import { freePort } from '../helpers/free-port.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
/** nginx's prefix folders made by this file, removed after it. */
const prefixes: string[] = [];


/** Waits until `url` answers (any status), or fails with the server's output. */
async function waitForServer(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`the server ended with ${child.exitCode}:\n${output()}`);
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer within 30 s:\n${output()}`);
}

interface Served { readonly url: string; readonly close: () => void }

/** Starts a server (a command line given the port) on `dir`'s files; resolves once it answers. */
async function serve(command: (port: number) => [string, string[]]): Promise<Served> {
  const port = await freePort();
  const [bin, args] = command(port);
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
  const url = `http://127.0.0.1:${port}/`;
  await waitForServer(url, child, () => out);
  return { url, close: () => child.kill('SIGTERM') };
}

/**
 * Debian's nginx as installed: its mime.types and default type, a server block with a root and
 * nothing else; run in the foreground with its own prefix (pid, logs, temp files) on a free port.
 */
async function stockNginx(dir: string): Promise<Served> {
  if (!NGINX) throw new Error('This test serves the app with nginx. Install it with: apt-get install -y nginx (npm test does this when run as root).');
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'shangyu-nginx-'));
  prefixes.push(prefix);
  return serve((port) => {
    const conf = path.join(prefix, 'nginx.conf');
    writeFileSync(conf, `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    index index.html;
  }
}
`);
    return [NGINX, ['-p', prefix, '-c', conf, '-g', 'daemon off;']];
  });
}

/** Content types of every script and stylesheet the page loads from now on, by path. */
function trackTypes(app: AppDriver): Map<string, string> {
  const types = new Map<string, string>();
  app.page.on('response', (r) => {
    const p = new URL(r.url()).pathname;
    if (/\.(m?js|css)$/.test(p)) types.set(p, r.headers()['content-type'] ?? '');
  });
  return types;
}

describe('the built app on stock web servers', () => {
  let browser: Browser;
  const dir = inject('appDir');
  beforeAll(async () => {
    // The build's temporary folder is private to its owner: nginx's workers run as another user.
    chmodSync(dir, 0o755);
    browser = await launchChromium();
  });
  afterAll(async () => { await browser?.close(); });

  it('emits no file of a type stock servers do not know', () => {
    const names = readdirSync(dir, { recursive: true }).map(String);
    expect(names.filter((n) => n.endsWith('.mjs'))).toEqual([]);
  });

  for (const [name, start] of [
    ['Debian nginx', stockNginx],
    ["Python's http.server", (d: string) => serve((port) => ['python3', ['-m', 'http.server', '--bind', '127.0.0.1', '--directory', d, String(port)]])],
  ] as const) {
    it(`draws the map served by ${name}`, async () => {
      const server = await start(dir);
      let app: AppDriver | null = null;
      try {
        app = await AppDriver.open(browser, server.url, '', { width: 1200, height: 800 });
        const seen = trackTypes(app);
        await app.page.reload();
        await app.waitForBoard();
        await app.mapIdle();
        expect(await app.renderedCount('redLines-fill')).toBeGreaterThan(0);
        expect(await app.renderedCount('sections-circle')).toBe(40);
        expect(await app.canvasColours()).toBeGreaterThan(3);
        const scripts = [...seen].filter(([p]) => p.endsWith('.js'));
        expect(scripts.length).toBeGreaterThan(3);
        for (const [p, type] of scripts) expect(type, p).toMatch(/javascript/);
        expect(await app.page.locator('[data-testid="map-failure"]').count()).toBe(0);
        expect(app.external).toEqual([]);
        expect(app.errors).toEqual([]);
      } finally {
        await app?.close();
        server.close();
      }
    });
  }

  afterAll(() => { for (const p of prefixes) rmSync(p, { recursive: true, force: true }); });
});
