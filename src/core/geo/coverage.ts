/**
 * Which polygons of a layer overlap (share area), as opposed to merely touching or sharing edges,
 * which is how the parcels of an inventory meet: candidate pairs from a spatial index of bounding
 * boxes, each tested exactly (polygon-overlap.ts).
 */
import Flatbush from 'flatbush';
import type { Geometry, Position } from 'geojson';
import { geometryBBox } from './bbox.ts';
import type { BBox } from './bbox.ts';
import { polygonsOverlap } from './polygon-overlap.ts';

type Rings = readonly (readonly Position[])[];

/** The polygons (rings) of a Polygon or MultiPolygon; none for other types. */
export function polygonParts(g: Geometry | null | undefined): Rings[] {
  if (!g) return [];
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

export interface OverlapGroups {
  /** Indices of the geometries, in groups linked by overlapping interiors; a lone geometry is a group of one. */
  readonly groups: number[][];
  /** Every overlapping pair [i, j], i < j. */
  readonly pairs: [number, number][];
}

/** Groups the geometries by overlap (union–find over the overlapping pairs). Empty geometries stand alone. */
export function overlapGroups(geoms: readonly Geometry[], boxes: readonly BBox[] = geoms.map(geometryBBox)): OverlapGroups {
  if (geoms.length === 0) return { groups: [], pairs: [] };
  const parent = geoms.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; }
    return i;
  };
  const empty = (b: BBox) => b[0] > b[2];
  const index = new Flatbush(geoms.length);
  for (const b of boxes) { if (empty(b)) index.add(0, 0, 0, 0); else index.add(b[0], b[1], b[2], b[3]); }
  index.finish();
  const parts = geoms.map(polygonParts);
  const pairs: [number, number][] = [];
  boxes.forEach((b, i) => {
    if (empty(b)) return;
    for (const j of index.search(b[0], b[1], b[2], b[3]).sort((x, y) => x - y)) {
      if (j <= i || empty(boxes[j]!)) continue;
      if (!parts[i]!.some((pa) => parts[j]!.some((pb) => polygonsOverlap(pa, pb)))) continue;
      pairs.push([i, j]);
      parent[find(i)] = find(j);
    }
  });
  const byRoot = new Map<number, number[]>();
  geoms.forEach((_, i) => {
    const r = find(i);
    const g = byRoot.get(r);
    if (g) g.push(i); else byRoot.set(r, [i]);
  });
  return { groups: [...byRoot.values()], pairs };
}
