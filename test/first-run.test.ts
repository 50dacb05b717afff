/**
 * The README's commands in the order a newcomer types them, and in others, on a clean copy of the
 * repository in a temporary folder (the files git tracks, and new ones it does not ignore: what a
 * clone of this work would hold): `npm ci`, `npm start` until it serves, `npm run indicators`,
 * `npm run indicators -- --json`, `npm run build`, `npm run indicators` again, and after the
 * whole `dist/` is removed. Before, `npm start`'s build emptied dist/ and took the CLI with it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './helpers/free-port.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'shangyu-first-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120000);

/** Runs an npm command in the copy; returns its stdout (throws with its output on failure). */
function npm(args: string[], timeout = 300_000): string {
  return execFileSync('npm', args, { cwd: dir, encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
}


/** `npm start` on a free port until its page answers; stops it (the whole process group) after. */
async function startAndFetch(): Promise<string> {
  const port = await freePort();
  const child = spawn('npm', ['start'], { cwd: dir, env: { ...process.env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
  try {
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`npm start ended with ${child.exitCode}:\n${output}`);
      const page = await fetch(`http://localhost:${port}/`).then((r) => (r.ok ? r.text() : null), () => null);
      if (page) return page;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`npm start did not serve within 180 s:\n${output}`);
  } finally {
    try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ }
  }
}

function protectedShare(json: string): number {
  const report = JSON.parse(json) as { indicators: { id: string; value: number | null }[] };
  return report.indicators.find((i) => i.id === 'protectedShare')!.value!;
}

describe('a first run on a clean copy', () => {
  it('works in the README\'s order and in others', async () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const f of files) {
      if (!existsSync(path.join(ROOT, f))) continue; // deleted in the working tree, not yet committed
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      copyFileSync(path.join(ROOT, f), path.join(dir, f));
    }
    npm(['ci', '--prefer-offline', '--no-audit', '--no-fund']);

    const page = await startAndFetch();
    expect(page).toContain('<div id="root">');
    // The start's build kept the CLI (and wrote no file type stock web servers do not know).
    expect(readdirSync(path.join(dir, 'dist', 'assets')).filter((f) => f.endsWith('.mjs'))).toEqual([]);

    const table = npm(['run', '--silent', 'indicators']);
    expect(table).toContain('受保护地区占国土面积比例');
    expect(table).toContain('23.20 %');
    // 23.1954 %: the sample's protected share, as PostGIS computes it (README, test/postgis-reference.test.ts).
    expect(protectedShare(npm(['run', '--silent', 'indicators', '--', '--json']))).toBeCloseTo(23.1954, 4);

    npm(['run', 'build']);
    expect(npm(['run', '--silent', 'indicators'])).toContain('23.20 %');

    // No build left at all: the command builds its bundle first (messages on stderr, stdout clean JSON).
    rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
    expect(protectedShare(npm(['run', '--silent', 'indicators', '--', '--json']))).toBeCloseTo(23.1954, 4);
  }, 600_000);
});
