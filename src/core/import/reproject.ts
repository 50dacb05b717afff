/** Reprojecting GeoJSON geometries to longitude/latitude. */
import type { Feature, Geometry } from 'geojson';
import { mapPositions } from '../geo/map-positions.ts';
import type { CrsInfo } from './crs.ts';
import { toLonLat } from './crs.ts';

/**
 * The features with every coordinate converted from `crs` to lon/lat (new objects; input
 * untouched). A geometry that is not well formed (or a GeometryCollection inside another) is
 * passed through as it is, for validation to report.
 */
export function reprojectFeatures<P>(features: readonly Feature<Geometry | null, P>[], crs: CrsInfo): Feature<Geometry | null, P>[] {
  if (crs.geographic) return [...features];
  const conv = toLonLat(crs);
  return features.map((f) => {
    const g = f.geometry;
    if (!g || (g.type === 'GeometryCollection' && !(Array.isArray(g.geometries) && g.geometries.every((m) => m && m.type !== 'GeometryCollection')))) return f;
    try {
      return { ...f, geometry: mapPositions(g, (p) => (Array.isArray(p) ? conv(p) : p)) };
    } catch {
      return f;
    }
  });
}
