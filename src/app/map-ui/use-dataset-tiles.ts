/** The layers a dataset brings as vector tiles, as the map draws them (the main app and the exhibition alike). */
import { useMemo } from 'react';
import type { TileSpec } from '../../core/index.ts';
import { datasetTiles } from '../../map/index.ts';
import type { DatasetTiles } from '../../map/index.ts';

/** The tiles of each layer drawn from them, with URLs naming the load (a new dataset never shows the last one's tiles). */
export function useDatasetTiles(tiles: Readonly<Record<string, TileSpec>>, loadId: number): Readonly<Record<string, DatasetTiles>> {
  return useMemo(() => Object.fromEntries(Object.entries(tiles).map(([name, spec]) => [name, datasetTiles(loadId, spec)])), [tiles, loadId]);
}
