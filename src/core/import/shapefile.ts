/**
 * ESRI shapefiles: the .shp geometry and .dbf attributes parsed by shpjs, the .prj and .cpg read
 * as text. Attribute text is decoded with the .cpg's encoding, or, without one, as UTF-8 when the
 * bytes are valid UTF-8 and as GBK otherwise (Chinese agency files are mostly GBK).
 */
import { unzipSync } from 'fflate';
import type { Feature, Geometry } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import { messagePart } from '../i18n/messages.ts';
import type { MessagePart } from '../i18n/messages.ts';
import { checkZip, ZIP_LIMITS, ZipLimitError } from './zip-limits.ts';

export { ZipLimitError } from './zip-limits.ts';

/** The files of one shapefile, by extension. */
export interface ShapefileParts {
  readonly name: string;
  readonly shp: Uint8Array;
  readonly dbf?: Uint8Array;
  readonly prj?: string;
  readonly cpg?: string;
}

const text = (b: Uint8Array) => new TextDecoder().decode(b).trim();

/** Groups files (name → bytes) into shapefiles by base name; other files are ignored. */
export function groupShapefiles(files: Readonly<Record<string, Uint8Array>>): ShapefileParts[] {
  const byBase = new Map<string, Record<string, Uint8Array>>();
  for (const [path, bytes] of Object.entries(files)) {
    if (path.includes('__MACOSX')) continue;
    const m = /^(.*)\.(shp|dbf|prj|cpg)$/i.exec(path);
    if (!m) continue;
    const base = m[1]!;
    const entry = byBase.get(base) ?? {};
    entry[m[2]!.toLowerCase()] = bytes;
    byBase.set(base, entry);
  }
  const out: ShapefileParts[] = [];
  for (const [base, e] of byBase) {
    if (!e.shp) continue;
    out.push({ name: base.slice(base.lastIndexOf('/') + 1), shp: e.shp, ...(e.dbf ? { dbf: e.dbf } : {}), ...(e.prj ? { prj: text(e.prj) } : {}), ...(e.cpg ? { cpg: text(e.cpg) } : {}) });
  }
  return out;
}

/** Largest size of one unpacked zip entry by default: 512 MiB (zip-limits.ts). */
export const MAX_ZIP_ENTRY_BYTES = ZIP_LIMITS.maxEntryBytes;

/**
 * The files inside a .zip, by path. The archive's central directory is checked first against the
 * limits of zip-limits.ts — each entry's unpacked size (`maxEntryBytes`, 4 × that in all), the
 * number of entries, the unpacked/packed ratio — and refused (a ZipLimitError saying which) before
 * anything is inflated; an entry whose header understates its size is cut at the stated size, so
 * a small zip that inflates to gigabytes never takes more memory than the limit.
 */
export function unzip(bytes: Uint8Array, maxEntryBytes = MAX_ZIP_ENTRY_BYTES): Record<string, Uint8Array> {
  const refused = checkZip(bytes, { ...ZIP_LIMITS, maxEntryBytes, maxTotalBytes: 4 * maxEntryBytes });
  if (refused && refused.code !== 'zip.unreadable') throw new ZipLimitError(refused);
  return unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') });
}

/** A problem that makes a shapefile unusable as a whole: `message` in English, `part` its message of the catalog. */
export class ShapefileError extends Error {
  constructor(readonly part: MessagePart) {
    super(part.message);
  }
}

/** What is wrong with the .shp header, or null when it is a shapefile's (and the file is as long as it says). */
function checkShpHeader(shp: Uint8Array): MessagePart | null {
  if (shp.length < 100) return messagePart('shp.tooShort', { bytes: shp.length });
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  if (view.getInt32(0) !== 9994) return messagePart('shp.notShapefile', {});
  const declared = view.getInt32(24) * 2;
  if (declared > shp.length) return messagePart('shp.truncated', { declared, actual: shp.length });
  return null;
}

/** Number of records a .dbf header declares. */
function dbfRecordCount(dbf: Uint8Array): number {
  return dbf.length >= 8 ? new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength).getUint32(4, true) : 0;
}

/** The encoding to decode a .dbf with: the .cpg's, else UTF-8 if the records are valid UTF-8, else GBK. */
export function dbfEncoding(dbf: Uint8Array, cpg?: string): string {
  if (cpg && cpg.trim()) return cpg.trim();
  const headerLength = dbf.length >= 10 ? dbf[8]! | (dbf[9]! << 8) : 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(headerLength));
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

/**
 * The features of a shapefile in its own coordinates (no reprojection), and the encoding used.
 * Throws a ShapefileError for a truncated or foreign .shp and for a .dbf whose record count
 * differs from the number of shapes (attributes could not be matched to shapes).
 */
export function readShapefile(parts: ShapefileParts): { features: Feature<Geometry | null, Record<string, unknown>>[]; encoding: string | null } {
  const bad = checkShpHeader(parts.shp);
  if (bad) throw new ShapefileError(bad);
  const geoms = parseShp(parts.shp);
  const encoding = parts.dbf ? dbfEncoding(parts.dbf, parts.cpg) : null;
  if (parts.dbf && dbfRecordCount(parts.dbf) !== geoms.length) {
    throw new ShapefileError(messagePart('shp.dbfMismatch', { shapes: geoms.length, records: dbfRecordCount(parts.dbf) }));
  }
  const rows = parts.dbf ? parseDbf(parts.dbf, encoding ?? undefined) : [];
  const features = geoms.map((g, i) => ({ type: 'Feature' as const, geometry: g, properties: { ...(rows[i] ?? {}) } }));
  return { features, encoding };
}
