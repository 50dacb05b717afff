/**
 * Coverage checks and fast areas for layers that should tile without overlapping (forest
 * parcels, residential blocks): find the overlapping pairs with a spatial index, and sum areas
 * directly when there are none instead of computing a union.
 */
import Flatbush from 'flatbush';
import type { Geometry, Position } from 'geojson';
import { geometryBBox } from './bbox.ts';
import { polygonsOverlap } from './polygon-overlap.ts';

type Rings = readonly (readonly Position[])[];

/** The polygons (rings) of a Polygon or MultiPolygon; none for other types. */
export function polygonParts(g: Geometry | null | undefined): Rings[] {
  if (!g) return [];
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/** A static spatial index of the geometries' bounding boxes (null when there are none). */
export function indexGeometries(geoms: readonly Geometry[]): Flatbush | null {
  if (geoms.length === 0) return null;
  const index = new Flatbush(geoms.length);
  for (const g of geoms) {
    const b = geometryBBox(g);
    if (b[0] > b[2]) index.add(0, 0, 0, 0); else index.add(b[0], b[1], b[2], b[3]);
  }
  index.finish();
  return index;
}

/**
 * Pairs [i, j] (i < j) of geometries whose interiors overlap, at most `limit` of them. Pairs are
 * found through bounding boxes, then tested exactly (polygons-overlap.ts).
 */
export function findOverlaps(geoms: readonly Geometry[], limit = 100): [number, number][] {
  const index = indexGeometries(geoms);
  if (!index) return [];
  const parts = geoms.map(polygonParts);
  const out: [number, number][] = [];
  for (let i = 0; i < geoms.length && out.length < limit; i++) {
    const b = geometryBBox(geoms[i]);
    if (b[0] > b[2]) continue;
    for (const j of index.search(b[0], b[1], b[2], b[3])) {
      if (j <= i) continue;
      if (parts[i]!.some((pa) => parts[j]!.some((pb) => polygonsOverlap(pa, pb)))) {
        out.push([i, j]);
        if (out.length >= limit) break;
      }
    }
  }
  return out;
}
