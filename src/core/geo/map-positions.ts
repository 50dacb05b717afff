/** Applying a function to every position of a GeoJSON geometry. */
import type { Geometry, Position } from 'geojson';

/** A copy of the geometry with every position replaced by `f(position)`; the input is untouched. */
export function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point': return { ...g, coordinates: f(g.coordinates) };
    case 'MultiPoint': case 'LineString': return { ...g, coordinates: g.coordinates.map(f) };
    case 'MultiLineString': case 'Polygon': return { ...g, coordinates: g.coordinates.map((r) => r.map(f)) };
    case 'MultiPolygon': return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
    case 'GeometryCollection': return { ...g, geometries: g.geometries.map((x) => mapPositions(x, f)) };
  }
}
