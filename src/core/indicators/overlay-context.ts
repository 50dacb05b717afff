/**
 * What every area indicator shares: the district boundary as one valid MultiPolygon, with its
 * ellipsoidal area, prepared once per dataset.
 */
import type { Geometry, MultiPolygon } from 'geojson';
import { asMultiPolygon, intersectionOf, multiArea, unionOf } from '../geo/clip.ts';
import type { MultiCoords } from '../geo/clip.ts';
import { indexBoundary } from '../geo/boundary-index.ts';
import type { BoundaryIndex } from '../geo/boundary-index.ts';
import { findOverlaps } from '../geo/coverage.ts';
import { geometryArea } from '../geo/ellipsoidal-area.ts';
import type { Dataset, Layer } from '../data/dataset.ts';

export interface OverlayContext {
  /** Union of the boundary features. */
  readonly boundary: MultiPolygon;
  /** Ellipsoidal area of the district, m². */
  readonly boundaryArea: number;
  /** Index of the boundary's edges, to find what crosses it. */
  readonly boundaryIndex: BoundaryIndex;
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
  return boundaryArea > 0 ? { boundary, boundaryArea, boundaryIndex: indexBoundary(boundary) } : null;
}

/** (union of the geometries) ∩ district boundary, as MultiPolygon coordinates. */
export function clipToBoundary(ctx: OverlayContext, geoms: readonly Geometry[]): MultiCoords {
  if (geoms.length === 0) return [];
  return intersectionOf(geoms, [ctx.boundary]);
}

/** Area of a coverage layer inside the boundary, and how it was obtained. */
export interface CoverageArea {
  /** Ellipsoidal area in m² of (union of the geometries) ∩ boundary. */
  readonly area: number;
  /** Overlapping pairs found (at most 1 is looked for); 0 means the areas could simply be added. */
  readonly overlaps: number;
  /** Features crossing the boundary, which were clipped. */
  readonly clipped: number;
}

/**
 * Same value as `multiArea(clipToBoundary(ctx, geoms))`, fast for layers that tile without
 * overlapping: features wholly inside the boundary just add their areas, only those crossing it
 * are clipped, and no union is computed. If any two features overlap, falls back to the union.
 */
export function coverageAreaInBoundary(ctx: OverlayContext, geoms: readonly Geometry[]): CoverageArea {
  if (findOverlaps(geoms, 1).length > 0) {
    return { area: multiArea(clipToBoundary(ctx, geoms)), overlaps: 1, clipped: geoms.length };
  }
  let area = 0;
  const crossing: Geometry[] = [];
  for (const g of geoms) {
    const side = ctx.boundaryIndex.side(g);
    if (side === 'inside') area += geometryArea(g);
    else if (side === 'crossing') crossing.push(g);
  }
  if (crossing.length > 0) area += multiArea(intersectionOf(crossing, [ctx.boundary]));
  return { area, overlaps: 0, clipped: crossing.length };
}
