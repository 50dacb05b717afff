/**
 * Area of the union of many polygons inside a region, with unions only where polygons overlap:
 * what PostGIS's `ST_Area(ST_Intersection(ST_Union(geom), region)::geography)` gives, without
 * building the union of a whole layer. Polygons that only touch (parcels sharing edges) add
 * their areas; groups of overlapping polygons are unioned; only what crosses the region's edge
 * is clipped.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { indexBoundary } from './boundary-index.ts';
import { boxClipper } from './box-clip.ts';
import type { BoxClipper } from './box-clip.ts';
import type { BoundaryIndex } from './boundary-index.ts';
import { asMultiPolygon, intersectionOf, intersectValid, multiArea, unionOf } from './clip.ts';
import { overlapGroups, polygonParts } from './coverage.ts';
import { geometryArea } from './ellipsoidal-area.ts';
import { geometryBBox } from './bbox.ts';
import { pushAll } from '../push-all.ts';
import { boxGroups } from './box-groups.ts';

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

/**
 * A valid MultiPolygon (a result of clip.ts) as a Region, without another union. Its index is built
 * when first read (the areas measured from edges, boolean-area.ts, need none).
 */
export function asRegion(geometry: MultiPolygon): Region {
  let index: BoundaryIndex | null = null;
  return { geometry, get index() { return (index ??= indexBoundary(geometry)); } };
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
  const pieces = groups.map((group): Geometry => {
    const kept = withoutContained(group.map((i) => parts[i]!));
    return kept.length === 1 ? kept[0]! : asMultiPolygon(unionOf(kept));
  });
  return { pieces, overlaps: pairs.length };
}

/** Width × height of a polygon's bounding box, in degrees². */
function boxArea(p: Polygon): number {
  const b = geometryBBox(p);
  return (b[2] - b[0]) * (b[3] - b[1]);
}

/**
 * The polygons of an overlapping group without those lying wholly inside its largest one, which
 * add nothing to the union: many small parcels drawn inside a large one would otherwise each go
 * through the overlay (thousands of them make the union quadratic). A polygon counts as inside
 * when no edge of the largest comes near its bounding box and one of its vertices is inside (the
 * boundary index's test); one that touches or crosses an edge stays, for the union to handle.
 */
