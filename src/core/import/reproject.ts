/** Reprojecting GeoJSON geometries to longitude/latitude. */
import type { Feature, Geometry } from 'geojson';
import { mapPositions } from '../geo/map-positions.ts';
import type { CrsInfo } from './crs.ts';
import { toLonLat } from './crs.ts';

/** The features with every coordinate converted from `crs` to lon/lat (new objects; input untouched). */
export function reprojectFeatures<P>(features: readonly Feature<Geometry | null, P>[], crs: CrsInfo): Feature<Geometry | null, P>[] {
  if (crs.geographic) return [...features];
  const conv = toLonLat(crs);
  return features.map((f) => ({ ...f, geometry: f.geometry ? mapPositions(f.geometry, (p) => conv(p)) : null }));
}
