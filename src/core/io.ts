/**
 * The core's face for reading data: datasets from a folder, files a user imports, monitoring
 * spreadsheets. Used by the report and import workers and the CLI (see index.ts for the rest).
 */
export { guessFields } from './data/field-aliases.ts';
export { loadDataset, TABLE_PREFIX } from './data/load-dataset.ts';
export { databaseHasPassword } from './data/parse-manifest.ts';
export type { ReadFile, ReadText } from './data/load-dataset.ts';
export { validateLayer } from './data/load-layer.ts';
export { mergeSamplesIntoLayer } from './data/merge-samples.ts';
export { importFiles } from './import/import-layer.ts';
export type { ImportResult } from './import/import-layer.ts';
