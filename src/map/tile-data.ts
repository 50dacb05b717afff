/**
 * The map's face for the report worker: what to write for each source MapLibre draws from (every
 * tiled layer with the feature index and the properties the style reads, one label point per
 * town) and a summary of each layer for the legend (a layer drawn from the dataset's vector tiles too). No MapLibre here; the worker imports only this.
 */
import type { Dataset, TileSpec } from '../core/index.ts';
import { labelPoints, tileLayer } from './display-features.ts';
import type { DisplayCollection } from './display-features.ts';
import { summarizeLayer, tiledLayerSummary } from './layer-summary.ts';
import type { LayerSummary } from './layer-summary.ts';
import { TILE_PROPERTIES, TILED_SOURCE_IDS } from './map-style.ts';

/**
 * The contents of each tiled source (by source id), the summary of each layer (by name), and the
 * layers drawn from the dataset's own vector tiles (those the loader left out for their tiles).
 */
export function drawingData(d: Dataset): { sources: Record<string, DisplayCollection>; summaries: Record<string, LayerSummary>; tiles: Record<string, TileSpec> } {
  const sources: Record<string, DisplayCollection> = {};
  const labels: Readonly<Record<string, string>> = { townLabels: 'towns', neighbourLabels: 'neighbours' };
  for (const id of TILED_SOURCE_IDS) sources[id] = labels[id] ? labelPoints(d.layers[labels[id]!]) : tileLayer(d.layers[id], TILE_PROPERTIES[id]);
  const summaries: Record<string, LayerSummary> = {};
  for (const [name, layer] of Object.entries(d.layers)) if (layer) summaries[name] = summarizeLayer(layer);
  // Layers drawn from the dataset's own vector tiles: listed, without counts.
  const tiles: Record<string, TileSpec> = {};
  for (const [name, spec] of Object.entries(d.manifest.layers)) {
    if (spec.tiles && !d.layers[name]) { tiles[name] = spec.tiles; summaries[name] = tiledLayerSummary(); }
  }
  return { sources, summaries, tiles };
}
