/** Test shapes: a lon/lat rectangle as a GeoJSON Polygon (outer ring counter-clockwise). */
import type { Polygon } from 'geojson';

export const rect = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
