/**
 * How far areas measured per zone may, at most, fail to add up to the district's: when a zone's
 * edge cuts a polygon edge A–B at P, the two pieces have the geodesics A–P and P–B where the whole
 * had A–B, and P lies on the lon/lat chord A–B (the overlays cut in lon/lat). The pieces' areas then
 * differ from the whole's by the geodesic triangle A–P–B, which lies within the lens between the
 * geodesic A–B and its chord: about ⅔ · L · d, with L the edge's length and d the distance from the
 * chord's midpoint to the geodesic's. The pieces along a zone's edge share their geodesics with the
 * neighbouring zone's and cancel — except where one zone's edge has a vertex its neighbour's lacks,
 * which moves the same lens of the zones' own edges (pass the zones among the polygons). This bound
 * adds that lens for every edge of every polygon whose box meets more than one zone's box — more
 * than are cut, so it is an upper bound.
 */
import type { Geometry, Position } from 'geojson';
import { WGS84 } from '../../src/core/geo/wgs84.ts';
import { geometryBBox } from '../../src/core/geo/bbox.ts';

/** Lens area between the geodesic a–b and its lon/lat chord, m². */
function lens(a: Position, b: Position): number {
  const inv = WGS84.Inverse(a[1]!, a[0]!, b[1]!, b[0]!);
  const mid = WGS84.Direct(a[1]!, a[0]!, inv.azi1!, inv.s12! / 2);
  const d = WGS84.Inverse(mid.lat2!, mid.lon2!, (a[1]! + b[1]!) / 2, (a[0]! + b[0]!) / 2).s12!;
  return (2 / 3) * inv.s12! * d;
}

/** The upper bound (m²) on how much the zones' areas of these polygons may differ from the whole's. */
export function nodingBound(polygons: readonly Geometry[], zones: readonly Geometry[]): number {
  const boxes = zones.map(geometryBBox);
  let bound = 0;
  for (const g of polygons) {
    const b = geometryBBox(g);
    if (boxes.filter((z) => z[0] <= b[2] && z[2] >= b[0] && z[1] <= b[3] && z[3] >= b[1]).length < 2) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const rings of polys) for (const r of rings) for (let i = 0; i + 1 < r.length; i++) bound += lens(r[i]!, r[i + 1]!);
  }
  return bound;
}
