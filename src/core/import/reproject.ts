/** Reprojecting GeoJSON geometries to longitude/latitude. */
import type { Feature, Geometry, Position } from 'geojson';
import type { CrsInfo } from './crs.ts';
import { toLonLat } from './crs.ts';

function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point': return { ...g, coordinates: f(g.coordinates) };
    case 'MultiPoint': case 'LineString': return { ...g, coordinates: g.coordinates.map(f) };
    case 'MultiLineString': case 'Polygon': return { ...g, coordinates: g.coordinates.map((r) => r.map(f)) };
    case 'MultiPolygon': return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
    case 'GeometryCollection': return { ...g, geometries: g.geometries.map((x) => mapPositions(x, f)) };
  }
}

/** The features with every coordinate converted from `crs` to lon/lat (new objects; input untouched). */
export function reprojectFeatures<P>(features: readonly Feature<Geometry | null, P>[], crs: CrsInfo): Feature<Geometry | null, P>[] {
  if (crs.geographic) return [...features];
  const conv = toLonLat(crs);
  return features.map((f) => ({ ...f, geometry: f.geometry ? mapPositions(f.geometry, (p) => conv(p)) : null }));
}
