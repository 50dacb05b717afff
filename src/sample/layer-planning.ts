/**
 * Sample planning lines beside the red lines (三区三线), all illustrative (示意数据):
 * - 永久基本农田 (permanent basic farmland): blocks in the northern plain between the towns,
 *   where paddy land lies, with the urban areas cut out;
 * - 历史文化保护区域: the protection range (保护范围) and the construction control zone (建设控制地带,
 *   a ring around it) of a few heritage sites, placed where such sites plausibly are;
 * - 城镇开发边界 (urban development boundary): a margin around the urban areas.
 * Drawn with their own random numbers, so the other layers stay as they were.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { intersectionOf } from '../core/compute.ts';
import { between } from './random.ts';
import { blob, clipTo, cutOut } from './shapes.ts';
import type { LonLat } from './shangyu-places.ts';

/** Farmland blocks: centre, radius (m). In the plain north of the hills, away from the towns' centres. */
const FARMLAND: readonly { center: LonLat; radius: number }[] = [
  { center: [120.745, 30.105], radius: 1500 }, { center: [120.812, 30.110], radius: 1300 }, { center: [120.835, 30.150], radius: 1400 },
  { center: [120.905, 30.140], radius: 1500 }, { center: [120.965, 30.115], radius: 1200 }, { center: [120.905, 30.075], radius: 1000 },
  { center: [120.820, 30.060], radius: 900 }, { center: [120.955, 30.000], radius: 1000 }, { center: [121.020, 30.025], radius: 1100 },
  { center: [120.800, 29.985], radius: 800 }, { center: [120.905, 29.985], radius: 800 }, { center: [120.745, 30.045], radius: 900 },
];

/** Heritage sites: name, level, centre, radius (m) of the protection range; the control zone reaches twice as far. */
const HERITAGE: readonly { name: string; level: string; center: LonLat; radius: number }[] = [
  { name: '曹娥庙', level: '全国重点文物保护单位', center: [120.843, 29.996], radius: 160 },
  { name: '禁山早期越窑遗址', level: '全国重点文物保护单位', center: [120.857, 29.908], radius: 260 },
  { name: '东山谢安遗迹', level: '省级文物保护单位', center: [120.880, 29.931], radius: 200 },
  { name: '丰惠古城遗址', level: '省级文物保护单位', center: [120.963, 29.945], radius: 240 },
  { name: '英台故里', level: '县级文物保护单位', center: [120.915, 30.060], radius: 150 },
];

/** The geometry without rings that rounding collapsed (fewer than 3 distinct points); null when nothing is left. */
function withoutSlivers(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const distinct = (ring: readonly number[][]) => new Set(ring.map((p) => `${p[0]},${p[1]}`)).size >= 3;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).filter((rings) => distinct(rings[0]!)).map((rings) => rings.filter(distinct));
  if (polys.length === 0) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

function feature<P extends Record<string, unknown>>(g: Polygon | MultiPolygon, properties: P): Feature<Polygon | MultiPolygon, P> {
  return { type: 'Feature', properties, geometry: g };
}

/** Permanent basic farmland blocks inside the district, with the urban areas cut out. */
export function makePermanentFarmland(rand: () => number, boundary: Polygon | MultiPolygon, urban: readonly Feature<Polygon>[]): Feature<Polygon | MultiPolygon>[] {
  const out: Feature<Polygon | MultiPolygon>[] = [];
  FARMLAND.forEach((b, i) => {
    let g: Polygon | MultiPolygon | null = blob(rand, b.center, { radius: b.radius, elongation: between(rand, 1, 1.8), rotation: between(rand, 0, 180), roughness: 0.3 });
    for (const u of urban) if (g) g = cutOut(g, u.geometry);
    g = g ? clipTo(g, boundary) : null;
    g = g ? withoutSlivers(g) : null;
    if (g) out.push(feature(g, { name: `永久基本农田保护片 ${String(i + 1).padStart(2, '0')}`, code: `JBNT-SY-${String(i + 1).padStart(3, '0')}`, landUse: '水田' }));
  });
  return out;
}

/** Each heritage site's protection range and its construction control zone (the ring around it). */
export function makeHeritageAreas(rand: () => number): Feature<Polygon | MultiPolygon>[] {
  const out: Feature<Polygon | MultiPolygon>[] = [];
  for (const h of HERITAGE) {
    const range = blob(rand, h.center, { radius: h.radius, roughness: 0.15, vertices: 24 });
    const control = cutOut(blob(rand, h.center, { radius: h.radius * 2.2, roughness: 0.1, vertices: 32 }), range);
    out.push(feature(range, { name: `${h.name}保护范围`, site: h.name, zone: '保护范围', level: h.level }));
    if (control) out.push(feature(control, { name: `${h.name}建设控制地带`, site: h.name, zone: '建设控制地带', level: h.level }));
  }
  return out;
}

/** The urban development boundary: a margin of about 35 % around each urban area, one feature, inside the district. */
export function makeUrbanBoundary(rand: () => number, boundary: Polygon | MultiPolygon, urban: readonly Feature<Polygon>[]): Feature<Polygon | MultiPolygon>[] {
  const parts = urban.map((u) => {
    const ring = u.geometry.coordinates[0]!;
    const c: [number, number] = [ring.reduce((s, p) => s + p[0]!, 0) / ring.length, ring.reduce((s, p) => s + p[1]!, 0) / ring.length];
    const r = Math.max(...ring.map((p) => Math.hypot((p[0]! - c[0]) * 96400, (p[1]! - c[1]) * 110900)));
    return blob(rand, c, { radius: r * 1.2, roughness: 0.1, vertices: 36 });
  });
  // One MultiPolygon of the margins' union inside the district (intersectionOf unions each side first).
  const merged = intersectionOf(parts, [boundary]);
  if (merged.length === 0) return [];
  const g: Polygon | MultiPolygon = merged.length === 1 ? { type: 'Polygon', coordinates: merged[0]! } : { type: 'MultiPolygon', coordinates: merged };
  return [feature(clipTo(g, boundary) ?? g, { name: '上虞区城镇开发边界' })];
}
