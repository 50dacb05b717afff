/**
 * Which zone (a town, a water-function zone: any polygon layer) a feature belongs to, for the
 * per-zone indicators. A point belongs to the zone that contains it; a point on an edge shared by
 * several zones (or on the outline of one) belongs to the first of them in the layer's order, so
 * that it is counted exactly once. A polygon (an urban area) belongs to the zone its `town`
 * attribute names, else to the zone of a point surely inside it. Zones should not overlap; where
 * they do, a point inside several belongs to the first of them in the layer's order too (counted
 * once, never in the others: their values may be null for it), and zonesHolding names them all so
 * that the overlap is reported (by-zone.ts, `overlaps`).
 */
import type { Geometry, Position } from 'geojson';
import { pointOnFeature } from '@turf/point-on-feature';
import { geometryBBox } from '../geo/bbox.ts';
import type { BBox } from '../geo/bbox.ts';
import { locatePoint } from '../geo/point-location.ts';

/** A zone: its polygons' rings and its bounding box. */
export interface ZoneShape {
  readonly name: string;
  readonly polygons: readonly (readonly Position[][])[];
  readonly bbox: BBox;
}

/** The zone shapes of a layer's geometries (non-polygons give an empty shape). */
export function zoneShapes(zones: readonly { name: string; geometry: Geometry }[]): ZoneShape[] {
  return zones.map(({ name, geometry: g }) => ({
    name,
    polygons: g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [],
    bbox: geometryBBox(g),
  }));
}

/**
 * The index of the zone a point belongs to: the zone whose interior holds it, else the first
 * zone (in layer order) on whose outline it lies; null when it lies in none.
 */
export function zoneOfPoint(p: Position, zones: readonly ZoneShape[]): number | null {
  const [x, y] = [p[0]!, p[1]!];
  let onEdge: number | null = null;
  for (let i = 0; i < zones.length; i++) {
    const z = zones[i]!;
    if (x < z.bbox[0] || x > z.bbox[2] || y < z.bbox[1] || y > z.bbox[3]) continue;
    for (const rings of z.polygons) {
      const where = locatePoint(x, y, rings);
      if (where === 'inside') return i;
      if (where === 'boundary' && onEdge === null) onEdge = i;
    }
  }
  return onEdge;
}

/**
 * Every zone whose interior holds the point, in layer order: more than one only where zones
 * overlap. zoneOfPoint picks the first of them.
 */
export function zonesHolding(p: Position, zones: readonly ZoneShape[]): number[] {
  const [x, y] = [p[0]!, p[1]!];
  const out: number[] = [];
  zones.forEach((z, i) => {
    if (x < z.bbox[0] || x > z.bbox[2] || y < z.bbox[1] || y > z.bbox[3]) return;
    if (z.polygons.some((rings) => locatePoint(x, y, rings) === 'inside')) out.push(i);
  });
  return out;
}

/** The point of a polygon feature that places it in a zone (when its `town` names none): one surely inside it. */
export function placingPoint(geometry: Geometry): Position {
  return pointOnFeature({ type: 'Feature', properties: {}, geometry }).geometry.coordinates;
}

/**
 * The index of the zone a polygon feature belongs to: the zone named by its `town` attribute when
 * there is one of that name, else the zone of a point inside it (see zoneOfPoint).
 */
export function zoneOfArea(properties: Readonly<Record<string, unknown>>, geometry: Geometry, zones: readonly ZoneShape[]): number | null {
  const town = properties.town;
  if (typeof town === 'string' && town) {
    const named = zones.findIndex((z) => z.name === town);
    if (named >= 0) return named;
  }
  return zoneOfPoint(placingPoint(geometry), zones);
}
