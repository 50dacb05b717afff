/**
 * Sample forest-inventory parcels (森林小班): a jittered grid over the hills of the south and east,
 * so neighbouring parcels share their edges exactly, as in a real inventory. Attribute names are
 * the inventory's Chinese ones (小班号, 地类, 优势树种), mapped in manifest.json.
 */
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { pickWeighted } from './random.ts';
import { metresPerDegree, round6 } from './shapes.ts';
import { CAOE_RIVER, RESERVOIR, TOWNS } from './shangyu-places.ts';
import type { LonLat } from './shangyu-places.ts';

const WEST = 120.735, EAST = 121.115, SOUTH = 29.728, NORTH = 30.065;
const STEP_LON = 0.0062, STEP_LAT = 0.0055;

const CLASS_WEIGHTS: readonly (readonly [string, number])[] = [
  ['乔木林地', 54], ['竹林地', 21], ['特殊灌木林地', 3], ['一般灌木林地', 7], ['疏林地', 4],
  ['未成林造林地', 4], ['苗圃地', 2], ['迹地', 2], ['宜林地', 2], ['其他', 1],
];
const SPECIES: Readonly<Record<string, readonly string[]>> = {
  乔木林地: ['马尾松', '杉木', '木荷', '枫香', '阔叶混交林', '香榧'],
  竹林地: ['毛竹', '雷竹'],
  特殊灌木林地: ['茶', '杨梅'],
};

function distanceM(a: LonLat, b: readonly number[]): number {
  const m = metresPerDegree(a[1]);
  return Math.hypot((a[0] - b[0]!) * m.lon, (a[1] - b[1]!) * m.lat);
}

function distanceToLine(p: LonLat, line: readonly LonLat[]): number {
  let best = Infinity;
  for (let i = 0; i < line.length - 1; i++) {
    const a = line[i]!; const b = line[i + 1]!;
    for (let t = 0; t <= 1; t += 0.1) best = Math.min(best, distanceM(p, [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]));
  }
  return best;
}

/** How hilly (wooded) a place is, about 0…1.3: the south and the eastern hills, not the valleys and towns. */
function hilliness(p: LonLat, phase: readonly number[]): number {
  const [lon, lat] = p;
  const south = Math.min(1, Math.max(0, (29.985 - lat) / 0.1));
  const east = Math.min(1, Math.max(0, (lon - 120.945) / 0.04)) * Math.min(1, Math.max(0, (30.06 - lat) / 0.07));
  const noise = 0.22 * Math.sin(lon * 97 + phase[0]!) * Math.cos(lat * 83 + phase[1]!) + 0.14 * Math.sin(lon * 211 + lat * 173 + phase[2]!);
  let h = Math.max(south, 0.85 * east) + noise;
  if (distanceToLine(p, CAOE_RIVER) < 900) h -= 0.7;
  for (const t of TOWNS) if (distanceM(t.seat, p) < 1300) h -= 0.6;
  if (distanceM(RESERVOIR.center, p) < 2600) h -= 0.6;
  return h;
}

/** The parcels, each with 小班号, 地类, 优势树种 and 林班 (compartment). */
export function makeForestParcels(rand: () => number, boundary: Polygon | MultiPolygon, threshold: number): Feature<Polygon>[] {
  const phase = [rand() * 6, rand() * 6, rand() * 6];
  const nx = Math.ceil((EAST - WEST) / STEP_LON);
  const ny = Math.ceil((NORTH - SOUTH) / STEP_LAT);
  // Shared, jittered vertex grid: neighbouring cells use the very same vertices.
  const vertex: Position[][] = [];
  for (let i = 0; i <= nx; i++) {
    vertex.push([]);
    for (let j = 0; j <= ny; j++) {
      const jx = i === 0 || i === nx ? 0 : (rand() - 0.5) * 0.5 * STEP_LON;
      const jy = j === 0 || j === ny ? 0 : (rand() - 0.5) * 0.5 * STEP_LAT;
      vertex[i]!.push([round6(WEST + i * STEP_LON + jx), round6(SOUTH + j * STEP_LAT + jy)]);
    }
  }
  const out: Feature<Polygon>[] = [];
  let seq = 0;
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      const a = vertex[i]![j]!, b = vertex[i + 1]![j]!, c = vertex[i + 1]![j + 1]!, d = vertex[i]![j + 1]!;
      const centre: LonLat = [(a[0]! + c[0]!) / 2, (a[1]! + c[1]!) / 2];
      if (!booleanPointInPolygon(point([...centre]), boundary)) continue;
      const h = hilliness(centre, phase);
      if (h < threshold) continue;
      const rings: Position[][] = rand() < 0.25 ? [[a, b, c, a], [a, c, d, a]] : [[a, b, c, d, a]];
      for (const ring of rings) {
        const landClass = h > threshold + 0.35 ? pickWeighted(rand, CLASS_WEIGHTS.slice(0, 3)) : pickWeighted(rand, CLASS_WEIGHTS);
        const species = SPECIES[landClass];
        seq += 1;
        out.push({
          type: 'Feature',
          properties: {
            小班号: `SY-${String(Math.floor(seq / 40) + 1).padStart(3, '0')}-${String(seq % 40 + 1).padStart(2, '0')}`,
            林班: `${String(Math.floor(seq / 40) + 1).padStart(3, '0')}`,
            地类: landClass,
            优势树种: species ? species[Math.floor(rand() * species.length)] : '',
          },
          geometry: { type: 'Polygon', coordinates: [ring.map((p) => [p[0]!, p[1]!])] },
        });
      }
    }
  }
  return out;
}
