/**
 * Sites as a zipped ESRI shapefile in a CGCS2000 3° Gauss–Krüger zone: .shp (polygons: outer rings
 * clockwise, holes counter-clockwise, as the format wants), .shx, .dbf (dBase III, text UTF-8), .cpg
 * saying UTF-8, and .prj in ESRI's WKT (what ArcGIS writes for EPSG:4549 / 4528: the importer's
 * crsFromWkt and GDAL recognise it), zipped by fflate.
 */
import { zipSync } from 'fflate';
import type { Position } from 'geojson';
import { declaredArea, exportZone, planeParts, siteAreas, siteCode, siteName, zoneCrs } from './sites.ts';
import type { ExportedFile, SiteFeature } from './sites.ts';

export interface SiteShapefileOptions {
  /** The CGCS2000 3° zone (default: the sites' own). */
  readonly zone?: number;
  /** Eastings with the zone number in front (EPSG:4528 in zone 40) instead of without (EPSG:4549, the default). */
  readonly zoneNumber?: boolean;
  /** Base name of the files inside the zip (default `sites`). */
  readonly name?: string;
  /** The .dbf's date of last update, `YYYY-MM-DD` (default 2000-01-01: the core has no clock). */
  readonly date?: string;
}

/** The attribute fields: name (≤ 10 bytes), type, length, decimals. */
const FIELDS = [['name', 'C', 254, 0], ['code', 'C', 64, 0], ['plane_m2', 'N', 19, 3], ['area_m2', 'N', 19, 3], ['decl_m2', 'N', 19, 3]] as const;

/** ESRI's WKT of a CGCS2000 3° zone, as ArcGIS writes it. */
function prj(zone: number, withNumber: boolean): string {
  const cm = zone * 3;
  const name = withNumber ? `CGCS2000_3_Degree_GK_Zone_${zone}` : `CGCS2000_3_Degree_GK_CM_${cm}E`;
  return `PROJCS["${name}",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],`
    + 'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],'
    + `PARAMETER["False_Easting",${withNumber ? zone * 1e6 + 5e5 : 5e5}.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm}.0],`
    + 'PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
}

/** Twice a ring's signed area (positive counter-clockwise). */
function signed(r: readonly Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < r.length; i++) s += (r[i]![0]! - r[0]![0]!) * (r[i + 1]![1]! - r[0]![1]!) - (r[i + 1]![0]! - r[0]![0]!) * (r[i]![1]! - r[0]![1]!);
  return s;
}

/** UTF-8 bytes of a text cut to at most `max` bytes without splitting a character. */
function utf8Cut(text: string, max: number): Uint8Array {
  const enc = new TextEncoder();
  let b = enc.encode(text);
  if (b.length <= max) return b;
  let chars = [...text];
  while (b.length > max) { chars = chars.slice(0, -1); b = enc.encode(chars.join('')); }
  return b;
}

/** The .shp and .shx of polygons given as rings per record. */
function shpShx(records: Position[][][]): { shp: Uint8Array; shx: Uint8Array } {
  const contents = records.map((rings) => 44 + 4 * rings.length + 16 * rings.reduce((n, r) => n + r.length, 0));
  const shpLength = 100 + contents.reduce((n, c) => n + 8 + c, 0);
  const shp = new DataView(new ArrayBuffer(shpLength));
  const shx = new DataView(new ArrayBuffer(100 + 8 * records.length));
  let xmin = Infinity, ymin = Infinity, xmax = -Infinity, ymax = -Infinity;
  for (const rings of records) for (const r of rings) for (const p of r) { xmin = Math.min(xmin, p[0]!); xmax = Math.max(xmax, p[0]!); ymin = Math.min(ymin, p[1]!); ymax = Math.max(ymax, p[1]!); }
  if (!Number.isFinite(xmin)) xmin = ymin = xmax = ymax = 0;
  for (const [view, length] of [[shp, shpLength], [shx, 100 + 8 * records.length]] as const) {
    view.setInt32(0, 9994);
    view.setInt32(24, length / 2);
    view.setInt32(28, 1000, true);
    view.setInt32(32, 5, true);
    [xmin, ymin, xmax, ymax].forEach((v, i) => view.setFloat64(36 + 8 * i, v, true));
  }
  let at = 100;
  records.forEach((rings, i) => {
    shx.setInt32(100 + 8 * i, at / 2);
    shx.setInt32(104 + 8 * i, contents[i]! / 2);
    shp.setInt32(at, i + 1);
    shp.setInt32(at + 4, contents[i]! / 2);
    let o = at + 8;
    shp.setInt32(o, 5, true);
    const pts = rings.flat();
    [Math.min(...pts.map((p) => p[0]!)), Math.min(...pts.map((p) => p[1]!)), Math.max(...pts.map((p) => p[0]!)), Math.max(...pts.map((p) => p[1]!))]
      .forEach((v, k) => shp.setFloat64(o + 4 + 8 * k, v, true));
    shp.setInt32(o + 36, rings.length, true);
    shp.setInt32(o + 40, pts.length, true);
    o += 44;
    let start = 0;
    for (const r of rings) { shp.setInt32(o, start, true); o += 4; start += r.length; }
    for (const p of pts) { shp.setFloat64(o, p[0]!, true); shp.setFloat64(o + 8, p[1]!, true); o += 16; }
    at += 8 + contents[i]!;
  });
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer) };
}

