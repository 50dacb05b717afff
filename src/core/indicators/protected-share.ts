/** `protectedShare`: share of the district covered by protected land, overlaps counted once. */
import type { Dataset } from '../data/dataset.ts';
import { formatKm2 } from '../format/format-number.ts';
import { atLeast } from './indicator.ts';
import type { Indicator } from './indicator.ts';
import { asMultiPolygon, unionOf, unionValid } from '../geo/clip.ts';
import { multiAreaWithin } from '../geo/union-area.ts';
import { geometries } from './overlay-context.ts';
import type { OverlayContext } from './overlay-context.ts';
import { notAvailable } from './indicator-result.ts';
import { unionAreasWithin } from '../geo/boolean-area.ts';
import { polygonParts } from '../geo/coverage.ts';
import type { AreaMethod, Measured } from './indicator-result.ts';

/**
 * area(union of all protected-role polygons ∩ boundary) / area(boundary) × 100, in %.
 * Details: the area of each role inside the boundary and the overlap removed (Σ roles − union), m²,
 * and how they were measured (areaMethod).
 */
export function protectedShare(dataset: Dataset, ctx: OverlayContext | null): Measured {
  const roles = dataset.manifest.protectedRoles.filter((r) => dataset.layers[r]);
  if (!ctx) return notAvailable(['boundary']);
  if (roles.length === 0) return notAvailable(dataset.manifest.protectedRoles);
  const fromEdges = measuredFromEdges(dataset, roles, ctx);
  const { byRole, protectedArea } = fromEdges ?? measuredByOverlays(dataset, roles, ctx);
  const sum = Object.values(byRole).reduce((a, b) => a + b, 0);
  return {
    value: (protectedArea / ctx.boundaryArea) * 100,
    details: { boundaryAreaM2: ctx.boundaryArea, protectedAreaM2: protectedArea, areaByRoleM2: byRole, overlapCountedOnceM2: Math.max(0, sum - protectedArea), areaMethod: fromEdges ? 'edges' : 'overlays' },
  };
}

/** Area of each role's union inside the boundary and of the union of all, m². */
interface ProtectedAreas {
  readonly byRole: Record<string, number>;
  readonly protectedArea: number;
}

/** The areas measured from the polygons' edges (boolean-area.ts); null where it does not apply. */
function measuredFromEdges(dataset: Dataset, roles: readonly string[], ctx: OverlayContext): ProtectedAreas | null {
  const areas = unionAreasWithin(roles.map((r) => geometries(dataset.layers[r]).flatMap(polygonParts)), ctx.boundary.geometry.coordinates);
  return areas && { byRole: Object.fromEntries(roles.map((r, i) => [r, areas.byGroup[i]!])), protectedArea: areas.all };
}

/** The same areas from the unions themselves, built by overlays (GEOS or JSTS). */
function measuredByOverlays(dataset: Dataset, roles: readonly string[], ctx: OverlayContext): ProtectedAreas {
  const byRole: Record<string, number> = {};
  const unions = roles.map((r) => {
    const u = asMultiPolygon(unionOf(geometries(dataset.layers[r])));
    byRole[r] = multiAreaWithin(u, ctx.boundary);
    return u;
  });
  // As PostGIS would: the union of everything, then clipped (clipping each role first would add
  // nodes on the boundary's long edges, which changes their geodesic area by ~1e-7).
  const all = unions.reduce((u, r) => asMultiPolygon(unionValid(u, r)));
  return { byRole, protectedArea: unions.length === 1 ? byRole[roles[0]!]! : multiAreaWithin(all, ctx.boundary) };
}

/** The details of `protectedShare`, m². */
export interface ProtectedShareDetails {
  readonly boundaryAreaM2: number;
  readonly protectedAreaM2: number;
  /** Area of each protected role inside the boundary. */
  readonly areaByRoleM2: Readonly<Record<string, number>>;
  /** Σ roles − union: the overlap counted once. */
  readonly overlapCountedOnceM2: number;
  /** How the areas were measured: from the polygons' edges (boolean-area.ts) or by overlays (the same values). */
  readonly areaMethod: AreaMethod;
}

export const protectedShareIndicator: Indicator = {
  id: 'protectedShare', nameZh: '受保护地区占国土面积比例', nameEn: 'Protected-area share of the district', unit: '%', domain: 'space',
  method: { zh: '生态保护红线与各类保护地在辖区内的并集面积（重叠只计一次，WGS84/CGCS2000 椭球面积）÷ 辖区椭球面积 × 100', en: 'Union of the ecological red lines and protected areas inside the district (overlaps counted once, ellipsoidal WGS84/CGCS2000 area) ÷ the district\'s ellipsoidal area × 100' },
  target: atLeast(22), source: 'computed', inputs: { needs: ['boundary', 'protectedRoles'] },
  compute: ({ dataset, overlay }) => protectedShare(dataset, overlay),
  explain: (r, lang) => {
    const d = r.details as Partial<ProtectedShareDetails>;
    return lang === 'zh'
      ? `保护地合计 ${formatKm2(lang, d.protectedAreaM2)}（重叠 ${formatKm2(lang, d.overlapCountedOnceM2)} 只计一次）÷ 辖区 ${formatKm2(lang, d.boundaryAreaM2)}`
      : `${formatKm2(lang, d.protectedAreaM2)} protected (overlap of ${formatKm2(lang, d.overlapCountedOnceM2)} counted once) ÷ district ${formatKm2(lang, d.boundaryAreaM2)}`;
  },
  highlight: ({ dataset }) => ({ layers: [...dataset.manifest.protectedRoles], outline: dataset.manifest.protectedRoles.map((layer) => ({ layer, all: true as const })) }),
};
