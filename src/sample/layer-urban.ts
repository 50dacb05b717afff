/**
 * Sample urban areas (with urban residents), parks and residential blocks. Parks are mostly inside
 * the urban areas; a few reach beyond them (only the inside counts for green area per person).
 */
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import { between } from './random.ts';
import { blob, offset, round6 } from './shapes.ts';
import { CAOE_RIVER } from './shangyu-places.ts';
import type { LonLat } from './shangyu-places.ts';

interface UrbanSpec { name: string; center: LonLat; radius: number; elongation?: number; rotation?: number; population: number }

const URBAN: readonly UrbanSpec[] = [
  { name: '百官中心城区', center: [120.862, 30.020], radius: 3700, elongation: 1.6, rotation: 75, population: 338000 },
  { name: '东关城区', center: [120.800, 30.032], radius: 1500, elongation: 1.3, rotation: 0, population: 42000 },
  { name: '崧厦城区', center: [120.880, 30.105], radius: 1400, population: 40000 },
  { name: '道墟集镇', center: [120.775, 30.075], radius: 1000, population: 20000 },
  { name: '小越集镇', center: [120.930, 30.050], radius: 1000, population: 21000 },
  { name: '驿亭集镇', center: [120.975, 30.030], radius: 900, population: 16000 },
  { name: '杭州湾上虞新城', center: [120.770, 30.170], radius: 1600, elongation: 1.4, rotation: 30, population: 30000 },
  { name: '盖北集镇', center: [120.862, 30.185], radius: 700, population: 9000 },
  { name: '谢塘集镇', center: [120.945, 30.085], radius: 800, population: 11000 },
  { name: '丰惠集镇', center: [120.960, 29.942], radius: 700, population: 10000 },
  { name: '上浦集镇', center: [120.852, 29.915], radius: 600, population: 8000 },
  { name: '章镇集镇', center: [120.868, 29.852], radius: 800, population: 13000 },
  { name: '汤浦集镇', center: [120.800, 29.895], radius: 600, population: 8000 },
  { name: '长塘集镇', center: [121.005, 29.990], radius: 600, population: 7000 },
  { name: '永和集镇', center: [121.045, 29.965], radius: 600, population: 7000 },
];

interface ParkSpec { name: string; center: LonLat; radius: number; type: string; elongation?: number; rotation?: number }

const NAMED_PARKS: readonly ParkSpec[] = [
  { name: '凤鸣公园', center: [120.886, 30.036], radius: 520, type: '综合公园' },
  { name: '龙山公园', center: [120.873, 30.010], radius: 470, type: '综合公园', elongation: 1.4, rotation: 20 },
  { name: '人民公园', center: [120.866, 30.030], radius: 230, type: '综合公园' },
  { name: '上虞体育公园', center: [120.895, 30.018], radius: 330, type: '专类公园' },
  { name: '城北湿地公园', center: [120.868, 30.058], radius: 420, type: '专类公园', elongation: 1.6, rotation: 60 },
  { name: '曹娥庙公园', center: [120.842, 29.998], radius: 260, type: '专类公园' },
  { name: '东关公园', center: [120.803, 30.034], radius: 240, type: '综合公园' },
  { name: '崧厦公园', center: [120.882, 30.108], radius: 230, type: '综合公园' },
  { name: '杭州湾新城中央公园', center: [120.772, 30.168], radius: 420, type: '综合公园', elongation: 1.5, rotation: 30 },
  { name: '皂李湖公园', center: [120.905, 30.018], radius: 380, type: '专类公园' },
];

function feature(props: Record<string, unknown>, g: Polygon): Feature<Polygon> {
  return { type: 'Feature', properties: props, geometry: g };
}

/** Urban areas with `name` and `population` (urban residents). */
export function makeUrbanAreas(rand: () => number): Feature<Polygon>[] {
  return URBAN.map((u) => feature({ name: u.name, population: u.population }, blob(rand, u.center, { ...u, roughness: 0.18 })));
}

