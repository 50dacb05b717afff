/**
 * Vector tiles cut by PostGIS (`npm run tiles`): each layer copied into a table (as the PostGIS
 * engine copies them), transformed once to Web Mercator with a spatial index, then every tile of
 * the zooms asked for that the layer's extent touches made by ST_AsMVT / ST_AsMVTGeom — clipped
 * with a 64-unit buffer on a 4096 grid, features that collapse below a grid cell left out — with
 * the feature's index in its layer (`_i`) and its attributes. Empty tiles are not written.
 */
import { geometryBBox } from '../core/index.ts';
import type { Dataset } from '../core/index.ts';
import { inRunSchema, loadSql, runTables, sqlIdent, sqlLiteral } from './postgis-engine.ts';
import type { SqlClient } from './postgis-engine.ts';

/** [west, south, east, north] in degrees. */
export type LonLatBox = readonly [number, number, number, number];

/** Web Mercator's latitude limit: tiles cover ±85.0511°. */
const MAX_LAT = 85.0511287798066;

/**
 * The tiles of zoom `z` (XYZ scheme, y down from the north) that a lon/lat box touches: inclusive
 * ranges of x and y. A box edge exactly on a tile edge touches the tile east or south of it only.
 */
export function tileRange(box: LonLatBox, z: number): { x0: number; x1: number; y0: number; y1: number } {
  const n = 2 ** z;
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
  const x = (lon: number) => clamp(Math.floor(((lon + 180) / 360) * n));
  const y = (lat: number) => {
    const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
    return clamp(Math.floor(((1 - Math.asinh(Math.tan(phi)) / Math.PI) / 2) * n));
  };
  return { x0: x(box[0]), x1: x(box[2] - 1e-12), y0: y(box[3] - 1e-12), y1: y(box[1]) };
}

/** Tiles a run may write by default: more are refused before anything is cut (tiles.ts --max-tiles). */
export const MAX_TILES = 200_000;

/** The lon/lat box of a layer's features, or null when it has none. */
export function layerBounds(dataset: Dataset, layer: string): LonLatBox | null {
  const features = dataset.layers[layer]?.features ?? [];
  if (features.length === 0) return null;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const b = geometryBBox(f.geometry);
    box[0] = Math.min(box[0]!, b[0]); box[1] = Math.min(box[1]!, b[1]); box[2] = Math.max(box[2]!, b[2]); box[3] = Math.max(box[3]!, b[3]);
  }
  return box as unknown as LonLatBox;
}

/**
 * The tiles a cut visits for each zoom `minzoom`…`maxzoom`: for every box, the tiles its extent
 * touches (tileRange) — those written are at most as many (empty tiles are not written).
 *
 * @example tilesByZoom([[120.87, 30, 120.87, 30]], 10, 11) // → [{ z: 10, tiles: 1 }, { z: 11, tiles: 1 }]
 */
export function tilesByZoom(boxes: readonly LonLatBox[], minzoom: number, maxzoom: number): { z: number; tiles: number }[] {
  const out: { z: number; tiles: number }[] = [];
  for (let z = minzoom; z <= maxzoom; z++) {
    let tiles = 0;
    for (const b of boxes) { const r = tileRange(b, z); tiles += (r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1); }
    out.push({ z, tiles });
  }
  return out;
}

/**
 * The deepest zoom from `minzoom` up whose cut (minzoom…it) stays within `limit` tiles, or null when
 * even `minzoom` alone exceeds it.
 */
export function deepestZoomWithin(boxes: readonly LonLatBox[], minzoom: number, limit: number): number | null {
  let total = 0;
  let deepest: number | null = null;
  for (let z = minzoom; z <= 24; z++) {
    total += tilesByZoom(boxes, z, z)[0]!.tiles;
    if (total > limit) break;
    deepest = z;
  }
  return deepest;
}

/** What was cut for a layer: its extent, the zooms, tiles written and their bytes, and the attribute names in them. */
export interface CutLayer {
  readonly layer: string;
  readonly bounds: LonLatBox;
  readonly minzoom: number;
  readonly maxzoom: number;
  readonly tiles: number;
  readonly bytes: number;
  readonly fields: readonly string[];
}

