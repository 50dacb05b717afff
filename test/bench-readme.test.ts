/**
 * test/bench/README.md is written by the bench (test/bench/bench-readme.ts): a run rewrites its own
 * section and keeps the others, partial runs write nothing, and the page in the repository is
 * exactly what the writer makes of its sections (so nobody edited it by hand).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_README, benchCommand, partialRun, renderBenchReadme, runLine, sectionsOf, writeBenchSection } from './bench/bench-readme.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'shangyu-bench-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bench page', () => {
  it('is rewritten one section at a time, the others kept', () => {
    const file = path.join(dir, 'README.md');
    writeBenchSection(file, 'scale', 'scale run 1');
    expect(sectionsOf(readFileSync(file, 'utf8'))).toEqual({ main: '(No run of this kind has written its tables yet.)', scale: 'scale run 1', engines: '(No run of this kind has written its tables yet.)' });
    writeBenchSection(file, 'main', '| a | b |\n|---|---|\n| 1 | 2 |');
    writeBenchSection(file, 'scale', 'scale run 2');
    const text = readFileSync(file, 'utf8');
    expect(sectionsOf(text)).toMatchObject({ main: '| a | b |\n|---|---|\n| 1 | 2 |', scale: 'scale run 2' });
    expect(text).toContain('## Growth with size');
    expect(text.match(/<!-- bench:scale -->/g)).toHaveLength(1);
  });

  it('says when, where and what ran; partial runs write nothing', () => {
    const line = runLine({ date: new Date('2026-12-01T05:26:00Z'), command: benchCommand(['--scale']), seconds: 95.4 });
    expect(line).toMatch(/^Last run: 2026-12-01 05:26 UTC, \d+ cores \(.+\), \d+ GB, Node v\d+.*: `npm run bench -- --scale`, 95 s\.$/);
    expect(benchCommand([])).toBe('npm run bench');
    expect(partialRun([])).toBeNull();
    expect(partialRun(['--sample-only'])).toContain('--sample-only');
    expect(partialRun(['--tasks', 'protectedShare'])).toContain('--tasks');
    expect(partialRun(['--no-browser'])).toContain('--no-browser');
  });

  it('in the repository is what the writer makes of its sections, every section present', () => {
    const text = readFileSync(BENCH_README, 'utf8');
    const sections = sectionsOf(text);
    expect(Object.keys(sections).sort()).toEqual(['engines', 'main', 'scale']);
    expect(renderBenchReadme(sections)).toBe(text);
  });
});
