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
import { groupShapefiles, readShapefile, ShapefileError, unzip, ZipLimitError } from './shapefile.ts';
import { message, messagePart } from '../i18n/messages.ts';
import type { Message } from '../i18n/messages.ts';
import { pushAll } from '../push-all.ts';

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

const error = (file: string, m: Message): ImportResult => ({ kind: 'error', issues: [{ severity: 'error', file, ...m }] });

interface Source { file: string; features: Features; crs: CrsInfo | null; declared: string | null; encoding: string | null }

/** The features of a GeoJSON file and the system its `crs` member names, or an import error. */
function geojsonSource(name: string, content: FileContent, warnings: DataIssue[]): Source | ImportResult {
  const decoded = decodeText(content, name);
  if (decoded.tooLarge) return { kind: 'error', issues: decoded.issues };
  warnings.push(...decoded.issues);
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) return error(name, message('geojson.invalidJson', { ...parsed.params, detail: parsed.code }));
  const fc = asRecord(parsed.value);
  const feats = fc?.type === 'FeatureCollection' && Array.isArray(fc.features) ? (fc.features as Features)
    : fc?.type === 'Feature' ? [fc as unknown as Feature<Geometry | null, Record<string, unknown>>] : null;
  if (!feats) return error(name, message('geojson.notCollection', {}));
  let crs: CrsInfo | null = null;
  let declared: string | null = null;
  if (fc!.crs !== undefined && fc!.crs !== null) {
    const crsName = asRecord(asRecord(fc!.crs)?.properties)?.name;
    if (typeof crsName !== 'string') return error(name, message('geojson.crsNoName', {}));
    crs = crsByCode(crsName);
    declared = crsName.length > 60 ? `${crsName.slice(0, 60)}…` : crsName;
    if (!crs) return error(name, message('geojson.crsUnsupported', { crs: declared }));
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
      if (typeof content === 'string') return error(name, message('zip.asText', {}));
      let entries: Record<string, Uint8Array>;
      try { entries = unzip(content, options.maxEntryBytes); } catch (e) {
        return e instanceof ZipLimitError ? error(name, message('zip.refused', e.params))
          : error(name, message('zip.unreadable', {}));
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
    if (!parts.dbf) return error(file, message('shapefile.noDbf', {}));
    let read;
    try { read = readShapefile(parts); } catch (e) {
      const part = e instanceof ShapefileError ? e.part : messagePart('shp.unreadable', {});
      return error(file, message('shapefile.invalid', { ...part.params, detail: part.code }));
    }
    let crs: CrsInfo | null = null;
    if (parts.prj !== undefined) {
      const c = crsFromPrj(parts.prj);
      if ('error' in c) return error(file, message('crs.prjRefused', { ...c.errorPart.params, detail: c.errorPart.code }));
      crs = c.crs;
      if (c.warning) warnings.push({ severity: 'warning', file, ...message('prj.uncommon', { name: c.crs.name }) });
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
    return error(Object.keys(files).join(', ') || '(no file)', message('import.nothing', {}));
  }
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
