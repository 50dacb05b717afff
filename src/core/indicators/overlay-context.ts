/**
 * What every area indicator shares: one integer frame and the district boundary on it, with its
 * ellipsoidal area, prepared once per dataset.
 */
import type { Paths64 } from 'clipper2-ts';
import type { Geometry } from 'geojson';
import { clip, frameFor, resultArea, toPaths } from '../geo/clip.ts';
import type { Frame } from '../geo/clip.ts';
import type { Dataset, Layer } from '../data/dataset.ts';

export interface OverlayContext {
  readonly frame: Frame;
  readonly boundaryPaths: Paths64;
  /** Ellipsoidal area of the district (union of the boundary features), m². */
  readonly boundaryArea: number;
}

/** Geometries of a layer (empty when the layer is absent). */
export function geometries(layer: Layer | undefined): Geometry[] {
  return layer ? layer.features.map((f) => f.geometry) : [];
}

/** Prepares the boundary; null when the dataset has no usable boundary. */
export function makeOverlayContext(dataset: Dataset): OverlayContext | null {
  const boundary = geometries(dataset.layers.boundary);
  if (boundary.length === 0) return null;
  const frame = frameFor(boundary);
  const union = clip('union', toPaths(boundary, frame), [], frame);
  const boundaryArea = resultArea(union);
  if (!(boundaryArea > 0)) return null;
  return { frame, boundaryPaths: toPaths(boundary, frame), boundaryArea };
}

/** Ellipsoidal area in m² of (union of the geometries) ∩ district boundary. */
export function areaInBoundary(ctx: OverlayContext, geoms: readonly Geometry[]): number {
  if (geoms.length === 0) return 0;
  return resultArea(clip('intersection', toPaths(geoms, ctx.frame), ctx.boundaryPaths, ctx.frame));
}
