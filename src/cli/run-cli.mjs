#!/usr/bin/env node
// `npm run indicators` / `npm run tiles`: runs a CLI command from its bundle in dist/cli, building
// the bundle first (build-cli.mjs) when it is missing or older than the sources it is made of —
// so the commands work in any order: after `npm ci`, after a build, after `rm -rf dist`, after a
// `git pull`. Usage: node src/cli/run-cli.mjs <command> [args…]; the exit code is the command's.
// Build messages go to stderr, so `--json` output stays clean.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const COMMANDS = ['indicators', 'tiles', 'check-site', 'pack'];

/** Newest modification time (ms) of the files under `dir` (recursively), 0 for none. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) t = Math.max(t, statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

/** True when every command's bundle exists and is newer than src/ and the lock file. */
function bundleFresh() {
  const files = COMMANDS.map((c) => path.join(root, 'dist', 'cli', `${c}.mjs`));
  if (!files.every((f) => existsSync(f))) return false;
  const built = Math.min(...files.map((f) => statSync(f).mtimeMs));
  const lock = path.join(root, 'package-lock.json');
  return built >= newest(path.join(root, 'src')) && (!existsSync(lock) || built >= statSync(lock).mtimeMs);
}

const [command, ...args] = process.argv.slice(2);
if (!COMMANDS.includes(command)) {
  process.stderr.write(`Usage: node src/cli/run-cli.mjs <${COMMANDS.join('|')}> [args…]\n`);
  process.exit(1);
}
if (!bundleFresh()) {
  process.stderr.write('Building the CLI into dist/cli/ (once, after an install or a change of the sources)…\n');
  const b = spawnSync(process.execPath, [path.join(root, 'src', 'cli', 'build-cli.mjs')], { cwd: root, stdio: ['ignore', 2, 2] });
  if (b.status !== 0) {
    process.stderr.write('The CLI could not be built (see above). Run `npm ci` first if node_modules/ is missing.\n');
    process.exit(b.status ?? 1);
  }
}
const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli', `${command}.mjs`), ...args], { stdio: 'inherit' });
if (r.signal) process.kill(process.pid, r.signal);
process.exit(r.status ?? 1);
