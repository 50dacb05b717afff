/**
 * Prepares dataset layers for drawing: every feature gets a stable `_fid` (`role:index`) so a
 * click on the map can be traced back to the dataset, and sections get the class to colour by.
 * Pure data, no MapLibre.
 */
import { featureLabel } from '../core/data/roles.ts';
import { sectionId } from '../core/indicators/section-results.ts';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Layer } from '../core/data/dataset.ts';
import { formatWaterClass } from '../core/water/water-class.ts';
import type { WaterClass } from '../core/water/water-class.ts';

export type DisplayCollection = FeatureCollection<Geometry, Record<string, unknown>>;

/** A reference to one feature of the dataset: its layer (role) and `_fid`. */
export interface FeatureRef {
  readonly layer: string;
  readonly fid: string;
}

/** `role:index`, the id of the index-th feature of a layer. */
export function fidOf(layer: string, index: number): string {
  return `${layer}:${index}`;
}

/** Parses a `_fid` back into a reference; null when it is not one. */
export function refOf(fid: unknown): FeatureRef | null {
  if (typeof fid !== 'string') return null;
  const k = fid.lastIndexOf(':');
  return k > 0 ? { layer: fid.slice(0, k), fid } : null;
}

/**
 * The layer's features with `_fid` added (and nested values like sample lists left out, which the
 * map does not need). Geometry objects are shared, not copied.
 */
export function displayLayer(role: string, layer: Layer | undefined): DisplayCollection {
  const features: Feature<Geometry, Record<string, unknown>>[] = (layer?.features ?? []).map((f, i) => {
    const props: Record<string, unknown> = { _fid: fidOf(role, i) };
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

/** Section points coloured by the given classes (by section id), with the class as label text. */
export function displaySections(layer: DisplayCollection, classes: ReadonlyMap<string, WaterClass | null>): DisplayCollection {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f, i) => {
      const cls = classes.get(sectionId(f.properties, i)) ?? null;
      return { ...f, properties: { ...f.properties, _cls: cls ?? 0, _label: cls === null ? '—' : formatWaterClass(cls) } };
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
