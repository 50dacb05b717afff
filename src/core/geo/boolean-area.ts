/**
 * Areas of unions clipped to a region, measured from their edges alone, without building the union:
 * what PostGIS gives for `ST_Area(ST_Intersection(ST_Union(geom), region)::geography)`, for each
 * group of polygons and for all of them together, in one pass over the edges.
 *
 * The boundary of (∪ polygons) ∩ region is made of the stretches of polygon edges that lie inside
 * the region and inside no other polygon, and the stretches of region edges that lie inside some
 * polygon; the area is the sum of their geodesic edge terms (edgeAreaTerm), each in its own direction
 * (interiors on the left). Edges are split only where that status changes, at the crossing nodes the
 * overlay's result has (splitting at a crossing with a dissolved edge would change the geodesics).
 *
 * Crossings and containment are decided by exact orientation tests (robust-predicates); vertices
 * and edges that polygons share are decided by simulation of simplicity: each polygon k is taken as
 * moved by (kε, kε²) for an infinitesimal ε. The union's area is continuous in that move, so shared
 * edges count once, or not at all between polygons on either side, and shared vertices need nothing
 * more; a vertex lying exactly inside another's edge is a node where the result has that vertex.
 * Where the overlay's nodes depend on its rounding — two crossings of an edge within 1e-9 of its
 * length — the most the area can differ by is added up (splitEffectBound): past 5e-10 of an area,
 * or with an edge the short-edge area does not take, the answer is null and the caller overlays
 * (clip.ts).
 */
import { buildGrid, collectEdges } from './edge-area/edges.ts';
import type { Poly } from './edge-area/edges.ts';
import { findCrossings, startDepths } from './edge-area/crossings.ts';
import { orderEvents, Walk } from './edge-area/walk.ts';

/** The areas measured by unionAreasWithin, m². */
export interface UnionAreas {
  /** area((∪ groups[g]) ∩ region) for each group g. */
  readonly byGroup: number[];
  /** area((∪ of every group) ∩ region). */
  readonly all: number;
}

/** How much of an area the overlay's possible node choices may change before the overlays decide instead. */
const DOUBT = 5e-10;

/**
 * Areas in m² of (union of each group) ∩ region and of (union of all groups) ∩ region, the region
 * being the union of its polygons (null: no clipping). Polygons may overlap and touch, within a
 * group, across groups and in the region. Ring orientation does not matter; rings with no area are
 * ignored. Null when an edge spans more than 0.05° or lies beyond 70° latitude (the short-edge
 * area's range), the overlay's choices could change an area by more than 5e-10 of it, or the input
 * would take more work than the overlays (findCrossings): the caller overlays instead.
 */
export function unionAreasWithin(groups: readonly (readonly Poly[])[], region: readonly Poly[] | null): UnionAreas | null {
  const G = groups.length;
  const polys: Poly[] = [];
  const groupOf: number[] = [];
  groups.forEach((g, gi) => { for (const p of g) { polys.push(p); groupOf.push(gi); } });
  for (const p of region ?? []) { polys.push(p); groupOf.push(G); }
  const polyGroup = Int32Array.from(groupOf);
  const edges = collectEdges(polys);
  if (!edges) return null;
  if (edges.edgeCount === 0) return { byGroup: groups.map(() => 0), all: 0 };
  const grid = buildGrid(edges);
  const ev = findCrossings(edges, grid);
  const startDepth = ev && startDepths(edges, grid, polyGroup, G);
  if (!ev || !startDepth) return null;
  const walk = new Walk({ edges, ev, eo: orderEvents(ev, edges.edgeCount), polyGroup, G, startDepth }, region !== null);
  if (!walk.rings()) return null;
  const { acc, doubt } = walk;
  for (let x = 0; x <= G; x++) if (doubt[x]! > DOUBT * Math.abs(acc[x]!) + 1e-9) return null;
  return { byGroup: Array.from(acc.subarray(0, G)), all: acc[G]! };
}
