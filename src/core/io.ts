/**
 * The core's face for reading data: datasets from a folder, files a user imports (GeoJSON,
 * shapefiles, 部标 TXT, DXF, KML/KMZ, 界址点坐标表; importFilesAsync for .xlsx too), monitoring
 * spreadsheets. Used by the report and import workers and the CLI (see index.ts for the rest).
 */
export { guessFields } from './data/field-aliases.ts';
export { loadDataset, TABLE_PREFIX } from './data/load-dataset.ts';
export { databaseHasPassword } from './data/parse-manifest.ts';
export type { ReadFile, ReadText } from './data/load-dataset.ts';
export { validateLayer } from './data/load-layer.ts';
export { mergeSamplesIntoLayer } from './data/merge-samples.ts';
export { importFiles, importFilesAsync } from './import/import-layer.ts';
export type { ImportFileSet, ImportOptions, ImportResult } from './import/import-layer.ts';
