/**
 * Union of buffers around many polygons (parks' service areas), the way PostGIS does it: buffers
 * and a cascaded union by JTS (JSTS), in a transverse Mercator projection on the GRS80 ellipsoid
 * centred on the data, so distances are true ellipsoidal metres (scale error < 1e-5 within 30 km
 * of the centre). Buffers have 8 segments a quarter circle, as ST_Buffer by default.
 */
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import GeoJSONWriter from 'jsts/org/locationtech/jts/io/GeoJSONWriter.js';
import BufferOp from 'jsts/org/locationtech/jts/operation/buffer/BufferOp.js';
import { cascadedUnion } from './jts-cascade.ts';
import type { Geometry, MultiPolygon, Position } from 'geojson';
import { coveredBuffers } from './covered-buffers.ts';
import { mapPositions } from './map-positions.ts';
import { geometryBBox } from './bbox.ts';
import { transverseMercator } from './transverse-mercator.ts';
import { geosBufferUnion, GeosFailure, geosLoaded } from './geos-overlay.ts';

/**
 * The union of each geometry buffered by its own distance in metres, as a lon/lat MultiPolygon
 * (empty when there is nothing to buffer). `centreLon` is the central meridian of the projection.
 * With `within` (geometries, lon/lat), only the union's part inside them is asked for: it is
 * exact there, and may lack buffers elsewhere (those adding nothing inside them are left out).
 */
export function bufferUnion(items: readonly { geometry: Geometry; metres: number }[], centreLon: number, within: readonly Geometry[] | null = null): MultiPolygon {
  if (items.length === 0) return { type: 'MultiPolygon', coordinates: [] };
  const tm = transverseMercator(centreLon);
  const all = items.map((it) => mapPositions(it.geometry, tm.forward));
  // Buffers inside the others' add nothing to the union (covered-buffers.ts, from bounds that hold
  // for GEOS's buffers), nor — asked only within some geometries — those adding nothing inside their
  // boxes in the projection (each widened by how far its straight lon/lat edges may bow there).
  const boxes = within?.map((g) => bowedBox(mapPositions(g, tm.forward), geometryBBox(g))) ?? null;
  const covered = geosLoaded() ? coveredBuffers(all.map((g, i) => ({ polys: polygonsOf(g), distance: items[i]!.metres })), boxes) : new Uint8Array(items.length);
  const kept = items.filter((_, i) => !covered[i]);
  const projected = all.filter((_, i) => !covered[i]);
  if (projected.length === 0) return { type: 'MultiPolygon', coordinates: [] };
  // Where GEOS fails, JSTS buffers every item (its buffers do not keep covered-buffers.ts's bounds).
  const back = mapPositions(geosBuffers(projected, kept) ?? jstsBuffers(all, items), tm.inverse);
  if (back.type === 'Polygon') return { type: 'MultiPolygon', coordinates: [back.coordinates] };
  if (back.type === 'MultiPolygon') return back;
  return { type: 'MultiPolygon', coordinates: [] };
}

/**
 * The box [x0, y0, x1, y1] of a projected geometry, widened by how far an edge straight in lon/lat
 * may bow away from its vertices' chord in the projection: at most L²(1 + |tan φ|)/(4R) for an edge
 * of length L ≤ the box's diagonal (twice the L² tan φ/(8R) of its curvature, with R = 6,300 km,
 * below the ellipsoid's radii of curvature), plus 1 m. `lonLat` is the geometry's own box.
 */
function bowedBox(g: Geometry, lonLat: readonly number[]): number[] {
  const b = geometryBBox(g);
  const phi = Math.min(89, Math.max(Math.abs(lonLat[1]!), Math.abs(lonLat[3]!)));
  const m = (((b[2] - b[0]) ** 2 + (b[3] - b[1]) ** 2) * (1 + Math.abs(Math.tan((phi * Math.PI) / 180)))) / (4 * 6.3e6) + 1;
  return [b[0] - m, b[1] - m, b[2] + m, b[3] + m];
}

/** A geometry's polygons as MultiPolygon coordinates (none for other types). */
function polygonsOf(g: Geometry): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
}

/** The union of the buffers by GEOS (geos-overlay.ts); null when GEOS is not loaded, an item is not polygonal, or GEOS fails. */
function geosBuffers(projected: readonly Geometry[], items: readonly { metres: number }[]): Geometry | null {
  if (!geosLoaded()) return null;
  const polys = projected.map((g) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : null));
  if (polys.some((p) => p === null)) return null;
  try {
    return { type: 'MultiPolygon', coordinates: geosBufferUnion(polys.map((p, i) => ({ polys: p!, distance: items[i]!.metres }))) };
  } catch (e) {
    if (e instanceof GeosFailure) return null;
    throw e;
  }
}

/** The union of the buffers by JSTS: its BufferOp and the cascade (jts-cascade.ts). */
function jstsBuffers(projected: readonly Geometry[], items: readonly { metres: number }[]): Geometry {
  const reader = new GeoJSONReader(new GeometryFactory());
  const buffers = projected.map((g, i) => BufferOp.bufferOp(reader.read(g), items[i]!.metres, 8));
  return new GeoJSONWriter().write(cascadedUnion(buffers)!) as Geometry;
}
