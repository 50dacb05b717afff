/**
 * Polygon boolean operations (union, intersection, difference) on lon/lat geometries, by
 * polyclip-ts (the engine inside Turf's union/intersect), called directly on many polygons at
 * once. Self-crossing rings follow the non-zero rule; overlaps in the inputs count once; the
 * output is valid (no self-touching rings, holes inside their shells).
 *
 * Edges are straight in lon/lat, as in every GIS overlay on geographic coordinates; the areas of
 * the results are then computed on the ellipsoid (see ellipsoidal-area.ts).
 */
import * as polyclip from 'polyclip-ts';
import type { Geometry, MultiPolygon, Position } from 'geojson';
import { geometryArea } from './ellipsoidal-area.ts';

/** Polygon coordinates (rings) or MultiPolygon coordinates (polygons of rings). */
type Geom = polyclip.Geom;
/** MultiPolygon coordinates as produced by the operations. */
export type MultiCoords = Position[][][];

/** The polygonal parts of the geometries, as polyclip inputs (points and lines are ignored). */
export function polygonsOf(geometries: readonly (Geometry | null | undefined)[]): Geom[] {
  const out: Geom[] = [];
  const visit = (g: Geometry | null | undefined): void => {
    if (!g) return;
    if (g.type === 'Polygon') out.push(g.coordinates as Geom);
    else if (g.type === 'MultiPolygon') out.push(g.coordinates as Geom);
    else if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
  };
  geometries.forEach(visit);
  return out;
}

/**
 * All polygonal parts as one MultiPolygon input: polyclip reads a MultiPolygon as the union of its
 * (possibly overlapping) polygons, so one sweep serves a whole layer.
 */
function merged(geometries: readonly (Geometry | null | undefined)[]): Geom | null {
  const polys: Position[][][] = [];
  for (const g of polygonsOf(geometries)) {
    if (typeof g[0]?.[0]?.[0] === 'number') polys.push(g as Position[][]);
    else polys.push(...(g as Position[][][]));
  }
  return polys.length === 0 ? null : (polys as Geom);
}

/** Union of all polygonal parts (empty list when there are none). */
export function unionOf(geometries: readonly (Geometry | null | undefined)[]): MultiCoords {
  const m = merged(geometries);
  return m ? (polyclip.union(m) as MultiCoords) : [];
}

/** (union of `subjects`) ∩ (union of `clips`), in one sweep; empty when either side is empty. */
export function intersectionOf(subjects: readonly (Geometry | null | undefined)[], clips: readonly (Geometry | null | undefined)[]): MultiCoords {
  const a = merged(subjects);
  const b = merged(clips);
  if (!a || !b) return [];
  return polyclip.intersection(a, b) as MultiCoords;
}

/** (union of `subjects`) minus (union of `holes`). */
export function differenceOf(subjects: readonly (Geometry | null | undefined)[], holes: readonly (Geometry | null | undefined)[]): MultiCoords {
  const a = merged(subjects);
  const b = merged(holes);
  if (!a) return [];
  return (b ? polyclip.difference(a, b) : polyclip.union(a)) as MultiCoords;
}

/** MultiPolygon coordinates as a GeoJSON geometry. */
export function asMultiPolygon(coords: MultiCoords): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: coords };
}

/** Ellipsoidal area in m² of MultiPolygon coordinates produced by the operations above. */
export function multiArea(coords: MultiCoords): number {
  return geometryArea(asMultiPolygon(coords));
}

/** Ellipsoidal area in m² of (union of `subjects`) ∩ (union of `clips`): overlaps counted once. */
export function overlayArea(subjects: readonly (Geometry | null | undefined)[], clips: readonly (Geometry | null | undefined)[]): number {
  return multiArea(intersectionOf(subjects, clips));
}

/** Ellipsoidal area in m² of the union of the geometries (overlaps once, self-crossings resolved). */
export function unionArea(geometries: readonly (Geometry | null | undefined)[]): number {
  return multiArea(unionOf(geometries));
}
