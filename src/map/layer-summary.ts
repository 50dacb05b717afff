/**
 * What the interface needs to know about a layer without holding its features: how many there
 * are and the distinct values of the properties the legend lists. Computed where the data is
 * (the report worker), so a 60,000-parcel layer never crosses to the main thread.
 */
import type { Layer } from '../core/index.ts';

export interface LayerSummary {
  readonly count: number;
  /** Distinct values of `landClass`, `category` and `class` (road class), in order of first appearance (at most 50 each). */
  readonly values: Readonly<Record<string, readonly string[]>>;
  /** Drawn from the dataset's own vector tiles: the features (and so the count and values) are not loaded. */
  readonly tiled?: true;
}

/** The summary of a layer drawn from the dataset's vector tiles, whose features are not loaded. */
export function tiledLayerSummary(): LayerSummary {
  return { count: 0, values: {}, tiled: true };
}

const LISTED = ['landClass', 'category', 'class'];

/** The summary of a layer. */
export function summarizeLayer(layer: Layer | undefined): LayerSummary {
  const values: Record<string, string[]> = {};
  const seen: Record<string, Set<string>> = {};
  for (const f of layer?.features ?? []) {
    for (const key of LISTED) {
      const v = f.properties[key];
      if (v === undefined || v === null) continue;
      const s = (seen[key] ??= new Set());
      if (s.size < 50 && !s.has(String(v))) { s.add(String(v)); (values[key] ??= []).push(String(v)); }
    }
  }
  return { count: layer?.features.length ?? 0, values };
}
