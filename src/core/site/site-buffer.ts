/**
 * A site buffered by a distance, as a planner asks "what lies within 200 m of the site": JTS's
 * buffer (8 segments a quarter circle, as PostGIS ST_Buffer) in a transverse Mercator projection
 * on the GRS80 ellipsoid centred on the site, so the distance is in true ellipsoidal metres.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { geometryBBox } from '../geo/bbox.ts';
import { bufferUnion } from '../geo/buffer-union.ts';

/**
 * The site grown by `metres` (shrunk for a negative distance), as a Polygon when it is one piece,
 * else a MultiPolygon; null when a negative buffer leaves nothing.
 */
export function siteBuffer(site: Polygon | MultiPolygon, metres: number): Polygon | MultiPolygon | null {
  const b = geometryBBox(site);
  const parts = bufferUnion([{ geometry: site, metres }], (b[0] + b[2]) / 2).coordinates.filter((rings) => rings.length > 0 && rings[0]!.length >= 4);
  if (parts.length === 0) return null;
  return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts };
}
