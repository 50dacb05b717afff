/**
 * The core is typechecked on its own with ECMAScript only (src/core/tsconfig.json): no DOM, no
 * WebWorker, no Node types, so a use of `document` or `process` in src/core fails to compile.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const CORE_CONFIG = path.join(ROOT, 'src', 'core', 'tsconfig.json');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** Runs tsc on a project; its exit status and output. */
function tsc(project: string): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [TSC, '-p', project, '--noEmit'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    return { status: 0, output };
  } catch (e) {
    const err = e as { status?: number; stdout?: string };
    return { status: err.status ?? -1, output: err.stdout ?? String(e) };
  }
}

describe('src/core/tsconfig.json', () => {
  it('has ECMAScript libraries only and no type packages (after extending the root config)', () => {
    const { config, error } = ts.readConfigFile(CORE_CONFIG, ts.sys.readFile);
    expect(error).toBeUndefined();
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(CORE_CONFIG));
    expect(options.lib?.length).toBeGreaterThan(0);
    for (const lib of options.lib!) expect(lib).toMatch(/^lib\.es[\w.]*\.d\.ts$/);
    expect(options.lib!.join(' ')).not.toMatch(/dom|webworker|scripthost/i);
    expect(options.types).toEqual([]);
  });

  it('compiles the core', () => {
    const r = tsc(CORE_CONFIG);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  it('refuses DOM and Node globals under its settings', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'core-tsconfig-'));
    try {
      writeFileSync(path.join(dir, 'probe.ts'), 'export const title = document.title;\nexport const env = process.env;\nexport const ok = new TextDecoder().decode(new Uint8Array(0));\n');
      const config = { extends: CORE_CONFIG, include: [path.join(dir, 'probe.ts'), path.join(ROOT, 'src', 'core', 'types')], exclude: [] };
      writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(config));
      const r = tsc(path.join(dir, 'tsconfig.json'));
      expect(r.status).not.toBe(0);
      expect(r.output).toMatch(/Cannot find name 'document'/);
      expect(r.output).toMatch(/Cannot find name 'process'/);
      // The host globals the core may use are declared (src/core/types/globals.d.ts).
      expect(r.output).not.toMatch(/TextDecoder/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
