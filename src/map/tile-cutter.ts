/**
 * Cuts the dataset's GeoJSON layers into vector tiles, as a MapLibre GeoJSON source would
 * (geojson-vt: 512 px tiles, tolerance 0.375 px, buffer 128 px), and encodes them as
 * Mapbox Vector Tile buffers. Used by tile-protocol.worker.ts inside MapLibre's workers.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { parseTileUrl, TILE_LAYER, TILE_MAXZOOM } from './tile-source.ts';

const EXTENT = 8192;
const PX = EXTENT / 512;
/** Layers kept indexed; older ones (of datasets replaced since) are dropped. */
const KEEP = 40;

const indexes = new Map<string, Promise<GeoJSONVT>>();

function indexOf(url: string): Promise<GeoJSONVT> {
  let index = indexes.get(url);
  if (!index) {
    index = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}: ${url}`);
      return new GeoJSONVT(await r.json() as GeoJSON.GeoJSON, { maxZoom: TILE_MAXZOOM, extent: EXTENT, tolerance: 0.375 * PX, buffer: 128 * PX });
    });
    index.catch(() => indexes.delete(url));
    indexes.set(url, index);
    for (const old of indexes.keys()) if (indexes.size > KEEP) indexes.delete(old);
  }
  return index;
}

/**
 * The tile at a tile URL (tile-source.ts) as an MVT buffer with one layer; an empty buffer where
 * the layer has nothing. Rejects a URL that is not a tile URL or whose GeoJSON cannot be read.
 */
export async function cutTile(tileUrl: string): Promise<ArrayBuffer> {
  const t = parseTileUrl(tileUrl);
  if (!t) throw new Error(`not a tile URL: ${tileUrl}`);
  if (t.source === null) return new ArrayBuffer(0);
  const tile = (await indexOf(t.source)).getTile(t.z, t.x, t.y);
  if (!tile) return new ArrayBuffer(0);
  const pbf = fromGeojsonVt({ [TILE_LAYER]: tile }, { version: 2, extent: EXTENT });
  return pbf.buffer.slice(pbf.byteOffset, pbf.byteOffset + pbf.byteLength) as ArrayBuffer;
}
