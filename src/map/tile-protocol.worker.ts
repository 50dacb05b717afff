/**
 * Runs inside MapLibre's own workers (loaded with `importScriptInWorkers`): serves the dataset's
 * layers as vector tiles (tile-cutter.ts), cut from the GeoJSON files the report worker wrote
 * to `blob:` URLs. A tile URL is `ecomap-tiles://<encoded blob URL>/{z}/{x}/{y}`.
 *
 * Why not a GeoJSON source reading the URL: MapLibre then sends every such layer, parsed, back to
 * the main thread (for `getData`) — 0.6 s of blocked main thread for 60,000 parcels — and asks
 * the main thread to fetch URLs whose scheme it does not know. Here the GeoJSON stays in the
 * worker and only the tiles' own buffers reach the main thread.
 */
import { cutTile } from './tile-cutter.ts';
import { TILE_SCHEME } from './tile-source.ts';

interface WorkerScope { addProtocol(scheme: string, load: (p: { url: string }) => Promise<{ data: ArrayBuffer }>): void }

(self as unknown as WorkerScope).addProtocol(TILE_SCHEME, async (params) => ({ data: await cutTile(params.url) }));
