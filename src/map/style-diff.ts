/**
 * Applying a new style by diff without losing what the style does not hold: the data of the
 * GeoJSON sources (set by setSourceData, not part of the state) and the sources and layers others
 * added (the drawing tool's), which a plain diff would remove.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { buildStyle } from './map-style.ts';
import type { MapState } from './map-style.ts';

/** Ids of every layer buildStyle can make, whatever the state. */
const OWN_LAYER_IDS: ReadonlySet<string> = new Set(buildStyle({
  visible: {} as MapState['visible'], opacity: {} as MapState['opacity'], urls: {}, highlight: [], selection: null, basemap: null, largeLabels: false, marker: [0, 0],
  change: { intoForest: [], outOfForest: [], protectedAdded: [], sectionsImproved: [], sectionsWorsened: [] },
}).layers.map((l) => l.id));

/**
 * For MapLibre's `setStyle(…, { diff: true, transformStyle })`: the `next` style with the data the
 * GeoJSON sources of `previous` hold now (the marker's excepted), and with the sources and layers
 * of `previous` that buildStyle did not make (basemaps excepted).
 */
export function keepOwnAndForeign(previous: StyleSpecification | undefined, next: StyleSpecification): StyleSpecification {
  if (!previous) return next;
  const sources = { ...next.sources };
  for (const [id, src] of Object.entries(previous.sources)) {
    const mine = sources[id];
    if (mine && mine.type === 'geojson' && src.type === 'geojson' && id !== 'marker') sources[id] = { ...mine, data: src.data };
    else if (!mine && !id.startsWith('basemap') && id !== 'marker') sources[id] = src;
  }
  const ids = new Set(next.layers.map((l) => l.id));
  const foreign = previous.layers.filter((l) => !ids.has(l.id) && !l.id.startsWith('basemap') && !OWN_LAYER_IDS.has(l.id));
  return { ...next, sources, layers: [...next.layers, ...foreign] };
}
