/** Loads a fixture dataset and fails the test loudly if it has errors. */
import { formatIssue, hasErrors } from '../../src/core/data/dataset.ts';
import type { Dataset } from '../../src/core/data/dataset.ts';
import { loadDataset } from '../../src/core/data/load-dataset.ts';
import type { ReadText } from '../../src/core/data/load-dataset.ts';
import { fixtureReader } from './read-fixture.ts';

/** The dataset of test/fixtures/<name> (or of a reader), which must load without errors. */
export async function loadValid(source: string | ReadText): Promise<Dataset> {
  const { dataset, issues } = await loadDataset(typeof source === 'string' ? fixtureReader(source) : source);
  if (!dataset || hasErrors(issues)) throw new Error(`fixture has errors:\n${issues.map(formatIssue).join('\n')}`);
  return dataset;
}

/** A copy of a dataset with one layer's features replaced. */
export function withLayer(d: Dataset, role: string, features: Dataset['layers'][string] extends infer L ? L extends { features: infer F } ? F : never : never): Dataset {
  return { ...d, layers: { ...d.layers, [role]: { type: 'FeatureCollection', features } } };
}