/** A dBase III table of the rows (values by field, in FIELDS' order; null written blank). */
function dbf(rows: readonly (readonly (string | number | null)[])[], date: string): Uint8Array {
  const recordLength = 1 + FIELDS.reduce((n, f) => n + f[2], 0);
  const headerLength = 32 + 32 * FIELDS.length + 1;
  const out = new Uint8Array(headerLength + recordLength * rows.length + 1).fill(0);
  const view = new DataView(out.buffer);
  const [y, m, d] = (/^(\d{4})-(\d{2})-(\d{2})$/.exec(date)?.slice(1) ?? ['2000', '01', '01']).map(Number) as [number, number, number];
  out.set([0x03, y - 1900, m, d]);
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  FIELDS.forEach(([name, type, length, decimals], i) => {
    const at = 32 + 32 * i;
    out.set(new TextEncoder().encode(name), at);
    out[at + 11] = type.charCodeAt(0);
    out[at + 16] = length;
    out[at + 17] = decimals;
  });
  out[headerLength - 1] = 0x0d;
  rows.forEach((row, r) => {
    let at = headerLength + r * recordLength;
    out[at++] = 0x20;
    FIELDS.forEach(([, type, length, decimals], i) => {
      const v = row[i];
      out.fill(0x20, at, at + length);
      if (type === 'C' && typeof v === 'string') out.set(utf8Cut(v, length), at);
      if (type === 'N' && typeof v === 'number' && Number.isFinite(v)) {
        const t = new TextEncoder().encode(v.toFixed(decimals).slice(0, length));
        out.set(t, at + length - t.length);
      }
      at += length;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

/**
 * The sites as a zipped shapefile (see the module comment): one record per site (a MultiPolygon's
 * parts as more outer rings of the one record), attributes `name`, `code`, `plane_m2` (Gauss–Krüger
 * plane area in the zone), `area_m2` (ellipsoidal) and `decl_m2` (declared, blank without one), areas
 * to the millimetre². Text longer than its field (254 bytes of UTF-8 for a name) is cut at a
 * character. Throws a RangeError for a zone outside 25–45.
 */
export function siteShapefile(sites: readonly SiteFeature[], options: SiteShapefileOptions = {}): ExportedFile {
  const zone = exportZone(sites, options.zone);
  const withNumber = options.zoneNumber ?? false;
  const crs = zoneCrs(zone, withNumber);
  const records = sites.map((site) => planeParts(site, crs).flatMap((rings) => rings.map((r, i) => {
    // Outer rings clockwise, holes counter-clockwise.
    const clockwise = signed(r) < 0;
    return clockwise === (i === 0) ? r : [...r].reverse();
  })));
  const rows = sites.map((site, i) => {
    const { areaM2, planeAreaM2 } = siteAreas(site, zone);
    return [siteName(site, i), siteCode(site), planeAreaM2, areaM2, declaredArea(site)];
  });
  const { shp, shx } = shpShx(records);
  const base = options.name ?? 'sites';
  const bytes = zipSync({
    [`${base}.shp`]: shp, [`${base}.shx`]: shx, [`${base}.dbf`]: dbf(rows, options.date ?? '2000-01-01'),
    [`${base}.prj`]: new TextEncoder().encode(prj(zone, withNumber)), [`${base}.cpg`]: new TextEncoder().encode('UTF-8'),
  });
  return { bytes, warnings: [] };
}
