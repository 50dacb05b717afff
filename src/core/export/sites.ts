/**
 * What the site exports share: the sites as lon/lat (CGCS2000) features, their names, codes and
 * areas, the Gauss–Krüger zone they are written in, and their rings in that zone's plane.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { geometryArea } from '../geo/ellipsoidal-area.ts';
import { gaussKrugerPlaneArea, shoelaceArea, threeDegreeZone } from '../geo/plane-area.ts';
import type { MessagePart } from '../i18n/messages.ts';
import { fromLonLat, KNOWN_CRS } from '../import/crs.ts';
import type { CrsInfo } from '../import/crs.ts';

/** A site to export: a lon/lat Polygon or MultiPolygon with its properties (`name`, `code`, `declaredAreaM2`, `pointNames` read where present). */
export type SiteFeature = Feature<Polygon | MultiPolygon, Record<string, unknown> | null>;

/** An exported file: its bytes and what the reader should know (characters the encoding lacks …). */
export interface ExportedFile {
  readonly bytes: Uint8Array;
  readonly warnings: readonly MessagePart[];
}

/** The site's name: its `name` property, else `地块n` (1-based). */
export function siteName(site: SiteFeature, index: number): string {
  const n = site.properties?.name;
  return typeof n === 'string' && n.trim() !== '' ? n.trim() : typeof n === 'number' ? String(n) : `地块${index + 1}`;
}

/** The site's code (`code` property), or null. */
export function siteCode(site: SiteFeature): string | null {
  const c = site.properties?.code;
  return typeof c === 'string' && c.trim() !== '' ? c.trim() : typeof c === 'number' ? String(c) : null;
}

/** The declared area (m²) a site carries (`declaredAreaM2`, from a 部标 TXT), or null. */
export function declaredArea(site: SiteFeature): number | null {
  const a = site.properties?.declaredAreaM2;
  return typeof a === 'number' && Number.isFinite(a) ? a : null;
}

/** Ellipsoidal area (m², as everywhere in the project) and Gauss–Krüger plane area in the zone (m²). */
export function siteAreas(site: SiteFeature, zone: number): { areaM2: number; planeAreaM2: number } {
  return { areaM2: geometryArea(site.geometry), planeAreaM2: gaussKrugerPlaneArea(site.geometry, zone) };
}

/** The CGCS2000 3° zone the sites are written in: `zone` when given, else that of the middle of their longitudes. */
export function exportZone(sites: readonly SiteFeature[], zone?: number): number {
  if (zone !== undefined) return zone;
  let west = Infinity, east = -Infinity;
  for (const s of sites) for (const part of s.geometry.type === 'Polygon' ? [s.geometry.coordinates] : s.geometry.coordinates) {
    for (const p of part[0] ?? []) { west = Math.min(west, p[0]!); east = Math.max(east, p[0]!); }
  }
  return Number.isFinite(west) ? threeDegreeZone((west + east) / 2) : 40;
}

/** CGCS2000 3° Gauss–Krüger zone `zone` (25–45), with the zone number in front of the easting (EPSG:4513–4533) or without (4534–4554). */
export function zoneCrs(zone: number, withNumber: boolean): CrsInfo {
  const crs = zone >= 25 && zone <= 45 ? KNOWN_CRS.get(`EPSG:${(withNumber ? 4513 : 4534) + zone - 25}`) : undefined;
  if (!crs) throw new RangeError(`no CGCS2000 3-degree zone ${zone} (zones over China are 25–45)`);
  return crs;
}

/** The site's parts, each a list of rings (outer first), in the plane of `crs`: [easting, northing], closed. */
export function planeParts(site: SiteFeature, crs: CrsInfo): Position[][][] {
  const to = fromLonLat(crs);
  const parts = site.geometry.type === 'Polygon' ? [site.geometry.coordinates] : site.geometry.coordinates;
  return parts.map((rings) => rings.map((ring) => {
    const out = ring.map((p) => to(p));
    const a = out[0], b = out[out.length - 1];
    if (a && b && (a[0] !== b[0] || a[1] !== b[1])) out.push([a[0]!, a[1]!]);
    return out;
  }));
}

/** Twice the signed area of a plane ring (positive counter-clockwise, east right and north up). */
function signed(ring: readonly Position[]): number {
  const x0 = ring[0]![0]!, y0 = ring[0]![1]!;
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += (ring[i]![0]! - x0) * (ring[i + 1]![1]! - y0) - (ring[i + 1]![0]! - x0) * (ring[i]![1]! - y0);
  return s;
}

/**
 * A closed plane ring as boundary surveys number it: clockwise (as seen on a map), starting at the
 * north-westernmost vertex (greatest northing − easting), closed again. The order of `names`, one per
 * vertex of the closed ring, follows. Input untouched.
 */
export function surveyOrder(ring: readonly Position[], names?: readonly string[]): { ring: Position[]; names: string[] | null } {
  const open = ring.slice(0, -1);
  let labels = names ? names.slice(0, -1) : null;
  if (signed(ring) > 0) { open.reverse(); labels?.reverse(); }
  let start = 0;
  open.forEach((p, i) => { if (p[1]! - p[0]! > open[start]![1]! - open[start]![0]!) start = i; });
  const turned = [...open.slice(start), ...open.slice(0, start)];
  labels = labels ? [...labels.slice(start), ...labels.slice(0, start)] : null;
  return { ring: [...turned, turned[0]!], names: labels ? [...labels, labels[0]!] : null };
}

/** The `pointNames` of a site when they match its rings (one array per ring, a name per vertex), else null. */
export function pointNames(site: SiteFeature): string[][] | null {
  const names = site.properties?.pointNames;
  const rings = site.geometry.type === 'Polygon' ? site.geometry.coordinates : site.geometry.coordinates.flat();
  if (!Array.isArray(names) || names.length !== rings.length) return null;
  for (const [i, r] of rings.entries()) {
    const n: unknown = names[i];
    if (!Array.isArray(n) || n.length !== r.length || !n.every((x) => typeof x === 'string')) return null;
  }
  return names as string[][];
}

/** Plane area of rings (outer first, holes after), m². */
export const ringsArea = (rings: readonly Position[][]) => rings.reduce((sum, r, i) => sum + (i === 0 ? 1 : -1) * shoelaceArea(r), 0);

/** A number with `digits` decimals, without a minus sign on zero. */
export const fixed = (v: number, digits: number) => (Math.abs(v) < 0.5 * 10 ** -digits ? 0 : v).toFixed(digits);
