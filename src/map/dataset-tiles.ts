/**
 * Vector tiles that come with a dataset (`npm run tiles`, a manifest layer's `tiles`): MapLibre
 * asks for them by an `ecomap-file://<load>/<path in the dataset>` URL, answered on the main thread
 * (map-controller.ts) by the reader the app gives (the report worker reads the dataset's files, picked, bundled or on
 * the app's server). A tile the dataset does not have is an empty tile, as `npm run tiles` writes
 * none where there is nothing.
 */
import type { TileSpec } from '../core/index.ts';

/** The URL scheme of a dataset's own files. */
export const DATASET_SCHEME = 'ecomap-file';

/** A dataset layer's tiles as the map draws them: the URL template and the zooms, layer name and bounds of its TileSpec. */
export interface DatasetTiles extends Omit<TileSpec, 'template'> {
  readonly url: string;
}

/** The tiles of a layer of the dataset loaded `load`-th (so a new dataset's tiles are never taken from the cache of the last). */
export function datasetTiles(load: number, spec: TileSpec): DatasetTiles {
  const { template, ...rest } = spec;
  return { ...rest, url: `${DATASET_SCHEME}://${load}/${template}` };
}

/** The path inside the dataset of a tile URL; null when the URL is not one. */
export function datasetFilePath(url: string): string | null {
  const m = new RegExp(`^${DATASET_SCHEME}://\\d+/(.+)$`).exec(url);
  return m ? m[1]! : null;
}
