/**
 * Coordinate systems of Chinese agency data, as proj4 definitions: WGS84 and CGCS2000 geographic,
 * CGCS2000 Gauss-Krüger 3° and 6° zones (with and without the zone number in front of the
 * easting), and Web Mercator. CGCS2000's ellipsoid is GRS80; its frame agrees with WGS84 to
 * centimetres, so no datum shift is applied.
 */
import proj4 from 'proj4';
import { messagePart } from '../i18n/messages.ts';
import type { MessagePart } from '../i18n/messages.ts';

export interface CrsInfo {
  readonly code: string;
  readonly name: string;
  /** proj4 definition string. */
  readonly proj4: string;
  readonly geographic: boolean;
}

const GRS80_TM = (lon0: number, x0: number) => `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;

function build(): Map<string, CrsInfo> {
  const m = new Map<string, CrsInfo>();
  const add = (c: CrsInfo) => m.set(c.code, c);
  add({ code: 'EPSG:4326', name: 'WGS 84', proj4: '+proj=longlat +datum=WGS84 +no_defs', geographic: true });
  add({ code: 'EPSG:4490', name: 'CGCS2000', proj4: '+proj=longlat +ellps=GRS80 +no_defs', geographic: true });
  add({ code: 'EPSG:3857', name: 'WGS 84 / Pseudo-Mercator', proj4: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs', geographic: false });
  // 3° zones 25–45 (CM 75°E–135°E): EPSG:4513–4533 with the zone number in the easting, 4534–4554 without.
  for (let zone = 25; zone <= 45; zone++) {
    const cm = zone * 3;
    add({ code: `EPSG:${4513 + zone - 25}`, name: `CGCS2000 / 3-degree Gauss-Kruger zone ${zone}`, proj4: GRS80_TM(cm, zone * 1e6 + 5e5), geographic: false });
    add({ code: `EPSG:${4534 + zone - 25}`, name: `CGCS2000 / 3-degree Gauss-Kruger CM ${cm}E`, proj4: GRS80_TM(cm, 5e5), geographic: false });
  }
  // 6° zones 13–23 (CM 75°E–135°E): EPSG:4491–4501 with the zone number, 4502–4512 without.
  for (let zone = 13; zone <= 23; zone++) {
    const cm = zone * 6 - 3;
    add({ code: `EPSG:${4491 + zone - 13}`, name: `CGCS2000 / Gauss-Kruger zone ${zone}`, proj4: GRS80_TM(cm, zone * 1e6 + 5e5), geographic: false });
    add({ code: `EPSG:${4502 + zone - 13}`, name: `CGCS2000 / Gauss-Kruger CM ${cm}E`, proj4: GRS80_TM(cm, 5e5), geographic: false });
  }
  return m;
}

/** Every supported coordinate system by code (`EPSG:4549`). */
export const KNOWN_CRS: ReadonlyMap<string, CrsInfo> = build();

/** The coordinate system of an EPSG code (`4549`, `EPSG:4549`, `urn:ogc:def:crs:EPSG::4549`, CRS84); null if unsupported. */
export function crsByCode(code: string | number): CrsInfo | null {
  const s = String(code).trim();
  if (/CRS84$/i.test(s)) return KNOWN_CRS.get('EPSG:4326')!;
  const m = /(\d{4,5})\s*$/.exec(s);
  return m ? KNOWN_CRS.get(`EPSG:${m[1]}`) ?? null : null;
}

function param(wkt: string, name: string): number | null {
  const m = new RegExp(`PARAMETER\\[\\s*"${name}"\\s*,\\s*([-+\\d.eE]+)`, 'i').exec(wkt);
  return m ? Number(m[1]) : null;
}

/**
 * Identifies the coordinate system of a .prj (ESRI or OGC WKT): by an EPSG authority code where
 * there is one, else by its parameters (CGCS2000/GRS80 Gauss-Krüger with central meridian and
 * false easting, Web Mercator, geographic). Null when it is none of the supported ones.
 */
export function crsFromWkt(wkt: string): CrsInfo | null {
  const text = wkt.trim();
  const auth = /AUTHORITY\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(text) ?? /ID\[\s*"EPSG"\s*,\s*(\d+)\s*\]\s*\]\s*$/i.exec(text);
  if (auth) { const c = crsByCode(auth[1]!); if (c) return c; }
  if (/^GEOGCS|^GEOGCRS/i.test(text)) {
    return /2000|CGCS/i.test(text) ? KNOWN_CRS.get('EPSG:4490')! : /WGS.?84|WGS_1984/i.test(text) ? KNOWN_CRS.get('EPSG:4326')! : null;
  }
  if (/Mercator_Auxiliary_Sphere|Pseudo.?Mercator|Popular.?Visualisation|3857/i.test(text)) return KNOWN_CRS.get('EPSG:3857')!;
  const isTm = /Transverse_Mercator|Gauss_Kruger|Gauss.Kruger|Transverse Mercator/i.test(text);
  const isCgcs = /2000|CGCS|GRS.?1980|GRS80/i.test(text);
  if (!isTm || !isCgcs) return null;
  const cm = param(text, 'Central_Meridian') ?? param(text, 'Longitude of natural origin');
  const fe = param(text, 'False_Easting') ?? param(text, 'False easting');
  const k = param(text, 'Scale_Factor') ?? 1;
  const lat0 = param(text, 'Latitude_Of_Origin') ?? 0;
  if (cm === null || fe === null || k !== 1 || lat0 !== 0) return null;
  for (const c of KNOWN_CRS.values()) if (c.proj4 === GRS80_TM(cm, fe)) return c;
  return null;
}

/** A function converting [x, y] in the coordinate system to [lon, lat]. */
export function toLonLat(crs: CrsInfo): (xy: readonly number[]) => [number, number] {
  if (crs.geographic) return (xy) => [xy[0]!, xy[1]!];
  const conv = proj4(crs.proj4, '+proj=longlat +ellps=GRS80 +no_defs');
  return (xy) => {
    const p = conv.forward([xy[0]!, xy[1]!]);
    return [p[0]!, p[1]!];
  };
}

/**
 * The coordinate system of a .prj: a supported one (crsFromWkt), else, for WKT that proj4 can
 * read on a datum it converts without local parameters, that reading with a warning. Old Chinese
 * datums (Beijing 1954, Xian 1980) need a seven-parameter transformation with local parameters
 * and are refused, as is text that is not WKT. The error and the warning are in English; `errorPart`
 * names the error in src/core/i18n/messages.ts (the warning is 'prj.uncommon' with the system's name).
 */
export function crsFromPrj(wkt: string): { crs: CrsInfo; warning?: string } | { error: string; errorPart: MessagePart } {
  const refuse = (part: MessagePart) => ({ error: part.message, errorPart: part });
  const known = crsFromWkt(wkt);
  if (known) return { crs: known };
  const text = wkt.trim();
  if (!/^(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS|COMPD_CS|COMPOUNDCRS)\s*\[/i.test(text)) {
    return refuse(messagePart('prj.notWkt', {}));
  }
  if (/Beijing.?1954|Xian.?1980|Xi.an.?80|Krasovsky|IAG.?1975/i.test(text)) {
    return refuse(messagePart('prj.oldDatum', {}));
  }
  try {
    proj4(text, '+proj=longlat +ellps=GRS80 +no_defs').forward([0, 0]);
  } catch {
    return refuse(messagePart('prj.unreadable', {}));
  }
  const name = /"([^"]+)"/.exec(text)?.[1] ?? 'WKT';
  return { crs: { code: name, name, proj4: text, geographic: /^\s*GEOG/i.test(text) }, warning: messagePart('prj.uncommon', { name }).message };
}

/**
 * Whether a position [x, y] can be a coordinate of the system: lon/lat within range for geographic
 * systems; for Gauss-Krüger zones an easting within 350 km of the zone's false easting (a 6° zone reaches 334 km at the equator) and a
 * northing within ±10,000 km; for Web Mercator within its square. True for other systems.
 */
export function positionFits(crs: CrsInfo, x: number, y: number): boolean {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  if (crs.geographic) return Math.abs(x) <= 180 && Math.abs(y) <= 90;
  if (crs.code === 'EPSG:3857') return Math.abs(x) <= 20037508.35 && Math.abs(y) <= 20048966.1;
  const x0 = /\+x_0=([\d.]+)/.exec(crs.proj4);
  if (!x0 || !/\+proj=tmerc/.test(crs.proj4)) return true;
  return Math.abs(x - Number(x0[1])) <= 3.5e5 && Math.abs(y) <= 1e7;
}

/** A function converting [lon, lat] to [x, y] in the coordinate system (the inverse of toLonLat). */
export function fromLonLat(crs: CrsInfo): (lonLat: readonly number[]) => [number, number] {
  if (crs.geographic) return (p) => [p[0]!, p[1]!];
  const conv = proj4('+proj=longlat +ellps=GRS80 +no_defs', crs.proj4);
  return (p) => {
    const q = conv.forward([p[0]!, p[1]!]);
    return [q[0]!, q[1]!];
  };
}
