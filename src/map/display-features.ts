/**
 * Prepares dataset layers for drawing: every feature carries its index in its layer (`_i`), so a
 * click on the map gives back its identity { layer, index }, and sections get the class to colour
 * by. Pure data, no MapLibre.
 */
import { classText, featureLabel, formatWaterClass, sectionId } from '../core/index.ts';
import type { Lang, Layer, WaterClass } from '../core/index.ts';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type DisplayCollection = FeatureCollection<Geometry, Record<string, unknown>>;

/**
 * The layer's features with their index `_i` added (as in the tiles; the source is named after the
 * layer, so a click gives back the feature's identity), and nested values like sample lists left
 * out, which the map does not need. Geometry objects are shared, not copied.
 */
export function displayLayer(layer: Pick<Layer, 'features'> | undefined): DisplayCollection {
  const features: Feature<Geometry, Record<string, unknown>>[] = (layer?.features ?? []).map((f, i) => {
    const props: Record<string, unknown> = { _i: i };
    for (const [k, v] of Object.entries(f.properties)) if (v === null || typeof v !== 'object') props[k] = v;
    return { type: 'Feature', geometry: f.geometry, properties: props };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * The layer as the map's vector tiles carry it: each feature with its index in the layer (`_i`)
 * and only the properties the style reads, so tiles stay small and quick to decode.
 */
export function tileLayer(layer: Layer | undefined, keep: readonly string[]): DisplayCollection {
  const features: Feature<Geometry, Record<string, unknown>>[] = (layer?.features ?? []).map((f, i) => {
    const props: Record<string, unknown> = { _i: i };
    for (const k of keep) { const v = f.properties[k]; if (v !== undefined && (v === null || typeof v !== 'object')) props[k] = v; }
    return { type: 'Feature', geometry: f.geometry, properties: props };
  });
  return { type: 'FeatureCollection', features };
}

/** Section points coloured by the given classes (by section id), with the class as label text in the language (劣V is "worse than V" in English). */
export function displaySections(layer: DisplayCollection, classes: ReadonlyMap<string, WaterClass | null>, lang: Lang = 'zh'): DisplayCollection {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f, i) => {
      const cls = classes.get(sectionId(f.properties, i)) ?? null;
      return { ...f, properties: { ...f.properties, _cls: cls ?? 0, _label: cls === null ? '—' : classText(lang, formatWaterClass(cls)) } };
    }),
  };
}

/**
 * One label point per feature (so a town's name is drawn once, not once per map tile): its `seat`
 * property when it has one, else a point surely inside the polygon.
 */
export function labelPoints(layer: Pick<Layer, 'features'> | undefined): DisplayCollection {
  const features: Feature<Geometry, Record<string, unknown>>[] = [];
  for (const [i, f] of (layer?.features ?? []).entries()) {
    const seat = f.properties.seat;
    const coords = Array.isArray(seat) && typeof seat[0] === 'number' && typeof seat[1] === 'number'
      ? [seat[0], seat[1]] : pointOnFeature(f).geometry.coordinates;
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: coords }, properties: { name: featureLabel(f.properties, i) } });
  }
  return { type: 'FeatureCollection', features };
}
