/** `protectedShare`: share of the district covered by protected land, overlaps counted once. */
import type { Dataset } from '../data/dataset.ts';
import { asMultiPolygon, intersectValid, multiArea, unionOf, unionValid } from '../geo/clip.ts';
import { geometries } from './overlay-context.ts';
import type { OverlayContext } from './overlay-context.ts';
import { notAvailable } from './indicator-result.ts';
import type { Measured } from './indicator-result.ts';

/**
 * area(union of all protected-role polygons ∩ boundary) / area(boundary) × 100, in %.
 * Details: the area of each role inside the boundary and the overlap removed (Σ roles − union), m².
 */
export function protectedShare(dataset: Dataset, ctx: OverlayContext | null): Measured {
  const roles = dataset.manifest.protectedRoles.filter((r) => dataset.layers[r]);
  if (!ctx) return notAvailable(['boundary']);
  if (roles.length === 0) return notAvailable(dataset.manifest.protectedRoles);
  const byRole: Record<string, number> = {};
  const unions = roles.map((r) => {
    const u = asMultiPolygon(unionOf(geometries(dataset.layers[r])));
    byRole[r] = multiArea(intersectValid(u, ctx.boundary.geometry));
    return u;
  });
  // As PostGIS would: the union of everything, then clipped (clipping each role first would add
  // nodes on the boundary's long edges, which changes their geodesic area by ~1e-7).
  const all = unions.reduce((u, r) => asMultiPolygon(unionValid(u, r)));
  const protectedArea = unions.length === 1 ? byRole[roles[0]!]! : multiArea(intersectValid(all, ctx.boundary.geometry));
  const sum = Object.values(byRole).reduce((a, b) => a + b, 0);
  return {
    value: (protectedArea / ctx.boundaryArea) * 100,
    details: { boundaryAreaM2: ctx.boundaryArea, protectedAreaM2: protectedArea, areaByRoleM2: byRole, overlapCountedOnceM2: Math.max(0, sum - protectedArea) },
  };
}
