/**
 * What every area indicator shares: the district boundary as one valid MultiPolygon with an index
 * of its edges, and its ellipsoidal area, prepared once per dataset.
 */
import type { Geometry } from 'geojson';
import { multiArea } from '../geo/clip.ts';
import { makeRegion } from '../geo/union-area.ts';
import type { Region } from '../geo/union-area.ts';
import type { Dataset, Layer } from '../data/dataset.ts';

export interface OverlayContext {
  /** Union of the boundary features, indexed. */
  readonly boundary: Region;
  /** Ellipsoidal area of the district, m². */
  readonly boundaryArea: number;
}

/** Geometries of a layer (empty when the layer is absent). */
export function geometries(layer: Layer | undefined): Geometry[] {
  return layer ? layer.features.map((f) => f.geometry) : [];
}

/** Prepares the boundary; null when the dataset has no usable boundary. */
export function makeOverlayContext(dataset: Dataset): OverlayContext | null {
  const boundary = makeRegion(geometries(dataset.layers.boundary));
  if (!boundary) return null;
  const boundaryArea = multiArea(boundary.geometry.coordinates);
  return boundaryArea > 0 ? { boundary, boundaryArea } : null;
}
