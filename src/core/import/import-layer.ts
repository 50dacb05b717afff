/**
 * Turns files a user (or a manifest) supplies into one lon/lat FeatureCollection: GeoJSON, zipped
 * or loose shapefiles; the coordinate system from the .prj or the GeoJSON `crs` member, else, for
 * coordinates that look projected, a list of likely systems to choose from.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { firstPair } from '../geo/first-coordinate.ts';
import type { DataIssue } from '../data/dataset.ts';
import { asRecord } from '../data/parse-manifest.ts';
import { decodeText } from '../data/decode-text.ts';
import type { FileContent } from '../data/decode-text.ts';
import { parseJson } from '../data/parse-json.ts';
import { crsByCode, crsFromPrj, KNOWN_CRS, positionFits } from './crs.ts';
import type { CrsInfo } from './crs.ts';
import { guessCrs, looksProjected } from './guess-crs.ts';
import type { CrsCandidate } from './guess-crs.ts';
import { reprojectFeatures } from './reproject.ts';
import { groupShapefiles, readShapefile, ShapefileError, unzip } from './shapefile.ts';

export type ImportResult =
  | { readonly kind: 'ok'; readonly collection: FeatureCollection<Geometry | null, Record<string, unknown>>; readonly sources: readonly { file: string; crs: string; encoding: string | null }[]; readonly issues: readonly DataIssue[] }
  | { readonly kind: 'needs-crs'; readonly file: string; readonly sample: readonly [number, number]; readonly candidates: readonly CrsCandidate[] }
  | { readonly kind: 'error'; readonly issues: readonly DataIssue[] };

type Features = Feature<Geometry | null, Record<string, unknown>>[];

/** Files by name: bytes, or text already decoded. */
export type ImportFileSet = Readonly<Record<string, FileContent>>;

export interface ImportOptions {
  /** Largest unpacked size of one zip entry, bytes (default MAX_ZIP_ENTRY_BYTES). */
  readonly maxEntryBytes?: number;
}

function firstCoordinate(features: Features): [number, number] | null {
  for (const f of features) { const p = firstPair((asRecord(f)?.geometry as { coordinates?: unknown } | null)?.coordinates); if (p) return p; }
  return null;
}

/** True for a position that is longitude/latitude with the axes swapped: latitude beyond ±90, both within ±180. */
export function axesSwapped(x: number, y: number): boolean {
  return Math.abs(x) <= 90 && Math.abs(y) > 90 && Math.abs(y) <= 180;
}

const error = (file: string, message: string, hint: string): ImportResult => ({ kind: 'error', issues: [{ severity: 'error', file, message, hint }] });
const REPROJECT_HINT = 'Reproject it to EPSG:4490 or EPSG:4326, or to a CGCS2000 Gauss-Krüger zone (EPSG:4491–4554), e.g. in QGIS: Export → Save Features As… → CRS.';

interface Source { file: string; features: Features; crs: CrsInfo | null; declared: string | null; encoding: string | null }

/** The features of a GeoJSON file and the system its `crs` member names, or an import error. */
function geojsonSource(name: string, content: FileContent, warnings: DataIssue[]): Source | ImportResult {
  const decoded = decodeText(content, name);
  warnings.push(...decoded.issues);
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) return error(name, parsed.message, 'Export the layer again as GeoJSON, or check it in a JSON validator; a common cause is a file cut off while copying.');
  const fc = asRecord(parsed.value);
  const feats = fc?.type === 'FeatureCollection' && Array.isArray(fc.features) ? (fc.features as Features)
    : fc?.type === 'Feature' ? [fc as unknown as Feature<Geometry | null, Record<string, unknown>>] : null;
  if (!feats) return error(name, 'is not a GeoJSON FeatureCollection or Feature', 'The file must be { "type": "FeatureCollection", "features": [ … ] }.');
  let crs: CrsInfo | null = null;
  let declared: string | null = null;
  if (fc!.crs !== undefined && fc!.crs !== null) {
    const crsName = asRecord(asRecord(fc!.crs)?.properties)?.name;
    if (typeof crsName !== 'string') return error(name, 'has a "crs" member without a name', 'Write "crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:EPSG::4490" } }, or remove it for longitude/latitude.');
    crs = crsByCode(crsName);
    declared = crsName.length > 60 ? `${crsName.slice(0, 60)}…` : crsName;
    if (!crs) return error(name, `declares coordinate system ${declared}, which this app cannot convert`, REPROJECT_HINT);
  }
  return { file: name, features: feats.map((f) => ({ ...f, properties: asRecord(asRecord(f)?.properties) ?? {} })), crs, declared, encoding: decoded.encoding };
}

/** The file's first position when it does not fit the declared system, else null. */
function misfit(features: Features, crs: CrsInfo): [number, number] | null {
  const p = firstCoordinate(features);
  return p && !positionFits(crs, p[0], p[1]) ? p : null;
}

