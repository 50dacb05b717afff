/**
 * How the dataset's layers reach MapLibre: as vector tiles of the `ecomap-tiles:` scheme, which
 * tile-protocol.worker.ts serves inside MapLibre's workers from the report worker's blob: URLs.
 */

/** The URL scheme of the tiles. */
export const TILE_SCHEME = 'ecomap-tiles';
/** The source-layer name of every layer served this way. */
export const TILE_LAYER = 'features';
/** Tiles are cut up to this zoom and overzoomed beyond it. */
export const TILE_MAXZOOM = 14;

/** The tile URL template for a GeoJSON file at `url` (or for no data, with null). */
export function tileTemplate(url: string | null): string {
  return `${TILE_SCHEME}://${url === null ? 'empty' : encodeURIComponent(url)}/{z}/{x}/{y}`;
}

/** The GeoJSON URL and tile coordinates of a tile URL (source null: no data); null if it is not one. */
export function parseTileUrl(tileUrl: string): { source: string | null; z: number; x: number; y: number } | null {
  const m = new RegExp(`^${TILE_SCHEME}://(.+)/(\\d+)/(\\d+)/(\\d+)$`).exec(tileUrl);
  if (!m) return null;
  return { source: m[1] === 'empty' ? null : decodeURIComponent(m[1]!), z: Number(m[2]), x: Number(m[3]), y: Number(m[4]) };
}