/** A strip along the river between `near` and `far` metres to one side (+1 east, −1 west). */
function riverbankStrip(from: number, to: number, side: 1 | -1, near: number, far: number): Polygon {
  const line = CAOE_RIVER.slice(from, to + 1);
  const sideAt = (i: number, d: number): Position => {
    const a = line[Math.max(0, i - 1)]!; const b = line[Math.min(line.length - 1, i + 1)]!;
    const dx = b[0] - a[0]; const dy = b[1] - a[1]; const len = Math.hypot(dx, dy);
    const [lon, lat] = offset(line[i]!, (side * d * dy) / len, (-side * d * dx) / len);
    return [round6(lon), round6(lat)];
  };
  const inner = line.map((_, i) => sideAt(i, near));
  const outer = line.map((_, i) => sideAt(i, far)).reverse();
  const ring = [...inner, ...outer, inner[0]!];
  return { type: 'Polygon', coordinates: [side === 1 ? ring.reverse() : ring] };
}

/** Parks with `name` and `type`: named city parks, riverside parks and pocket parks in every urban area. */
export function makeParks(rand: () => number, urban: readonly Feature<Polygon>[]): Feature<Polygon>[] {
  const parks: Feature<Polygon>[] = NAMED_PARKS.map((p) => feature({ name: p.name, type: p.type }, blob(rand, p.center, { ...p, roughness: 0.15, vertices: 28 })));
  parks.push(feature({ name: '曹娥江江滨公园（东岸）', type: '带状公园' }, riverbankStrip(8, 12, 1, 120, 330)));
  parks.push(feature({ name: '曹娥江江滨公园（西岸）', type: '带状公园' }, riverbankStrip(8, 12, -1, 120, 300)));
  let n = 0;
  for (const u of urban) {
    const ring = u.geometry.coordinates[0]!;
    const lons = ring.map((p) => p[0]!); const lats = ring.map((p) => p[1]!);
    const count = Math.round(Number(u.properties?.population) / 7000);
    for (let k = 0, tries = 0; k < count && tries < count * 20; tries++) {
      const c: LonLat = [between(rand, Math.min(...lons), Math.max(...lons)), between(rand, Math.min(...lats), Math.max(...lats))];
      if (!booleanPointInPolygon(point([...c]), u.geometry)) continue;
      k++; n++;
      const radius = rand() < 0.4 ? between(rand, 60, 95) : between(rand, 25, 50);
      parks.push(feature({ name: `口袋公园${n}号`, type: '社区公园' }, blob(rand, c, { radius, roughness: 0.1, vertices: 12 })));
    }
  }
  return parks;
}

/** Residential blocks (about 250 m) inside the urban areas, leaving gaps for roads, parks and industry. */
export function makeResidential(rand: () => number, urban: readonly Feature<Polygon>[]): Feature<Polygon>[] {
  const out: Feature<Polygon>[] = [];
  for (const u of urban) {
    const ring = u.geometry.coordinates[0]!;
    const lons = ring.map((p) => p[0]!); const lats = ring.map((p) => p[1]!);
    const step = 0.0028;
    for (let lon = Math.min(...lons); lon < Math.max(...lons); lon += step) {
      for (let lat = Math.min(...lats); lat < Math.max(...lats); lat += step * 0.9) {
        const c: LonLat = [lon + step / 2, lat + step * 0.45];
        if (rand() < 0.45 || !booleanPointInPolygon(point([...c]), u.geometry)) continue;
        const w = step * between(rand, 0.28, 0.42); const h = step * 0.9 * between(rand, 0.28, 0.42);
        const sq: Position[] = [[c[0] - w, c[1] - h], [c[0] + w, c[1] - h], [c[0] + w, c[1] + h], [c[0] - w, c[1] + h]].map((p) => [round6(p[0]!), round6(p[1]!)]);
        out.push(feature({ name: `${String(u.properties?.name)}居住区${out.length + 1}` }, { type: 'Polygon', coordinates: [[...sq, sq[0]!]] }));
      }
    }
  }
  return out;
}