/**
 * Reads the files (name → bytes or text; .zip files are opened, each entry at most
 * `options.maxEntryBytes` unpacked) into lon/lat features: the one importer behind the site import,
 * layer replacement and every layer a manifest names. `crsCode` answers a 'needs-crs' result: the
 * system the user picked for data without one. Never throws; warnings (encoding, BOM, conversion
 * from a projected system) come with an 'ok' result.
 */
export function importFiles(files: ImportFileSet, crsCode?: string, options: ImportOptions = {}): ImportResult {
  const all = new Map<string, FileContent>();
  for (const [name, content] of Object.entries(files)) {
    if (/\.zip$/i.test(name)) {
      if (typeof content === 'string') return error(name, 'is a zip archive given as text', 'Read zip archives as bytes.');
      let entries: Record<string, Uint8Array>;
      try { entries = unzip(content, options.maxEntryBytes); } catch (e) {
        const msg = (e as Error).message;
        return /unpacks to/.test(msg) ? error(name, `is refused: ${msg}`, 'Unpack it yourself and check its contents; a shapefile of a district is far smaller.')
          : error(name, 'is not a readable zip archive', 'Zip the .shp, .dbf, .prj and .cpg files together again.');
      }
      for (const [k, v] of Object.entries(entries)) all.set(k, v);
    } else all.set(name, content);
  }
  const warnings: DataIssue[] = [];
  const sources: Source[] = [];
  const binary = new Map<string, Uint8Array>();
  for (const [k, v] of all) if (/\.(shp|dbf|prj|cpg)$/i.test(k)) binary.set(k, typeof v === 'string' ? new TextEncoder().encode(v) : v);
  for (const parts of groupShapefiles(Object.fromEntries(binary))) {
    const file = `${parts.name}.shp`;
    if (!parts.dbf) return error(file, 'has no .dbf beside it, so its attributes are missing', 'Include the .dbf (and .prj, .cpg) with the .shp, e.g. zip them together.');
    let read;
    try { read = readShapefile(parts); } catch (e) {
      return error(file, e instanceof ShapefileError ? e.message : 'could not be read as a shapefile', 'Export the layer again from the GIS (all of .shp, .dbf, .prj, .cpg), or send it as GeoJSON.');
    }
    let crs: CrsInfo | null = null;
    if (parts.prj !== undefined) {
      const c = crsFromPrj(parts.prj);
      if ('error' in c) return error(file, c.error, REPROJECT_HINT);
      crs = c.crs;
      if (c.warning) warnings.push({ severity: 'warning', file, message: c.warning, hint: 'Compare the result with the source in a GIS; reproject to EPSG:4490 for exact results.' });
    }
    sources.push({ file, features: read.features, crs, declared: crs ? crs.code : null, encoding: read.encoding });
  }
  for (const [name, content] of all) {
    if (!/\.(geo)?json$/i.test(name)) continue;
    const s = geojsonSource(name, content, warnings);
    if ('kind' in s) return s;
    sources.push(s);
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
      if (p && axesSwapped(p[0], p[1])) {
        return error(s.file, `has coordinates like (${p[0]}, ${p[1]}): a latitude beyond ±90, so the axes look swapped ([latitude, longitude] instead of [longitude, latitude])`,
          'GeoJSON writes [longitude, latitude]: swap the columns when exporting (e.g. in QGIS, set X field = longitude, Y field = latitude), or remove a wrong "crs" axis order.');
      }
      if (p && looksProjected(p[0], p[1])) {
        const chosen = crsCode ? crsByCode(crsCode) : null;
        if (!chosen) return { kind: 'needs-crs', file: s.file, sample: p, candidates: guessCrs(p[0], p[1]) };
        crs = chosen;
      } else crs = KNOWN_CRS.get('EPSG:4326')!;
    }
    const bad = s.declared ? misfit(s.features, crs) : null;
    if (bad) {
      const said = s.declared ? `declares ${s.declared} (${crs.name})` : `was given as ${crs.code} (${crs.name})`;
      const likely = looksProjected(bad[0], bad[1]) ? guessCrs(bad[0], bad[1]).slice(0, 3).map((c) => c.crs.code).join(', ') : 'EPSG:4490 or EPSG:4326 (longitude/latitude)';
      return error(s.file, `${said}, but has coordinates like (${bad[0]}, ${bad[1]}) that do not fit that system`, `Check which system the data is really in${likely ? ` (likely ${likely})` : ''} and correct the .prj or the "crs" member.`);
    }
    features.push(...reprojectFeatures(s.features, crs));
    if (!crs.geographic) warnings.push({ severity: 'warning', file: s.file, message: `was converted from ${crs.code} (${crs.name}) to longitude/latitude`, hint: 'Nothing to do; areas are computed on the CGCS2000/GRS80 ellipsoid either way.' });
    used.push({ file: s.file, crs: crs.code, encoding: s.encoding });
  }
  return { kind: 'ok', collection: { type: 'FeatureCollection', features }, sources: used, issues: warnings };
}
