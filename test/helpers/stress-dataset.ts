/** The small stress district of the tests: 5 % of the benchmark's, seed 11 (≈ 3,000 forest parcels, 15 protected areas). */
import type { Dataset } from '../../src/core/data/dataset.ts';
import { makeStressDataset } from '../../src/sample/stress.ts';
import { loadValid } from './load-fixture.ts';
import { memoryReader } from './read-fixture.ts';

export const SMALL_STRESS = { scale: 0.05, seed: 11 } as const;

/** The small stress district, loaded and validated like any dataset. */
export function loadSmallStress(): Promise<Dataset> {
  const { files, manifest } = makeStressDataset(SMALL_STRESS.scale, SMALL_STRESS.seed);
  const text: Record<string, unknown> = { 'manifest.json': manifest };
  for (const [file, features] of Object.entries(files)) text[file] = { type: 'FeatureCollection', features };
  return loadValid(memoryReader(text));
}
