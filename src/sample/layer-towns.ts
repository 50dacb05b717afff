/** Sample towns and streets: Voronoi cells of their seats, cut to the district boundary. */
import { featureCollection, point, voronoi } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { clipTo } from './shapes.ts';
import { TOWNS } from './shangyu-places.ts';

/** One feature per town with `name`, `population`, `seat`. */
export function makeTowns(boundary: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon>[] {
  const cells = voronoi(featureCollection(TOWNS.map((t) => point([...t.seat]))), { bbox: [120.5, 29.6, 121.3, 30.4] });
  const out: Feature<Polygon | MultiPolygon>[] = [];
  TOWNS.forEach((t, i) => {
    const cell = cells.features[i];
    const g = cell ? clipTo(cell.geometry, boundary) : null;
    if (g) out.push({ type: 'Feature', properties: { name: t.name, population: t.population, seat: t.seat }, geometry: g });
  });
  return out;
}
