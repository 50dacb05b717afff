/** Readers for tests: a fixture folder on disk, or files held in memory. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadText } from '../../src/core/data/load-dataset.ts';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Reads files of test/fixtures/<name>; null for a missing file. */
export function fixtureReader(name: string): ReadText {
  return async (file) => readFile(path.join(FIXTURES, name, file), 'utf8').catch(() => null);
}

/** Reads from an object of file name → content (objects are JSON-encoded). */
export function memoryReader(files: Record<string, unknown>): ReadText {
  return async (file) => {
    const v = files[file];
    if (v === undefined) return null;
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
}
