/**
 * A stress district for benchmarks (`npm run sample -- --stress DIR`): the Shangyu boundary with
 * ~60,000 forest parcels sharing edges, 300 overlapping protected areas (MultiPolygons with holes
 * among them, some reaching outside the district), 2,000 parks and 200 sections. Deterministic.
 * `scale` shrinks it proportionally for tests (0.05 gives ~3,000 parcels).
 */
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { loadShangyuBoundary } from './boundary-source.ts';
import { makeRedLines } from './layer-protection.ts';
import { makeResidential, makeUrbanAreas } from './layer-urban.ts';
import { makeFunctionZones, sectionFeatures } from './layer-water.ts';
import type { SectionSpec } from './layer-water.ts';
import { between, pickWeighted, seededRandom } from './random.ts';
import { blob, cutOut, offset, round6 } from './shapes.ts';

const LAND: readonly (readonly [string, number])[] = [['乔木林地', 45], ['竹林地', 15], ['特殊灌木林地', 3], ['一般灌木林地', 12], ['疏林地', 8], ['未成林造林地', 6], ['苗圃地', 3], ['迹地', 3], ['宜林地', 3], ['其他', 2]];
const CATEGORIES = ['自然保护区', '风景名胜区', '森林公园', '湿地公园', '地质公园', '饮用水水源保护区'];

type F = Feature<Geometry, Record<string, unknown>>;

/** All layers of the stress district, by file name, plus its manifest. */
export function makeStressDataset(scale = 1, seed = 7): { files: Record<string, F[]>; manifest: object } {
  const rand = seededRandom(seed);
  const boundary = loadShangyuBoundary();
  const inside = (lon: number, lat: number) => booleanPointInPolygon(point([lon, lat]), boundary);
  const [W, S, E, N] = [120.6455, 29.7314, 121.1084, 30.2754];

  // Forest: a jittered grid whose cells share their corner vertices; cells centred in the district.
  const target = 60000 * scale;
  const cellDeg = Math.sqrt(((E - W) * (N - S) * 0.522) / target);
  const nx = Math.ceil((E - W) / cellDeg), ny = Math.ceil((N - S) / cellDeg);
  const vx: Position[][] = [];
  for (let i = 0; i <= nx; i++) {
    vx.push([]);
    for (let j = 0; j <= ny; j++) vx[i]!.push([round6(W + i * cellDeg + (i % nx ? (rand() - 0.5) * 0.4 * cellDeg : 0)), round6(S + j * cellDeg + (j % ny ? (rand() - 0.5) * 0.4 * cellDeg : 0))]);
  }
  const forest: F[] = [];
  for (let i = 0; i < nx; i++) for (let j = 0; j < ny; j++) {
    const a = vx[i]![j]!, b = vx[i + 1]![j]!, c = vx[i + 1]![j + 1]!, d = vx[i]![j + 1]!;
    if (!inside((a[0]! + c[0]!) / 2, (a[1]! + c[1]!) / 2)) continue;
    forest.push({ type: 'Feature', properties: { id: `F${forest.length + 1}`, landClass: pickWeighted(rand, LAND) }, geometry: { type: 'Polygon', coordinates: [[a, b, c, d, a]] } });
  }

  // Protected areas: overlapping blobs; every tenth a MultiPolygon with a hole, some near the edge.
  const protectedAreas: F[] = [];
  const nPa = Math.max(10, Math.round(300 * scale));
  for (let k = 0; k < nPa; k++) {
    const c: [number, number] = [between(rand, W, E), between(rand, S, N)];
    const o = { radius: between(rand, 400, 2500), elongation: between(rand, 1, 2.2), rotation: between(rand, 0, 180), vertices: 400 };
    let g: Polygon | MultiPolygon = blob(rand, c, o);
    if (k % 10 === 0) {
      // A blob reaches at most ~2.5 radii from its centre, so 4.1 radii keep the two parts apart
      // (a valid MultiPolygon: parts must not overlap).
      const second = blob(rand, offset(c, o.radius * 4.1, o.radius * 0.3), { ...o, radius: o.radius * 0.6 });
      const withHole = cutOut(g, blob(rand, c, { radius: o.radius * 0.3, vertices: 60 }));
      if (withHole) g = { type: 'MultiPolygon', coordinates: [...(withHole.type === 'Polygon' ? [withHole.coordinates] : withHole.coordinates), second.coordinates] };
    }
    protectedAreas.push({ type: 'Feature', properties: { name: `保护地${k + 1}`, category: CATEGORIES[k % CATEGORIES.length], level: '县级' }, geometry: g });
  }

  // Parks: small blobs inside the sample's urban areas.
  const urban = makeUrbanAreas(rand);
  const parks: F[] = [];
  const nParks = Math.round(2000 * scale);
  for (let k = 0, tries = 0; k < nParks && tries < nParks * 50; tries++) {
    const u = urban[Math.floor(rand() * urban.length)]!;
    const ring = u.geometry.coordinates[0]!;
    const lons = ring.map((p) => p[0]!), lats = ring.map((p) => p[1]!);
    const c: [number, number] = [between(rand, Math.min(...lons), Math.max(...lons)), between(rand, Math.min(...lats), Math.max(...lats))];
    if (!booleanPointInPolygon(point(c), u.geometry)) continue;
    parks.push({ type: 'Feature', properties: { name: `公园${k + 1}`, type: '社区公园' }, geometry: blob(rand, c, { radius: between(rand, 20, 120), vertices: 16 }) });
    k++;
  }

  // Sections: random points in the district with a year of samples.
  const specs: SectionSpec[] = [];
  const nSections = Math.max(10, Math.round(200 * scale));
  const levels = ['国控', '省控', '市控', '县控'];
  while (specs.length < nSections) {
    const at: [number, number] = [round6(between(rand, W, E)), round6(between(rand, S, N))];
    if (!inside(at[0], at[1])) continue;
    specs.push({ id: `S${specs.length + 1}`, name: `断面${specs.length + 1}`, river: `河流${(specs.length % 20) + 1}`, at, level: levels[specs.length % 4]!, pollution: rand() });
  }

  const files: Record<string, F[]> = {
    'boundary.geojson': [{ type: 'Feature', properties: { name: '上虞区（压力测试）' }, geometry: boundary }],
    'forest.geojson': forest,
    'protected-areas.geojson': protectedAreas,
    'red-lines.geojson': makeRedLines(rand, boundary) as F[],
    'urban-areas.geojson': urban as F[],
    'parks.geojson': parks,
    'residential.geojson': makeResidential(rand, urban) as F[],
    'water-function-zones.geojson': makeFunctionZones(rand, boundary) as F[],
    'sections.geojson': sectionFeatures(rand, specs) as F[],
  };
  const manifest = {
    name: '上虞区压力测试数据', year: 2018, sample: true,
    layers: { boundary: 'boundary.geojson', forestParcels: 'forest.geojson', protectedAreas: 'protected-areas.geojson', redLines: 'red-lines.geojson', urbanAreas: 'urban-areas.geojson', parks: 'parks.geojson', residential: 'residential.geojson', waterFunctionZones: 'water-function-zones.geojson', sections: 'sections.geojson' },
  };
  return { files, manifest };
}
