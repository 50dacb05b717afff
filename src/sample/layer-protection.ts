/**
 * Sample ecological red lines and protected areas. They overlap each other (the 22 % share must
 * count overlaps once), one red line is a MultiPolygon with a hole, and the estuary wetland park
 * reaches out into Hangzhou Bay beyond the district boundary.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { blob, clipTo, cutOut } from './shapes.ts';
import type { LonLat } from './shangyu-places.ts';

interface AreaSpec { name: string; center: LonLat; radius: number; elongation?: number; rotation?: number; props: Record<string, unknown> }

const RED_LINES: readonly AreaSpec[] = [
  { name: '汤浦水库水源涵养生态保护红线', center: [120.792, 29.862], radius: 3900, elongation: 1.5, rotation: 35, props: { type: '水源涵养', code: 'ZJ-SY-01' } },
  { name: '曹娥江河口湿地生态保护红线', center: [120.782, 30.228], radius: 3000, elongation: 2.2, rotation: 60, props: { type: '生物多样性维护', code: 'ZJ-SY-03' } },
  { name: '东部丘陵水土保持生态保护红线', center: [121.030, 29.925], radius: 3900, elongation: 1.6, rotation: 80, props: { type: '水土保持', code: 'ZJ-SY-04' } },
  { name: '皂李湖生态保护红线', center: [120.912, 30.012], radius: 1100, elongation: 1.4, rotation: -20, props: { type: '水源涵养', code: 'ZJ-SY-05' } },
];

const PROTECTED: readonly AreaSpec[] = [
  { name: '汤浦水库饮用水水源保护区', center: [120.788, 29.866], radius: 4300, elongation: 1.7, rotation: 35, props: { category: '饮用水水源保护区', level: '省级' } },
  { name: '覆卮山风景名胜区', center: [120.925, 29.778], radius: 3300, elongation: 1.3, rotation: 0, props: { category: '风景名胜区', level: '省级' } },
  { name: '东山风景名胜区', center: [120.876, 29.928], radius: 2300, elongation: 1.3, rotation: 100, props: { category: '风景名胜区', level: '省级' } },
  { name: '曹娥江口湿地公园', center: [120.792, 30.236], radius: 3200, elongation: 1.8, rotation: 60, props: { category: '湿地公园', level: '市级' } },
  { name: '隐潭森林公园', center: [121.008, 29.815], radius: 2900, elongation: 1.2, rotation: 30, props: { category: '森林公园', level: '省级' } },
  { name: '皂李湖饮用水水源保护区', center: [120.912, 30.012], radius: 1400, elongation: 1.5, rotation: -20, props: { category: '饮用水水源保护区', level: '县级' } },
  { name: '凤鸣山森林公园', center: [120.893, 30.043], radius: 750, elongation: 1.2, rotation: 10, props: { category: '森林公园', level: '县级' } },
];

/** Scale of all protected shapes, set so the protected share lands near the 22 % target. */
const SIZE = 1.07;

function feature(name: string, g: Polygon | MultiPolygon, props: Record<string, unknown>): Feature<Polygon | MultiPolygon> {
  return { type: 'Feature', properties: { name, ...props }, geometry: g };
}

/** Red lines, cut to the district. The southern mountain red line is two parts with a village enclave cut out. */
export function makeRedLines(rand: () => number, boundary: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon>[] {
  const south: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [
      blob(rand, [120.940, 29.800], { radius: 5200 * SIZE, elongation: 1.9, rotation: 10 }).coordinates,
      blob(rand, [121.060, 29.850], { radius: 3000 * SIZE, elongation: 1.4, rotation: 60 }).coordinates,
    ],
  };
  const enclave = blob(rand, [120.935, 29.792], { radius: 700, roughness: 0.1 });
  const out: Feature<Polygon | MultiPolygon>[] = [];
  const southCut = cutOut(south, enclave);
  const southIn = southCut ? clipTo(southCut, boundary) : null;
  if (southIn) out.push(feature('上虞南部山区水源涵养生态保护红线', southIn, { type: '水源涵养', code: 'ZJ-SY-02' }));
  for (const s of RED_LINES) {
    const g = clipTo(blob(rand, s.center, { ...s, radius: s.radius * SIZE }), boundary);
    if (g) out.push(feature(s.name, g, s.props));
  }
  return out;
}

/** Protected areas; not cut to the district (the wetland park extends into the bay). */
export function makeProtectedAreas(rand: () => number): Feature<Polygon | MultiPolygon>[] {
  return PROTECTED.map((s) => feature(s.name, blob(rand, s.center, { ...s, radius: s.radius * SIZE }), s.props));
}
