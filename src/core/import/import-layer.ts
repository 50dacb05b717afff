/**
 * Turns files a user (or a manifest) supplies into one lon/lat FeatureCollection. Each format has its
 * reader, which returns the file's features in its own coordinates and the system it declares
 * (source.ts): GeoJSON (read-geojson.ts), zipped or loose shapefiles (read-shapefiles.ts), 部标 TXT
 * (parcel-txt.ts), CAD drawings (dxf.ts), KML and KMZ (kml.ts), 界址点坐标表 in .csv or .xlsx
 * (point-table.ts) and GeoPackage (geopackage.ts) — an .xlsx and a .gpkg read beforehand by
 * importFilesAsync. This module opens .zip archives, hands each file to its reader, and reprojects:
 * with the declared system, else, for coordinates that look projected, it answers with a list of
 * likely systems to choose from (`needs-crs`).
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { firstPair } from '../geo/first-coordinate.ts';
import type { DataIssue } from '../data/dataset.ts';
import { asRecord } from '../data/parse-manifest.ts';
import type { FileContent } from '../data/decode-text.ts';
import { crsByCode, KNOWN_CRS, positionFits } from './crs.ts';
import type { CrsInfo } from './crs.ts';
import { guessCrs, looksProjected } from './guess-crs.ts';
import type { CrsCandidate } from './guess-crs.ts';
import { reprojectFeatures } from './reproject.ts';
import { readFirstSheet, SheetRefusedError } from './read-xlsx.ts';
import { unzip, ZipLimitError } from './shapefile.ts';
import { readShapefiles } from './read-shapefiles.ts';
import { readGeojson } from './read-geojson.ts';
import { readParcelTxt } from './parcel-txt.ts';
import { readDxf } from './dxf.ts';
import { readKml, readKmz } from './kml.ts';
import { readPointCsv, readPointGrid } from './point-table.ts';
import { readGeoPackage } from './geopackage.ts';
import type { Grid } from './monitoring/table.ts';
import { fileError } from './source.ts';
import type { Features, ImportSource, ReadOutcome } from './source.ts';
import { message } from '../i18n/messages.ts';
import type { Message } from '../i18n/messages.ts';
import { pushAll } from '../push-all.ts';

export type ImportResult =
  | { readonly kind: 'ok'; readonly collection: FeatureCollection<Geometry | null, Record<string, unknown>>; readonly sources: readonly { file: string; crs: string; encoding: string | null }[]; readonly issues: readonly DataIssue[] }
  | { readonly kind: 'needs-crs'; readonly file: string; readonly sample: readonly [number, number]; readonly candidates: readonly CrsCandidate[] }
  | { readonly kind: 'error'; readonly issues: readonly DataIssue[] };

/** Files by name: bytes, or text already decoded. */
export type ImportFileSet = Readonly<Record<string, FileContent>>;

export interface ImportOptions {
  /** Largest unpacked size of one zip entry, bytes (default MAX_ZIP_ENTRY_BYTES). */
  readonly maxEntryBytes?: number;
  /** The first sheet's cells of each .xlsx, by file name, read beforehand (importFilesAsync does; read-excel-file reads asynchronously). */
  readonly sheets?: Readonly<Record<string, Grid>>;
  /** What readGeoPackage made of each .gpkg, by file name, read beforehand (importFilesAsync does; SQLite loads asynchronously). */
  readonly geopackages?: Readonly<Record<string, ReadOutcome>>;
}

/**
 * importFiles, with what has to be read asynchronously read first: the first sheet of every .xlsx
 * given (read-excel-file) and every GeoPackage (SQLite in WebAssembly), each loaded on demand. The
 * importer for hosts that can wait (the import worker, the CLI); importFiles reads every other
 * format alike. Never rejects.
 */
export async function importFilesAsync(files: ImportFileSet, crsCode?: string, options: ImportOptions = {}): Promise<ImportResult> {
  const sheets: Record<string, Grid> = { ...options.sheets };
  const geopackages: Record<string, ReadOutcome> = { ...options.geopackages };
  for (const [name, content] of Object.entries(files)) {
    if (/\.gpkg$/i.test(name) && typeof content !== 'string' && !geopackages[name]) geopackages[name] = await readGeoPackage(name, content);
    if (!/\.xlsx$/i.test(name) || sheets[name] || typeof content === 'string') continue;
    try {
      // The workbook's and the sheet's limits first (read-xlsx.ts), then read-excel-file.
      sheets[name] = await readFirstSheet(content);
    } catch (e) {
      if (e instanceof SheetRefusedError) return error(name, e.refused);
      const reason = e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : e instanceof Error ? e.name : 'error';
      return error(name, message('xlsx.unreadable', { reason }));
    }
  }
  return importFiles(files, crsCode, { ...options, sheets, geopackages });
}

function firstCoordinate(features: Features): [number, number] | null {
  for (const f of features) { const p = firstPair((asRecord(f)?.geometry as { coordinates?: unknown } | null)?.coordinates); if (p) return p; }
  return null;
}

