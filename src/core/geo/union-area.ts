/**
 * Area of the union of many polygons inside a region, with unions only where polygons overlap:
 * what PostGIS's `ST_Area(ST_Intersection(ST_Union(geom), region)::geography)` gives, without
 * building the union of a whole layer. Polygons that only touch (parcels sharing edges) add
 * their areas; groups of overlapping polygons are unioned; only what crosses the region's edge
 * is clipped.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { indexBoundary } from './boundary-index.ts';
import type { BoundaryIndex } from './boundary-index.ts';
import { asMultiPolygon, intersectionOf, multiArea, unionOf } from './clip.ts';
import { overlapGroups, polygonParts } from './coverage.ts';
import { geometryArea } from './ellipsoidal-area.ts';

/** A region to measure within: a valid MultiPolygon and an index of its edges. */
export interface Region {
  readonly geometry: MultiPolygon;
  readonly index: BoundaryIndex;
}

/** The union of the geometries as a Region (null when they have no area). */
export function makeRegion(geoms: readonly Geometry[]): Region | null {
  const geometry = asMultiPolygon(unionOf(geoms));
  return geometry.coordinates.length === 0 ? null : asRegion(geometry);
}

/** A valid MultiPolygon (a result of clip.ts) as a Region, without another union. */
export function asRegion(geometry: MultiPolygon): Region {
  return { geometry, index: indexBoundary(geometry) };
}

/** How an area was obtained. */
export interface UnionArea {
  /** Ellipsoidal area in m² of (union of the geometries) ∩ region. */
  readonly area: number;
  /** Pairs of polygons (parts) whose interiors overlap (0: the areas could simply be added). */
  readonly overlaps: number;
  /** Pieces (single geometries or unions of overlapping groups) crossing the region's edge, clipped. */
  readonly clipped: number;
}

/** A layer's polygons as pieces that do not overlap: lone polygons, and unions of overlapping groups. */
export interface Pieces {
  readonly pieces: readonly Geometry[];
  /** Pairs of polygons (parts) whose interiors overlap (0: the areas could simply be added). */
  readonly overlaps: number;
}

/**
 * Splits the geometries into pieces that do not overlap, unioning only groups of overlapping
 * polygons. Parts of a MultiPolygon count like separate polygons (so parts that overlap, which
 * GeoJSON forbids but files contain, still count once); non-polygonal geometries are left out.
 */
export function unionPieces(geoms: readonly Geometry[]): Pieces {
  const parts: Polygon[] = [];
  for (const g of geoms) for (const p of polygonParts(g)) parts.push({ type: 'Polygon', coordinates: p as Position[][] });
  const { groups, pairs } = overlapGroups(parts);
  const pieces = groups.map((group): Geometry => (group.length === 1 ? parts[group[0]!]! : asMultiPolygon(unionOf(group.map((i) => parts[i]!)))));
  return { pieces, overlaps: pairs.length };
}

/** Ellipsoidal area in m² of the pieces inside `region` (all of them when null); only pieces crossing its edge are clipped. */
export function piecesAreaWithin(p: Pieces, region: Region | null): UnionArea {
  let area = 0;
  const crossing: Geometry[] = [];
  for (const piece of p.pieces) {
    const side = region ? region.index.side(piece) : 'inside';
    if (side === 'inside') area += geometryArea(piece);
    else if (side === 'crossing') crossing.push(piece);
  }
  if (crossing.length > 0) area += multiArea(intersectionOf(crossing, [region!.geometry]));
  return { area, overlaps: p.overlaps, clipped: crossing.length };
}

/**
 * Ellipsoidal area in m² of (union of `geoms`) ∩ `region` (the whole union when region is null).
 * Empty and non-polygonal geometries add nothing.
 */
export function unionAreaWithin(geoms: readonly Geometry[], region: Region | null): UnionArea {
  return piecesAreaWithin(unionPieces(geoms), region);
}
