/**
 * Turns files a user (or a manifest) supplies into one lon/lat FeatureCollection: GeoJSON, zipped
 * or loose shapefiles; the coordinate system from the .prj or the GeoJSON `crs` member, else, for
 * coordinates that look projected, a list of likely systems to choose from.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { firstPair } from '../geo/first-coordinate.ts';
import type { DataIssue } from '../data/dataset.ts';
import { asRecord } from '../data/parse-manifest.ts';
import { crsByCode, crsFromWkt, KNOWN_CRS } from './crs.ts';
import type { CrsInfo } from './crs.ts';
import { guessCrs, looksProjected } from './guess-crs.ts';
import type { CrsCandidate } from './guess-crs.ts';
import { reprojectFeatures } from './reproject.ts';
import { groupShapefiles, readShapefile, unzip } from './shapefile.ts';

export type ImportResult =
  | { readonly kind: 'ok'; readonly collection: FeatureCollection<Geometry | null, Record<string, unknown>>; readonly sources: readonly { file: string; crs: string; encoding: string | null }[] }
  | { readonly kind: 'needs-crs'; readonly file: string; readonly sample: readonly [number, number]; readonly candidates: readonly CrsCandidate[] }
  | { readonly kind: 'error'; readonly issues: readonly DataIssue[] };

type Features = Feature<Geometry | null, Record<string, unknown>>[];


function firstCoordinate(features: Features): [number, number] | null {
  for (const f of features) { const p = firstPair((f.geometry as { coordinates?: unknown } | null)?.coordinates); if (p) return p; }
  return null;
}

/** A coordinate system for WKT that is not one of the known ones, if proj4 can read it. */
function wktCrs(wkt: string): CrsInfo {
  const name = /"([^"]+)"/.exec(wkt)?.[1] ?? 'WKT';
  return { code: name, name, proj4: wkt, geographic: /^\s*GEOG/i.test(wkt) };
}

const error = (file: string, message: string, hint: string): ImportResult => ({ kind: 'error', issues: [{ severity: 'error', file, message, hint }] });

/**
 * Reads the files (name → bytes; .zip files are opened) into lon/lat features. `crsCode`
 * answers a 'needs-crs' result: the system the user picked for data without one.
 */
export function importFiles(files: Readonly<Record<string, Uint8Array>>, crsCode?: string): ImportResult {
  const all: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(files)) {
    if (/\.zip$/i.test(name)) {
      try { Object.assign(all, unzip(bytes)); } catch (e) { return error(name, `is not a readable zip archive (${(e as Error).message})`, 'Zip the .shp, .dbf, .prj and .cpg files together again.'); }
    } else all[name] = bytes;
  }
  const sources: { file: string; features: Features; crs: CrsInfo | null; crsError?: string; encoding: string | null }[] = [];
  for (const parts of groupShapefiles(all)) {
    const file = `${parts.name}.shp`;
    if (!parts.dbf) return error(file, 'has no .dbf beside it, so its attributes are missing', 'Include the .dbf (and .prj, .cpg) with the .shp, e.g. zip them together.');
    let read;
    try { read = readShapefile(parts); } catch (e) { return error(file, `could not be read as a shapefile (${(e as Error).message})`, 'Export the layer again from the GIS, or send it as GeoJSON.'); }
    let crs: CrsInfo | null = null;
    if (parts.prj) crs = crsFromWkt(parts.prj) ?? wktCrs(parts.prj);
    sources.push({ file, features: read.features, crs, encoding: read.encoding });
  }
  for (const [name, bytes] of Object.entries(all)) {
    if (!/\.(geo)?json$/i.test(name)) continue;
    let json: unknown;
    try { json = JSON.parse(new TextDecoder().decode(bytes)); } catch (e) { return error(name, `is not valid JSON (${(e as Error).message})`, 'Export the layer again as GeoJSON.'); }
    const fc = asRecord(json);
    const feats = Array.isArray(fc?.features) ? (fc!.features as Features) : fc?.type === 'Feature' ? [fc as unknown as Feature<Geometry | null, Record<string, unknown>>] : null;
    if (!feats) return error(name, 'is not a GeoJSON FeatureCollection or Feature', 'The file must be { "type": "FeatureCollection", "features": [ … ] }.');
    const crsName = asRecord(asRecord(fc?.crs)?.properties)?.name;
    let crs: CrsInfo | null = null;
    if (typeof crsName === 'string') {
      crs = crsByCode(crsName);
      if (!crs) return error(name, `declares coordinate system ${crsName}, which this app cannot convert`, 'Reproject it to EPSG:4490 or EPSG:4326, or to a CGCS2000 Gauss-Krüger zone (EPSG:4491–4554).');
    }
    sources.push({ file: name, features: feats.map((f) => ({ ...f, properties: asRecord(f.properties) ?? {} })), crs, encoding: null });
  }
  if (sources.length === 0) {
    return error(Object.keys(files).join(', ') || '(no file)', 'contains no shapefile (.shp with its .dbf) and no GeoJSON', 'Choose a .zip with .shp, .dbf, .prj and .cpg, all of them as separate files, or a .geojson.');
  }
  const features: Features = [];
  const used: { file: string; crs: string; encoding: string | null }[] = [];
  for (const s of sources) {
    let crs = s.crs;
    if (!crs) {
      const p = firstCoordinate(s.features);
      if (p && looksProjected(p[0], p[1])) {
        const chosen = crsCode ? crsByCode(crsCode) : null;
        if (!chosen) return { kind: 'needs-crs', file: s.file, sample: p, candidates: guessCrs(p[0], p[1]) };
        crs = chosen;
      } else crs = KNOWN_CRS.get('EPSG:4326')!;
    }
    try {
      features.push(...reprojectFeatures(s.features, crs));
    } catch (e) {
      return error(s.file, `could not be converted from ${crs.name} (${(e as Error).message})`, 'Reproject it to EPSG:4490 in a GIS first.');
    }
    used.push({ file: s.file, crs: crs.code, encoding: s.encoding });
  }
  return { kind: 'ok', collection: { type: 'FeatureCollection', features }, sources: used };
}
