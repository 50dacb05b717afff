/**
 * What MapLibre needs before a map is made, set up once when this module is imported: the URL of
 * its worker, and the two tile schemes the styles use — cut tiles (TILE_SCHEME: the dataset's
 * GeoJSON cut in MapLibre's workers, or on the main thread until they can) and the dataset's own
 * vector tiles (DATASET_SCHEME: read through the reader the app sets).
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import tileProtocolUrl from './tile-protocol.worker.ts?worker&url';
import { DATASET_SCHEME, datasetFilePath } from './dataset-tiles.ts';
import { cutTile } from './tile-cutter.ts';
import { TILE_SCHEME } from './tile-source.ts';

maplibregl.setWorkerUrl(workerUrl);

/**
 * Has MapLibre's workers load the tile scheme (tile-protocol.worker.ts); settles when they have,
 * or after 5 s at most (a map destroyed meanwhile can leave MapLibre's promise pending for good).
 */
export function loadTileProtocol(): Promise<void> {
  const loaded = maplibregl.importScriptInWorkers(new URL(tileProtocolUrl, document.baseURI).href);
  const late = new Promise<void>((resolve) => setTimeout(resolve, 5000));
  return Promise.race([loaded, late]).catch((e: unknown) => console.warn('tiles will be cut on the main thread:', e));
}
// Tiles asked for while a MapLibre worker has not loaded the scheme yet (a new map's first empty
// tiles; workers MapLibre starts again, e.g. after the WebGL context was lost) come here: cut on
// the main thread, correct but slower.
maplibregl.addProtocol(TILE_SCHEME, async (params) => ({ data: await cutTile(params.url) }));

/** How the dataset's own files (its vector tiles) are read: set by the app through setDatasetReader. */
let datasetReader: ((path: string) => Promise<ArrayBuffer | null>) | null = null;
// A tile the dataset does not have is an empty tile (npm run tiles writes none where there is nothing).
maplibregl.addProtocol(DATASET_SCHEME, async (params) => {
  const path = datasetFilePath(params.url);
  const data = path && datasetReader ? await datasetReader(path) : null;
  return { data: data ?? new ArrayBuffer(0) };
});

/** Has every map read the dataset's own files (its vector tiles) through `read`: a file's bytes by its path in the dataset, or null. */
export function setDatasetReader(read: (path: string) => Promise<ArrayBuffer | null>): void {
  datasetReader = read;
}