/** Tile coordinates asked of PostGIS in one statement. */
const BATCH = 256;

/**
 * Cuts the vector tiles of the dataset's `layers` for zooms `minzoom`…`maxzoom` through `client`,
 * handing each non-empty tile to `write` (its layer, z, x, y and MVT bytes). The layer inside each
 * tile is named after the dataset's layer. Layers without features are skipped.
 */
export async function cutTilesInPostgis(
  dataset: Dataset, layers: readonly string[], zooms: { minzoom: number; maxzoom: number }, client: SqlClient,
  write: (layer: string, z: number, x: number, y: number, tile: Uint8Array) => Promise<void>,
): Promise<CutLayer[]> {
  await client.exec('create extension if not exists postgis');
  try {
    await client.rows(`select length(st_asmvt(q)) from (select st_asmvtgeom('POINT(0 0)'::geometry, st_makeenvelope(-1, -1, 1, 1)) geom) q`, 'public');
  } catch (e) {
    throw new Error(`this PostGIS cannot make vector tiles (${(e as Error).message.split('\n')[0]}); the embedded PostGIS is built without them: run with --db and a PostgreSQL/PostGIS server (e.g. apt-get install postgresql postgis)`, { cause: e });
  }
  const present = layers.filter((l) => (dataset.layers[l]?.features.length ?? 0) > 0);
  const out: CutLayer[] = [];
  const tables = runTables(present);
  await inRunSchema(client, 'shangyu_tiles', async (schema) => {
    await client.exec(`begin;\n${loadSql(schema, dataset, tables)}commit;`);
    for (const [layer, t] of tables.layers) {
      await client.exec(`set search_path = ${sqlIdent(schema)}, public;
        alter table ${t} add column g3857 geometry(Geometry, 3857);
        update ${t} set g3857 = st_transform(geom, 3857);
        create index on ${t} using gist (g3857); analyze ${t};`);
      const [ext] = await client.rows(`select st_xmin(e), st_ymin(e), st_xmax(e), st_ymax(e) from (select st_extent(geom) e from ${t}) s`, schema);
      const bounds = ext!.map(Number) as unknown as LonLatBox;
      const fields = (await client.rows(`select distinct jsonb_object_keys(props) from ${t} order by 1`, schema)).map((r) => r[0]!);
      const name = sqlLiteral(layer);
      let tiles = 0;
      let bytes = 0;
      for (let z = zooms.minzoom; z <= zooms.maxzoom; z++) {
        const r = tileRange(bounds, z);
        const all: [number, number][] = [];
        for (let x = r.x0; x <= r.x1; x++) for (let y = r.y0; y <= r.y1; y++) all.push([x, y]);
        for (let i = 0; i < all.length; i += BATCH) {
          const batch = all.slice(i, i + BATCH);
          // One statement per batch: each tile's envelope, the features its buffered box meets, cut to it.
          const rows = await client.rows(`with t(x, y) as (values ${batch.map(([x, y]) => `(${x}, ${y})`).join(',')}),
            e as (select x, y, st_tileenvelope(${z}, x, y) env from t)
            select e.x, e.y, (select encode(st_asmvt(q, ${name}, 4096, 'geom'), 'hex') from (
                select st_asmvtgeom(f.g3857, e.env, 4096, 64, true) geom, f.fid - 1 as "_i", f.props
                from ${t} f where f.g3857 && st_expand(e.env, (st_xmax(e.env) - st_xmin(e.env)) * 64 / 4096)) q
              where q.geom is not null)
            from e`, schema);
          for (const [x, y, hex] of rows) {
            if (!hex) continue;
            const tile = Uint8Array.from(Buffer.from(hex, 'hex'));
            await write(layer, z, Number(x), Number(y), tile);
            tiles++;
            bytes += tile.length;
          }
        }
      }
      out.push({ layer, bounds, ...zooms, tiles, bytes, fields });
    }
  });
  return out;
}
