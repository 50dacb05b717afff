/**
 * The 界址点坐标表 of a site: every vertex numbered J1, J2, … ring by ring (outer ring first, then
 * holes; part by part for a MultiPolygon), with X (northing) and Y (easting, with the zone number
 * 40 in front) in CGCS2000 3° Gauss-Krüger zone 40 to 0.001 m, longitude and latitude, and the
 * geodesic length of the side to the next point. Each ring ends by repeating its first point, as
 * Chinese boundary-survey tables do. By the usual convention each ring is numbered clockwise from
 * its north-westernmost point (greatest northing − easting); a survey's own numbering (the 点号
 * of a 部标 TXT, `pointNames`) is kept as it is, in its order.
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

/** A ring without its closing point, clockwise in the plane (north up), starting at its north-westernmost vertex. */
function clockwiseFromNorthWest(open: readonly Position[]): Position[] {
  const xy = open.map((p) => toZone40(p[0]!, p[1]!));
  let twice = 0;
  for (let i = 0; i < xy.length; i++) { const a = xy[i]!, b = xy[(i + 1) % xy.length]!; twice += a[0] * b[1] - b[0] * a[1]; }
  const order = open.map((_, i) => i);
  if (twice > 0) order.reverse(); // counter-clockwise (east, north): turn it round
  let start = 0;
  for (let k = 1; k < order.length; k++) {
    const [e, n] = xy[order[k]!]!, [e0, n0] = xy[order[start]!]!;
    if (n - e > n0 - e0) start = k;
  }
  return [...order.slice(start), ...order.slice(0, start)].map((i) => open[i]!);
}

/**
 * The vertex table of a site (see the module comment). Repeated closing points are not numbered
 * twice. `pointNames` (by part, then ring: one name per vertex, without the closing point) keeps a
 * survey's numbering; a ring whose names do not match its vertices is numbered by the convention.
 */
export function vertexTable(site: Polygon | MultiPolygon, pointNames?: readonly (readonly (readonly string[])[])[]): VertexRow[] {
  const parts = site.type === 'Polygon' ? [site.coordinates] : site.coordinates;
  const rows: VertexRow[] = [];
  let n = 0;
  parts.forEach((rings, p) => rings.forEach((ring, r) => {
    const closed = ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1];
    const given = pointNames?.[p]?.[r];
    const raw: Position[] = closed ? ring.slice(0, -1) : [...ring];
    if (raw.length === 0) return;
    const surveyed = given !== undefined && given.length === raw.length;
    const open = surveyed ? raw : clockwiseFromNorthWest(raw);
    const names = open.map((_, k) => (surveyed ? given[k]! : `J${n + k + 1}`));
    if (!surveyed) n += open.length;
    open.forEach((pt, k) => {
      const next = open[(k + 1) % open.length]!;
      const [e, north] = toZone40(pt[0]!, pt[1]!);
      rows.push({ point: names[k]!, part: p + 1, ring: r + 1, x: mm(north), y: mm(e), lon: pt[0]!, lat: pt[1]!, side: geodesicDistance(pt, next) });
    });
    const [e, north] = toZone40(open[0]![0]!, open[0]![1]!);
    rows.push({ point: names[0]!, part: p + 1, ring: r + 1, x: mm(north), y: mm(e), lon: open[0]![0]!, lat: open[0]![1]!, side: null });
  }));
  return rows;
}