/** True for a position that is longitude/latitude with the axes swapped: latitude beyond ±90, both within ±180. */
export function axesSwapped(x: number, y: number): boolean {
  return Math.abs(x) <= 90 && Math.abs(y) > 90 && Math.abs(y) <= 180;
}

const error = (file: string, m: Message): ImportResult => ({ kind: 'error', issues: [fileError(file, m)] });

/** A reader of one file format: the files it takes (by name), and how it reads one of them. */
interface Reader {
  readonly takes: RegExp;
  read(name: string, content: FileContent, options: ImportOptions): ReadOutcome;
}

/** The readers of single-file formats, by file name (shapefiles, several files each, are read apart). */
const READERS: readonly Reader[] = [
  { takes: /\.(geo)?json$/i, read: (name, content) => readGeojson(name, content) },
  { takes: /\.txt$/i, read: (name, content) => readParcelTxt(name, content) },
  { takes: /\.dxf$/i, read: (name, content) => readDxf(name, content) },
  { takes: /\.kml$/i, read: (name, content) => readKml(name, content) },
  { takes: /\.kmz$/i, read: (name, content, options) => readKmz(name, content, options.maxEntryBytes) },
  { takes: /\.csv$/i, read: (name, content) => readPointCsv(name, content) },
  {
    takes: /\.xlsx$/i,
    read: (name, _content, options) => {
      const grid = options.sheets?.[name];
      return grid ? readPointGrid(name, grid, null) : { sources: [], skipped: [fileError(name, message('xlsx.notReadHere', {}))] };
    },
  },
  {
    takes: /\.gpkg$/i,
    read: (name, _content, options) => options.geopackages?.[name] ?? { sources: [], skipped: [fileError(name, message('gpkg.notReadHere', {}))] },
  },
];

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
      if (typeof content === 'string') return error(name, message('zip.asText', {}));
      let entries: Record<string, Uint8Array>;
      try { entries = unzip(content, options.maxEntryBytes); } catch (e) {
        return e instanceof ZipLimitError ? error(name, e.refused)
          : error(name, message('zip.unreadable', {}));
      }
      for (const [k, v] of Object.entries(entries)) all.set(k, v);
    } else all.set(name, content);
  }
  const sources: ImportSource[] = [];
  const skipped: DataIssue[] = [];
  const take = (o: ReadOutcome): ImportResult | null => {
    if ('errors' in o) return { kind: 'error', issues: o.errors };
    pushAll(sources, o.sources);
    pushAll(skipped, o.skipped ?? []);
    return null;
  };
  const binary = new Map<string, Uint8Array>();
  for (const [k, v] of all) if (/\.(shp|dbf|prj|cpg)$/i.test(k)) binary.set(k, typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const shapefiles = take(readShapefiles(Object.fromEntries(binary)));
  if (shapefiles) return shapefiles;
  for (const [name, content] of all) {
    const reader = READERS.find((r) => r.takes.test(name));
    const failure = reader ? take(reader.read(name, content, options)) : null;
    if (failure) return failure;
  }
  if (sources.length === 0) {
    // Nothing to import: say so, then why each file looked at was not taken.
    return { kind: 'error', issues: [fileError(Object.keys(files).join(', ') || '(no file)', message('import.nothing', {})), ...skipped] };
  }
  const warnings: DataIssue[] = sources.flatMap((s) => s.warnings);
  const features: Features = [];
  const used: { file: string; crs: string; encoding: string | null }[] = [];
  for (const s of sources) {
    let crs = s.crs;
    if (!crs) {
      const p = firstCoordinate(s.features);
      if (p && axesSwapped(p[0], p[1])) {
        return error(s.file, message('coords.swapped', { x: p[0], y: p[1] }));
      }
      if (p && looksProjected(p[0], p[1])) {
        const chosen = crsCode ? crsByCode(crsCode) : null;
        if (!chosen) return { kind: 'needs-crs', file: s.file, sample: p, candidates: guessCrs(p[0], p[1]) };
        crs = chosen;
      } else crs = KNOWN_CRS.get('EPSG:4326')!;
    }
    const bad = s.declared ? misfit(s.features, crs) : null;
    if (bad) {
      const projected = looksProjected(bad[0], bad[1]);
      const likely = projected ? guessCrs(bad[0], bad[1]).slice(0, 3).map((c) => c.crs.code).join(', ') : '';
      return error(s.file, message('crs.misfit', { declared: s.declared ?? '', code: crs.code, name: crs.name, x: bad[0], y: bad[1], projected: projected ? 1 : 0, likely }));
    }
    pushAll(features, reprojectFeatures(s.features, crs));
    if (!crs.geographic) warnings.push({ severity: 'warning', file: s.file, ...message('crs.converted', { code: crs.code, name: crs.name }) });
    used.push({ file: s.file, crs: crs.code, encoding: s.encoding });
  }
  return { kind: 'ok', collection: { type: 'FeatureCollection', features }, sources: used, issues: warnings };
}
