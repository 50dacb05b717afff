/**
 * What every area indicator shares: the district boundary as one valid MultiPolygon, with its
 * ellipsoidal area, prepared once per dataset.
 */
import type { Geometry, MultiPolygon } from 'geojson';
import { asMultiPolygon, intersectionOf, multiArea, unionOf } from '../geo/clip.ts';
import type { Dataset, Layer } from '../data/dataset.ts';

export interface OverlayContext {
  /** Union of the boundary features. */
  readonly boundary: MultiPolygon;
  /** Ellipsoidal area of the district, m². */
  readonly boundaryArea: number;
}

/** Geometries of a layer (empty when the layer is absent). */
export function geometries(layer: Layer | undefined): Geometry[] {
  return layer ? layer.features.map((f) => f.geometry) : [];
}

/** Prepares the boundary; null when the dataset has no usable boundary. */
export function makeOverlayContext(dataset: Dataset): OverlayContext | null {
  const parts = geometries(dataset.layers.boundary);
  if (parts.length === 0) return null;
  const boundary = asMultiPolygon(unionOf(parts));
  const boundaryArea = multiArea(boundary.coordinates);
  return boundaryArea > 0 ? { boundary, boundaryArea } : null;
}

/** Ellipsoidal area in m² of (union of the geometries) ∩ district boundary. */
export function areaInBoundary(ctx: OverlayContext, geoms: readonly Geometry[]): number {
  if (geoms.length === 0) return 0;
  return multiArea(intersectionOf(geoms, [ctx.boundary]));
}