function withoutContained(group: readonly Polygon[]): Polygon[] {
  if (group.length < 3) return [...group];
  let big = 0;
  for (let i = 1; i < group.length; i++) if (boxArea(group[i]!) > boxArea(group[big]!)) big = i;
  const index = indexBoundary({ type: 'MultiPolygon', coordinates: [group[big]!.coordinates] });
  return group.filter((p, i) => i === big || index.side(p) !== 'inside');
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

/** Box groups of more polygons than this (parcels tiling the land) go through the exact grouping. */
const DIRECT_UNION_MAX = 500;

/**
 * Ellipsoidal area in m² of (union of `geoms`) ∩ `region`, as unionAreaWithin gives it, for layers
 * whose polygons overlap much and tile little (parks): polygons are grouped by touching boxes — no
 * exact overlap test per pair, which costs more there than it saves — and each group is unioned at
 * once (polygons that only touch are merged, with the same area). A group of more than 500
 * polygons, such as parcels sharing edges, goes through unionPieces's exact grouping instead, so
 * no huge union is built. No count of overlapping pairs.
 */
export function overlappingUnionAreaWithin(geoms: readonly Geometry[], region: Region | null): number {
  const parts: Polygon[] = [];
  for (const g of geoms) for (const p of polygonParts(g)) parts.push({ type: 'Polygon', coordinates: p as Position[][] });
  const pieces: Geometry[] = [];
  const tiling: Polygon[] = [];
  for (const group of boxGroups(parts.map((p) => geometryBBox(p)))) {
    if (group.length === 1) pieces.push(parts[group[0]!]!);
    else if (group.length > DIRECT_UNION_MAX) for (const i of group) tiling.push(parts[i]!);
    else pieces.push(asMultiPolygon(unionOf(group.map((i) => parts[i]!))));
  }
  if (tiling.length > 0) pushAll(pieces, unionPieces(tiling).pieces);
  return piecesAreaWithin({ pieces, overlaps: 0 }, region).area;
}

/**
 * Ellipsoidal area in m² of a valid MultiPolygon's part inside a region: its polygons inside the
 * region count whole, those outside not at all, and those crossing its edge are clipped against the
 * region's part near them only (the region cut to the polygon's box, a little enlarged). The result
 * has the same vertices as a clip against the whole region — the box's edges lie outside the
 * polygon — but a boundary of 100,000 vertices is no longer overlaid whole for every polygon.
 * A polygon array met again (in another union that passed it through) is not clipped or measured again.
 */
export function multiAreaWithin(mp: MultiPolygon, region: Region): number {
  let area = 0;
  for (const poly of clipToRegion(mp, region)) area += polygonArea(poly);
  return area;
}

/** Areas of polygons (by their coordinate arrays, never changed once made) measured already. */
const areas = new WeakMap<Position[][], number>();

/** Ellipsoidal area of one polygon's rings, m², measured once per array. */
function polygonArea(poly: Position[][]): number {
  let a = areas.get(poly);
  if (a === undefined) { a = geometryArea({ type: 'Polygon', coordinates: poly }); areas.set(poly, a); }
  return a;
}

/** Per region, the part inside it of each polygon clipped already (by the polygon's coordinate array). */
const clips = new WeakMap<Region, WeakMap<Position[][], MultiPolygon['coordinates']>>();

/**
 * A valid MultiPolygon's part inside a region, as MultiPolygon coordinates: polygons inside kept
 * as they are, those outside left out, those crossing the region's edge clipped against the
 * region's part near them (see multiAreaWithin).
 */
export function clipToRegion(mp: MultiPolygon, region: Region): MultiPolygon['coordinates'] {
  const out: MultiPolygon['coordinates'] = [];
  let done = clips.get(region);
  if (!done) { done = new WeakMap(); clips.set(region, done); }
  for (const poly of mp.coordinates) {
    // A polygon met before (one a union passed through unchanged) is not classified or clipped again.
    let part = done.get(poly);
    if (!part) {
      const g: Polygon = { type: 'Polygon', coordinates: poly };
      const side = region.index.side(g);
      part = side === 'inside' ? [poly] : side === 'crossing' ? clipNear(poly, region, geometryBBox(g)) : [];
      done.set(poly, part);
    }
    pushAll(out, part);
  }
  return out;
}

/** A polygon's part inside a region, clipped against the region near it; against the whole region if that overlay fails. */
function clipNear(poly: Position[][], region: Region, b: readonly number[]): MultiPolygon['coordinates'] {
  const mp: MultiPolygon = { type: 'MultiPolygon', coordinates: [poly] };
  try {
    return intersectValid(mp, regionNear(region, b));
  } catch {
    return intersectValid(mp, region.geometry);
  }
}

/** Each region's box clipper, made when first needed. */
const clippers = new WeakMap<Region, BoxClipper>();

/**
 * The region cut to a box enlarged by a tenth of its size on each side (as a valid MultiPolygon),
 * by the rectangle clip (box-clip.ts), which reads only the region's edges near the box: the
 * region's edges inside the box exactly, so the polygon's clip has the vertices of one against the
 * whole region. A box through a vertex of the region is enlarged a little more.
 */
function regionNear(region: Region, b: readonly number[]): MultiPolygon {
  let clipper = clippers.get(region);
  if (!clipper) { clipper = boxClipper(region.geometry); clippers.set(region, clipper); }
  for (let k = 1; k <= 8; k++) {
    const dx = (b[2]! - b[0]!) * 0.1 * k + 1e-6 * k, dy = (b[3]! - b[1]!) * 0.1 * k + 1e-6 * k;
    const near = clipper([b[0]! - dx, b[1]! - dy, b[2]! + dx, b[3]! + dy]);
    if (near) return near;
  }
  // Eight boxes through vertices: cut by a full overlay instead.
  const dx = (b[2]! - b[0]!) * 0.1 + 1e-6, dy = (b[3]! - b[1]!) * 0.1 + 1e-6;
  const [w, s, e, n] = [b[0]! - dx, b[1]! - dy, b[2]! + dx, b[3]! + dy];
  return asMultiPolygon(intersectValid(region.geometry, { type: 'MultiPolygon', coordinates: [[[[w, s], [e, s], [e, n], [w, n], [w, s]]]] }));
}
