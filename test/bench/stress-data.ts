/**
 * The bench's stress district, kept in step with its generator: a SHA-256 of the generator's
 * sources (src/sample/*.ts) and of the size and seed is stored next to the generated folder
 * (`DIR.sha256`, outside it, so the folder holds only the dataset the app opens); when the hash
 * differs or is missing, the folder is deleted and generated again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateStress } from '../../src/sample/generate.ts';

const SAMPLE_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'sample');

/** SHA-256 (hex) of every src/sample/*.ts file (names and bytes, in name order) and the generator's arguments. */
export function generatorHash(scale: number, seed: number | undefined): string {
  const h = createHash('sha256');
  for (const f of readdirSync(SAMPLE_SRC).filter((x) => x.endsWith('.ts')).sort()) {
    h.update(`${f}\0`);
    h.update(readFileSync(path.join(SAMPLE_SRC, f)));
    h.update('\0');
  }
  h.update(`scale=${scale} seed=${seed ?? 'default'}`);
  return h.digest('hex');
}

/**
 * Makes sure `dir` holds the stress district of the current generator (`scale` 1 = the full
 * size); regenerates it when it is missing or was made by another version. Returns why it was
 * regenerated, or null when the folder was up to date.
 */
export function ensureStressData(dir: string, scale = 1, seed?: number): string | null {
  const hashFile = `${dir}.sha256`;
  const want = generatorHash(scale, seed);
  const have = existsSync(hashFile) ? readFileSync(hashFile, 'utf8').trim() : null;
  let reason: string | null = null;
  if (!existsSync(path.join(dir, 'manifest.json'))) reason = 'no stress district yet';
  else if (have === null) reason = 'no record of the generator that made it';
  else if (have !== want) reason = 'the generator (src/sample/*.ts), its size or its seed changed since it was made';
  if (reason === null) return null;
  rmSync(dir, { recursive: true, force: true });
  rmSync(hashFile, { force: true });
  generateStress(dir, scale, seed);
  // Written last: an interrupted generation leaves no hash, so the next run generates again.
  writeFileSync(hashFile, `${want}\n`);
  return reason;
}
