/**
 * What the pointer does on the map: a click selects the features under it, resting over a
 * clickable feature shows a pointer cursor, and the pointer's position feeds the coordinate
 * readout. Clicks and the cursor are left to the drawing tools while one is on.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { featureKey } from '../core/index.ts';
import type { FeatureId } from '../core/index.ts';
import { CLICKABLE_LAYERS } from './map-style.ts';

/**
 * Called with the clicked feature (a site is the layer `sites`), or null for a click on empty
 * map, every feature under the point, and the attributes of those drawn from the dataset's own
 * vector tiles (by featureKey), which nothing else holds.
 */
export type SelectHandler = (id: FeatureId | null, under: readonly FeatureId[], tileProperties: Readonly<Record<string, Readonly<Record<string, unknown>>>>) => void;

/** What the pointer's events are passed to, and what they ask of the map's owner. */
export interface PointerWatch {
  /** True while a drawing tool is on: clicks and the cursor are then the tool's. */
  readonly isDrawing: () => boolean;
  /** True when the source `layer` is drawn from the dataset's own vector tiles. */
  readonly fromTiles: (layer: string) => boolean;
  readonly onSelect?: SelectHandler;
  /** Called with the pointer's [lon, lat] as it moves over the map (once per frame at most), null when it leaves. */
  readonly onPointer?: (lonLat: readonly [number, number] | null) => void;
}

/** Clickable layers that are in the style and shown. */
function shownClickable(map: MapLibreMap): string[] {
  return CLICKABLE_LAYERS.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
}

/** Listens to the pointer on `map` for the map's lifetime (removing the map removes the listeners). */
export function watchPointer(map: MapLibreMap, w: PointerWatch): void {
  map.on('click', (e) => {
    if (w.isDrawing()) return;
    const layers = shownClickable(map);
    // Every drawn feature carries its index in its layer (`_i`); the source is named after the layer.
    // All features under the point, top first, each once (a fill and its outline are one feature).
    const under: FeatureId[] = [];
    const tileProperties: Record<string, Record<string, unknown>> = {};
    for (const f of map.queryRenderedFeatures(e.point, { layers })) {
      const i = f.properties?._i;
      if (typeof i === 'number' && !under.some((u) => u.layer === f.source && u.index === i)) under.push({ layer: f.source, index: i });
      if (typeof i === 'number' && w.fromTiles(f.source)) tileProperties[featureKey({ layer: f.source, index: i })] = { ...f.properties };
    }
    w.onSelect?.(under[0] ?? null, under, tileProperties);
  });
  // A pointer cursor over clickable features, looked up once the mouse rests (not on every move,
  // nor while dragging: a first lookup in a dense tile decodes it, tens of ms).
  let hover: ReturnType<typeof setTimeout> | null = null;
  map.on('mousemove', (e) => {
    if (hover) clearTimeout(hover);
    if (e.originalEvent.buttons !== 0 || w.isDrawing()) return;
    hover = setTimeout(() => {
      hover = null;
      const layers = shownClickable(map);
      map.getCanvas().style.cursor = map.queryRenderedFeatures(e.point, { layers }).length > 0 ? 'pointer' : '';
    }, 120);
  });
  map.on('mouseout', () => { if (hover) clearTimeout(hover); hover = null; w.onPointer?.(null); });
  // The pointer's position for the coordinate readout, once per frame at most.
  let pointerFrame = 0;
  map.on('mousemove', (e) => {
    if (!w.onPointer || pointerFrame) return;
    const { lng, lat } = e.lngLat;
    pointerFrame = requestAnimationFrame(() => { pointerFrame = 0; w.onPointer?.([lng, lat]); });
  });
}
