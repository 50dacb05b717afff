/**
 * The 界址点坐标表 of a site: every vertex numbered J1, J2, … ring by ring (outer ring first, then
 * holes; part by part for a MultiPolygon), with X (northing) and Y (easting, with the zone number
 * 40 in front) in CGCS2000 3° Gauss-Krüger zone 40 to 0.001 m, longitude and latitude, and the
 * geodesic length of the side to the next point. Each ring ends by repeating its first point, as
 * Chinese boundary-survey tables do.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { toZone40 } from '../geo/coordinates.ts';
import { geodesicDistance } from '../geo/geodesic-distance.ts';

export interface VertexRow {
  /** `J1`, `J2`, …; the closing row repeats the ring's first number. */
  readonly point: string;
  /** 1-based part (polygon) and ring (1 = outer) the point belongs to. */
  readonly part: number;
  readonly ring: number;
  /** Northing, m. */
  readonly x: number;
  /** Easting with the zone number (40xxxxxx.xxx), m. */
  readonly y: number;
  readonly lon: number;
  readonly lat: number;
  /** Geodesic length of the side from this point to the next one, m; null on the closing row. */
  readonly side: number | null;
}

/** Rounds to 0.001 (m), the precision of the table. */
const mm = (v: number) => Math.round(v * 1000) / 1000;

/** The vertex table of a site (see the module comment). Repeated closing points are not numbered twice. */
export function vertexTable(site: Polygon | MultiPolygon): VertexRow[] {
  const parts = site.type === 'Polygon' ? [site.coordinates] : site.coordinates;
  const rows: VertexRow[] = [];
  let n = 0;
  parts.forEach((rings, p) => rings.forEach((ring, r) => {
    const open: Position[] = ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1] ? ring.slice(0, -1) : [...ring];
    if (open.length === 0) return;
    const first = n + 1;
    open.forEach((pt, k) => {
      n++;
      const next = open[(k + 1) % open.length]!;
      const [e, north] = toZone40(pt[0]!, pt[1]!);
      rows.push({ point: `J${n}`, part: p + 1, ring: r + 1, x: mm(north), y: mm(e), lon: pt[0]!, lat: pt[1]!, side: geodesicDistance(pt, next) });
    });
    const [e, north] = toZone40(open[0]![0]!, open[0]![1]!);
    rows.push({ point: `J${first}`, part: p + 1, ring: r + 1, x: mm(north), y: mm(e), lon: open[0]![0]!, lat: open[0]![1]!, side: null });
  }));
  return rows;
}
